/**
 * The site's reference static host: what DEPLOY.md asks of a real one, and what `npm start`, the
 * browser tests and the bench serve. Files as they are, `dir/` → `dir/index.html`, anything else →
 * 404.html with status 404; under a base path if the site was built with one.
 *
 * - Compressed as hosts do: a file's precompressed `.br` or `.gz` twin (written by the build for
 *   the engine and other large assets) where the browser accepts it, otherwise text gzipped on the fly.
 * - Cached as hosts should: hashed files under `_app/immutable/` for a year, everything else
 *   revalidated each time (ETag, 304).
 * - Optionally throttled like a real network: one shared link of `bitsPerSecond`, and `latencyMs`
 *   before each response, so that every download (the page's and its workers') competes for it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Transform } from 'node:stream';
import { constants, createGzip } from 'node:zlib';

export const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.duckdb': 'application/octet-stream'
};

/** Worth compressing: text, and the engine's wasm and database (both shrink to a fifth or less). */
export const COMPRESSIBLE = /\.(html|js|css|json|svg|csv|txt|wasm|duckdb|webmanifest)$/;

/** A file's precompressed twins, by the encoding they are sent with, best first. */
const TWINS = [
	['br', '.br'],
	['gzip', '.gz']
] as const;

/** Hashed by the build, so never changed in place: cached for a year. */
const IMMUTABLE = '/_app/immutable/';

export interface HostOptions {
	port?: number;
	/** The path the site was built for (BASE_PATH), e.g. /inspection-dashboard. */
	base?: string;
	throttle?: { bitsPerSecond: number; latencyMs: number };
}

/** One link shared by every response: each chunk waits for its turn on the wire. */
function sharedLink(bitsPerSecond: number) {
	let free = 0;
	return () =>
		new Transform({
			transform(chunk: Buffer, _encoding, done) {
				const start = Math.max(Date.now(), free);
				free = start + (chunk.length * 8 * 1000) / bitsPerSecond;
				setTimeout(() => done(null, chunk), free - Date.now());
			}
		});
}

export function serveStatic(dir: string, options: HostOptions = {}): Promise<{ server: Server; url: string }> {
	const base = options.base ?? '';
	const link = options.throttle ? sharedLink(options.throttle.bitsPerSecond) : null;

	/** A short plain answer, for what is not a file of the site (a bad address, or no 404 page built). */
	function plain(response: ServerResponse, status: number, text: string) {
		response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
		response.end(text);
	}

	function respond(request: IncomingMessage, response: ServerResponse) {
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			return plain(response, 400, 'Bad request: the address is not valid percent-encoding.');
		}
		const inside = pathname === base || pathname.startsWith(`${base}/`);
		// Rooted before it is normalised, so `..` (however encoded) cannot climb out of `dir`.
		let file = join(dir, normalize(`/${pathname.slice(base.length)}`));
		if (inside && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = inside && file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(dir, '404.html');
		if (!found && !existsSync(served)) return plain(response, 404, 'Not found.');
		const stats = statSync(served);
		const etag = `"${stats.size.toString(36)}-${stats.mtimeMs.toString(36)}"`;
		const headers: Record<string, string | number> = {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			'cache-control': found && pathname.includes(IMMUTABLE) ? 'public, max-age=31536000, immutable' : 'no-cache',
			etag,
			vary: 'accept-encoding'
		};
		if (found && request.headers['if-none-match'] === etag) {
			response.writeHead(304, headers);
			response.end();
			return;
		}
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const twin = TWINS.find(([encoding, suffix]) => accepts.includes(encoding) && existsSync(`${served}${suffix}`));
		let body: NodeJS.ReadableStream;
		if (twin) {
			const [encoding, suffix] = twin;
			Object.assign(headers, { 'content-encoding': encoding, 'content-length': statSync(`${served}${suffix}`).size });
			body = createReadStream(`${served}${suffix}`);
		} else if (COMPRESSIBLE.test(served) && accepts.includes('gzip') && stats.size > 1024) {
			headers['content-encoding'] = 'gzip';
			body = createReadStream(served).pipe(createGzip({ level: constants.Z_DEFAULT_COMPRESSION }));
		} else {
			headers['content-length'] = stats.size;
			body = createReadStream(served);
		}
		response.writeHead(found ? 200 : 404, headers);
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		(link ? body.pipe(link()) : body).pipe(response);
	}

	const server = createServer((request, response) => {
		if (options.throttle) setTimeout(() => respond(request, response), options.throttle.latencyMs);
		else respond(request, response);
	});
	return new Promise((resolve) => server.listen(options.port ?? 0, () => resolve({ server, url: `http://localhost:${(server.address() as { port: number }).port}` })));
}
