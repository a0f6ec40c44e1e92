/**
 * The engine's start on the wire: the page downloads the wasm at once and the worker reads that same
 * download from the HTTP cache, so the host sends each of the engine's files once.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { root } from '../shared';
import { closeBrowser, launch } from './browser';

let site: Awaited<ReturnType<typeof serveStatic>>;
/** Every request the host answered: method and file name. */
const served: string[] = [];
beforeAll(async () => {
	site = await serveStatic(join(root, process.env.BUILD_DIR || 'build'));
	site.server.on('request', (request) => served.push(`${request.method} ${request.url?.split('?')[0].split('/').pop()}`));
});
afterAll(async () => {
	site?.server.close();
	await closeBrowser();
});

describe('the engine’s start', () => {
	it('asks the host once for the wasm, its worker and the site database', async () => {
		const context = await launch();
		const page = await context.newPage();
		await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
		expect(served.filter((line) => /duckdb/.test(line))).toEqual([]); // nothing of the engine before an interaction
		await page.locator('#as-at').focus();
		await page.waitForFunction(() => performance.getEntriesByName('duckdb:ready').length > 0, null, { timeout: 90_000 });
		const engineFiles = served.filter((line) => /duckdb/.test(line)).sort();
		expect(engineFiles).toEqual([expect.stringMatching(/^GET duckdb-browser-eh\.worker\.[\w-]+\.js$/), expect.stringMatching(/^GET duckdb-eh\.[\w-]+\.wasm$/), 'GET site.duckdb']);
		await context.close();
	});
});
