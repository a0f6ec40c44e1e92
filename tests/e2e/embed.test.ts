/**
 * Embed pages in Chromium: every authority's journey (abolished councils too) prerendered, shown
 * with JavaScript off, with almost no script; axe-clean at 360 and 1280 px; embedded with
 * static/embed.js in a page of another origin, each iframe takes its content's height, and forged
 * or malformed height messages are ignored.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../static-server';
import { launch } from './browser';

const base = inject('baseUrl');
const COVENTRY = '/embed/journey/E08000026/';
/** Northamptonshire, abolished in 2021. */
const ABOLISHED = '/embed/journey/E10000021/';
const contexts: BrowserContext[] = [];
const servers: Server[] = [];
afterEach(async () => {
	for (const context of contexts.splice(0)) await context.close();
});
afterAll(() => servers.forEach((s) => s.close()));

async function open(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}) {
	const context = await launch(options);
	contexts.push(context);
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto(base + path, { waitUntil: 'networkidle' });
	return { page, scripts };
}

/** A host page on another origin with two embedded journeys and embed.js. */
async function hostPage(width: number) {
	const dir = mkdtempSync(join(tmpdir(), 'host-'));
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><title>A council report</title><body style="margin:0">
		<p>Our report, with two charts.</p>
		<iframe id="one" src="${base}${COVENTRY}" title="Coventry: every judgement at every inspection" loading="lazy" width="100%" height="400" style="border:0"></iframe>
		<iframe id="two" src="${base}${ABOLISHED}" title="Northamptonshire: every judgement at every inspection" loading="lazy" width="100%" height="400" style="border:0"></iframe>
		<script src="${base}/embed.js" async></script></body></html>`
	);
	writeFileSync(join(dir, '404.html'), 'not found');
	const { server, url } = await serveStatic(dir);
	servers.push(server);
	const context = await launch({ width });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(`${url}/`, { waitUntil: 'networkidle' });
	return page;
}

const frameOf = (page: Page, path: string) => page.frames().find((f) => f.url().endsWith(path))!;
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const iframeHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((e) => e.getBoundingClientRect().height);

/** Every embed page: its path, its chart's title and the full view it links to. */
const EMBEDS: [string, RegExp, string][] = [
	[COVENTRY, /^Coventry: every judgement at every inspection$/, '/la/E08000026'],
	[ABOLISHED, /^Northamptonshire: every judgement at every inspection$/, '/la/E10000021'],
	['/embed/grade-shares/', /^Share of English authorities at each grade, February 2014 to /, '/'],
	['/embed/map/', /^Overall effectiveness at each authority’s latest inspection$/, '/']
];

describe('embed pages', () => {
	it.each(EMBEDS)('%s is prerendered: its chart shows with JavaScript off', async (path, title, fullView) => {
		const { page } = await open(path, { javaScriptEnabled: false });
		expect(await page.locator('figure svg').first().isVisible()).toBe(true);
		expect(await page.locator('figure h3').innerText()).toMatch(title);
		expect(await page.getByRole('link', { name: 'Full view and data' }).getAttribute('href')).toBe(fullView);
		expect(await page.locator('header, footer, nav').count()).toBe(0);
	});

	it('loads one small script and no DuckDB', async () => {
		const { scripts } = await open(COVENTRY);
		expect(scripts.map((s) => new URL(s).pathname)).toEqual(['/embed-height.js']);
	});

	for (const width of [360, 1280]) {
		it.each(EMBEDS.map(([path]) => path))(`%s passes axe-core at ${width} px`, async (path) => {
			const { page } = await open(path, { width });
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
		});
		it(`shows the drawing for ${width} px`, async () => {
			const { page } = await open(COVENTRY, { width });
			const shown = await page.locator('figure svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => Number(s.getAttribute('width'))));
			expect(shown).toEqual([width === 360 ? 344 : 720]);
		});
	}
});

describe('embed.js on a page of another origin', () => {
	for (const width of [360, 1280]) {
		it(`sizes each iframe to its content at ${width} px`, async () => {
			const page = await hostPage(width);
			for (const [id, path] of [['one', COVENTRY], ['two', ABOLISHED]] as const) {
				const frame = frameOf(page, path);
				await expect.poll(async () => Math.abs((await iframeHeight(page, id)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
				expect(await iframeHeight(page, id)).not.toBe(400);
			}
		});
	}

	it('ignores a height from another window, and one that is not a sane whole number', async () => {
		const page = await hostPage(1280);
		const frame = frameOf(page, COVENTRY);
		await expect.poll(async () => Math.abs((await iframeHeight(page, 'one')) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
		const before = await iframeHeight(page, 'one');
		// The host page's own window (another origin, not one of our iframes).
		await page.evaluate(() => window.postMessage({ type: 'cs-inspections:embed-height', height: 900 }, '*'));
		// Our iframe, but not a number, a fraction, or far too tall.
		for (const height of ['900', 900.5, 1e9, -5, null]) await frame.evaluate((h) => parent.postMessage({ type: 'cs-inspections:embed-height', height: h }, '*'), height);
		await page.waitForTimeout(300);
		expect(await iframeHeight(page, 'one')).toBe(before);
		// A sane number from our iframe is applied (the check above could not pass by ignoring everything).
		await frame.evaluate(() => parent.postMessage({ type: 'cs-inspections:embed-height', height: 777 }, '*'));
		await expect.poll(() => iframeHeight(page, 'one')).toBe(777);
	});
});
