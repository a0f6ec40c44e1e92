/**
 * Offline after a first visit, and a new deployment taking over cleanly. Each test serves its own
 * copy of the built site (hard links, so it costs no copying) and takes it away to go offline: the
 * host really stops answering, for the page, the service worker and the engine's worker alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { root } from '../shared';
import { launch, waitForStatus } from './browser';

const built = join(root, process.env.BUILD_DIR || 'build');
const open: { context?: BrowserContext; server?: Server }[] = [];
afterEach(async () => {
	for (const { context, server } of open.splice(0)) {
		await context?.close();
		server?.closeAllConnections();
		server?.close();
	}
});

/** A deployment of the built site of its own, and a browser on it. */
async function deploy() {
	const dir = join(mkdtempSync(join(tmpdir(), 'deployed-')), 'site');
	if (spawnSync('cp', ['-al', built, dir]).status !== 0) throw new Error(`could not link ${built} into ${dir}`);
	const { server, url } = await serveStatic(dir);
	const context = await launch({ serviceWorkers: true });
	open.push({ context, server });
	return { dir, server, url, context };
}

/** Waits until the page is controlled by an active service worker (installed, its files cached). */
async function controlled(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const cachedPaths = (page: Page) => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat());

async function setAsAt(page: Page, date: string) {
	await page.locator('#as-at').fill(date);
	await page.locator('#as-at').dispatchEvent('change');
}

function goOffline(server: Server) {
	server.closeAllConnections();
	server.close();
}

describe('offline', () => {
	it('after a first visit, the pages opened, the main pages and the engine work without a network', async () => {
		const { server, url, context } = await deploy();
		const page = await context.newPage();
		await page.goto(`${url}/`, { waitUntil: 'networkidle' });
		await controlled(page);
		// A first live view starts the engine, whose wasm and database are kept as they pass.
		await setAsAt(page, '2019-08-15');
		await waitForStatus(page, 'Showing the latest grades as at 31 August 2019');
		await page.goto(`${url}/la/E08000026/`, { waitUntil: 'networkidle' });
		// Only the site's own files are kept: each cached path is a file of the deployment.
		for (const path of await cachedPaths(page)) expect(() => readFileSync(join(built, path.endsWith('/') ? `${path}index.html` : path))).not.toThrow();

		goOffline(server);
		expect((await fetch(`${url}/`).catch(() => null))?.status).toBeUndefined();
		await page.goto(`${url}/`);
		expect(await page.locator('svg.grade-share path').count()).toBe(4);
		// The as-at date changes offline: the engine starts again from the cache and recomputes.
		await setAsAt(page, '2016-03-31');
		await waitForStatus(page, 'Showing the latest grades as at 31 March 2016');
		expect(await page.locator('#headline-title').textContent()).toBe('England, as at 31 March 2016');
		await page.goto(`${url}/la/E08000026/`);
		expect(await page.locator('.plot:visible svg.journey .inspection').count()).toBe(3);
		await page.goto(`${url}/trends/`);
		expect(await page.locator('h1').innerText()).toMatch(/\S/);
		// A page never opened says so, rather than failing.
		const notSaved = await page.goto(`${url}/la/E09000003/`);
		expect(notSaved?.status()).toBe(503);
		expect(await page.locator('h1').innerText()).toBe('You are offline');
	});

	it('a new deployment replaces the cache and the pages cleanly', async () => {
		const { dir, url, context } = await deploy();
		const page = await context.newPage();
		await page.goto(`${url}/`, { waitUntil: 'networkidle' });
		await controlled(page);
		const [first] = await cacheNames(page);
		expect(await cacheNames(page)).toEqual([first]);

		// The next release: a new service worker version and a changed page (files replaced, not edited through the links).
		const replace = (file: string, edit: (text: string) => string) => {
			const text = edit(readFileSync(join(dir, file), 'utf8'));
			// Its precompressed twins go too: a release's build writes them afresh, and a host would serve the old ones.
			for (const stale of [file, `${file}.br`, `${file}.gz`]) rmSync(join(dir, stale), { force: true });
			writeFileSync(join(dir, file), text);
		};
		replace('service-worker.js', (text) => `${text}\n// release 2`.replace(/site-/, 'site-2-'));
		replace('index.html', (text) => text.replace('</h1>', '</h1><p id="release-2">Release 2</p>'));

		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([expect.stringMatching(/^site-2-/)]);
		// The page comes from the new release (as served: hydration may tidy the added paragraph away).
		const reloaded = await page.reload({ waitUntil: 'networkidle' });
		expect(await reloaded?.text()).toContain('<p id="release-2">Release 2</p>');
	});
});
