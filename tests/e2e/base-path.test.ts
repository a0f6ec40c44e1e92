/**
 * The site under a base path, as a project page is served (https://<owner>.github.io/inspection-dashboard/):
 * built with BASE_PATH (a few pages prerendered, the rest of the build as usual) and served from that
 * sub-path of a plain static host, whose root is not the site.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { root } from '../shared';
import { launch, waitForStatus } from './browser';
import { buildSite } from './build-site';

const BASE = '/inspection-dashboard';
const OUT = 'build-base';
/** The pages the service worker keeps on install must be there, or it does not install. */
const PAGES = ['/', '/compare/', '/trends/', '/reviews/', '/upload/', '/sql/', '/data/', '/la/E08000026/', '/embed/journey/E08000026/', '/not-found/'];
let server: Server;
let site: string;
let context: BrowserContext;

beforeAll(async () => {
	if (!(process.env.SKIP_BUILD === '1' && existsSync(join(root, OUT)))) {
		buildSite({ BUILD_DIR: OUT, BASE_PATH: BASE, PRERENDER_ENTRIES: PAGES.join(',') });
	}
	const started = await serveStatic(join(root, OUT), { base: BASE });
	server = started.server;
	site = started.url + BASE;
	context = await launch({ serviceWorkers: true });
}, 900_000);
afterAll(async () => {
	await context?.close();
	server?.close();
});

/** A page whose requests and failed responses are recorded. */
async function open(path: string): Promise<{ page: Page; requests: string[]; failed: string[] }> {
	const page = await context.newPage();
	const requests: string[] = [];
	const failed: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
	await page.goto(site + path, { waitUntil: 'networkidle' });
	return { page, requests, failed };
}

describe(`the site under ${BASE}`, () => {
	it('draws the national picture, with every request and every link of the site under the base path', async () => {
		const { page, requests, failed } = await open('/');
		expect(await page.locator('svg.grade-share path').count()).toBe(4);
		expect(failed).toEqual([]);
		expect(requests.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
		const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(150);
		expect(links.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);
	});

	it('runs the engine from under the base path when the as-at date changes, and its service worker covers only the site', async () => {
		const { page, requests, failed } = await open('/');
		await page.locator('#as-at').fill('2019-08-15');
		await page.locator('#as-at').dispatchEvent('change');
		await waitForStatus(page, 'Showing the latest grades as at 31 August 2019');
		expect(requests.filter((path) => path.endsWith('.wasm') || path.endsWith('.duckdb')).every((path) => path.startsWith(`${BASE}/`))).toBe(true);
		expect(failed).toEqual([]);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(`${BASE}/`);
	});

	it('opens an authority from the search, and its embed links back under the base path', async () => {
		const { page } = await open('/');
		await page.locator('#authority-search').fill('Coventry');
		await page.locator('#authority-search-list [role=option]').first().waitFor();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site}/la/E08000026/`);
		expect(await page.locator('svg.journey .inspection').count()).toBe(3);
		const embed = await open('/embed/journey/E08000026/');
		expect(await embed.page.getByRole('link', { name: 'Full view and data' }).getAttribute('href')).toBe(`${BASE}/la/E08000026`);
		expect(embed.failed).toEqual([]);
	});

	it('is not at the host’s root', async () => {
		expect((await fetch(`${new URL(site).origin}/la/E08000026/`)).status).toBe(404);
		const { page } = await open('/la/E99999999/');
		expect(await page.locator('h1').innerText()).toMatch(/not found/i);
	});
});
