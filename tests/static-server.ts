/**
 * Serves build/ as a plain static host would (GitHub Pages, S3, nginx): files as they are,
 * `dir/` → `dir/index.html`, anything else → 404.html with status 404. Used by the browser tests and
 * the bench, so they test what deployers actually serve.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.duckdb': 'application/octet-stream'
};

export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(dir, '404.html');
		response.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			'content-length': statSync(served).size
		});
		createReadStream(served).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, () => resolve({ server, url: `http://localhost:${(server.address() as { port: number }).port}` })));
}
