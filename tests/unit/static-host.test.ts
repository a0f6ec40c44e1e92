/** The reference static host (`src/host/static-host.ts`) against hostile and ordinary requests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';

/** A site with a page, a hashed asset with its gzip twin, and a secret beside it (outside the site). */
function site(withNotFoundPage: boolean) {
	const parent = mkdtempSync(join(tmpdir(), 'host-'));
	const dir = join(parent, 'site');
	mkdirSync(join(dir, 'la', 'E08000026'), { recursive: true });
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(dir, 'la', 'E08000026', 'index.html'), '<!doctype html><title>Coventry</title>');
	writeFileSync(join(dir, '_app', 'immutable', 'a.js'), 'x'.repeat(5000));
	writeFileSync(join(dir, '_app', 'immutable', 'a.js.gz'), gzipSync('x'.repeat(5000)));
	if (withNotFoundPage) writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
	writeFileSync(join(parent, 'secret.txt'), 'secret');
	writeFileSync(join(parent, 'site-secret.txt'), 'secret');
	return dir;
}

/** The raw request line is sent as written: no client-side normalising of `..`. */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
	return new Promise((resolve, reject) => {
		request(`${url}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (c: Buffer) => chunks.push(c));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('latin1') }));
		})
			.on('error', reject)
			.end();
	});
}

describe('the static host', () => {
	let server: Server;
	let url: string;
	beforeAll(async () => ({ server, url } = await serveStatic(site(true))));
	afterAll(() => server?.close());

	it('serves a page for its folder, revalidated each time, and answers 304 when unchanged', async () => {
		const page = await get(url, '/la/E08000026/');
		expect([page.status, page.body, page.headers['cache-control']]).toEqual([200, '<!doctype html><title>Coventry</title>', 'no-cache']);
		expect((await get(url, '/la/E08000026/', { 'if-none-match': String(page.headers.etag) })).status).toBe(304);
	});

	it('serves a hashed asset’s precompressed twin, cached for a year', async () => {
		const asset = await get(url, '/_app/immutable/a.js', { 'accept-encoding': 'gzip, br' });
		expect([asset.status, asset.headers['content-encoding'], asset.headers['cache-control']]).toEqual([200, 'gzip', 'public, max-age=31536000, immutable']);
	});

	it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/la/../../secret.txt', '/%2e%2e%2f%2e%2e%2fsecret.txt', '/../site-secret.txt', '/..\\secret.txt', '/secret.txt%00.html'])('never serves a file outside the site: %s', async (path) => {
		const response = await get(url, path);
		expect(response.status).toBe(404);
		expect(response.body).toContain('not found');
		expect(response.body).not.toContain('secret');
	});

	it('answers a malformed percent-encoding with 400, and keeps serving', async () => {
		expect((await get(url, '/%E0%A4%A')).status).toBe(400);
		expect((await get(url, '/')).status).toBe(200);
	});

	it('answers 404 in plain text when the site has no 404 page', async () => {
		const bare = await serveStatic(site(false));
		try {
			const missing = await get(bare.url, '/favicon.ico');
			expect([missing.status, missing.body]).toEqual([404, 'Not found.']);
		} finally {
			bare.server.close();
		}
	});

	it('serves nothing outside its base path', async () => {
		const based = await serveStatic(site(true), { base: '/inspection-dashboard' });
		try {
			expect((await get(based.url, '/inspection-dashboard/la/E08000026/')).status).toBe(200);
			expect((await get(based.url, '/la/E08000026/')).status).toBe(404);
			expect((await get(based.url, '/inspection-dashboard/../secret.txt')).status).toBe(404);
		} finally {
			based.server.close();
		}
	});
});
