/**
 * Embed pages in Chromium: every chart section's, prerendered at its defaults (every authority's
 * charts, abolished councils too), shown with JavaScript off, with almost no script; axe-clean at 360
 * and 1280 px; in any other state, its live page, which round-trips with the full view; embedded
 * with static/embed.js in a page of another origin, each iframe takes its content's height, and
 * forged or malformed height messages are ignored.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { axeProblems } from './axe';
import { launch, scrollThrough } from './browser';
import { ABOLISHED, COVENTRY, EMBEDS } from './routes';

const base = inject('baseUrl');
/** North Tyneside: the top row of the hex layout (data/hex_layout.csv, r = 17). */
const NORTHERNMOST = 'E08000022';
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
	// Without script, nothing is requested after the load event.
	await page.goto(base + path, { waitUntil: options.javaScriptEnabled === false ? 'load' : 'networkidle' });
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


describe('embed pages', () => {
	it.each(EMBEDS)('%s is prerendered: its chart shows with JavaScript off', async (path, title, fullView) => {
		const { page } = await open(path, { javaScriptEnabled: false });
		expect(await page.locator('figure svg:visible').count()).toBeGreaterThan(0);
		expect(await page.locator('figure h3').innerText()).toMatch(title);
		expect(await page.getByRole('link', { name: 'Full view and data' }).getAttribute('href')).toBe(fullView);
		expect(await page.locator('header, footer, nav').count()).toBe(0);
	});

	it('draws the map as equal hexagons, each a link to its authority with its name shown on focus', async () => {
		const { page } = await open('/embed/map/', { width: 360 });
		// Drawn once (it scales), as links in reading order: the first Tab reaches the northernmost.
		expect(await page.locator('svg.hex-map').count()).toBe(1);
		const hexes = page.locator('svg.hex-map a');
		expect(await hexes.count()).toBe(153);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe(NORTHERNMOST);
		expect(await page.locator('svg.grade-map use').count()).toBe(0);
		const coventry = page.locator('svg.hex-map a[data-code="E08000026"]');
		expect(await coventry.getAttribute('target')).toBe('_top');
		const label = coventry.locator('.hex-label').first();
		expect(await label.isVisible()).toBe(false);
		await coventry.focus();
		expect(await label.isVisible()).toBe(true);
		expect(await label.textContent()).toBe('Coventry');
	});

	// The drawing for each width is chosen by CSS alone, so one page serves both: at 1280 px, then as a frame 360 px wide.
	it.each(EMBEDS.map(([path]) => path))('%s passes axe-core at 1280 and 360 px, and loads one small script, no DuckDB', async (path) => {
		const { page, scripts } = await open(path, { width: 1280 });
		expect(await axeProblems(page)).toEqual([]);
		await page.setViewportSize({ width: 360, height: 900 });
		expect(await axeProblems(page)).toEqual([]);
		expect(scripts.map((s) => new URL(s).pathname)).toEqual(['/embed-height.js']);
	});

	for (const width of [360, 1280]) {
		it(`shows the drawing for ${width} px`, async () => {
			const { page } = await open(COVENTRY, { width });
			const shown = await page.locator('figure svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => Number(s.getAttribute('width'))));
			expect(shown).toEqual([width === 360 ? 304 : 720]);
		});
	}
});

/**
 * Embeds in another state: the prerendered page sends a link with parameters to its live page, which
 * draws that view; its "Full view" opens the full page in the same state, whose Embed gives back the
 * same live address. `shows`: text of the chart in that state.
 */
const LIVE: [string, string, RegExp, RegExp, string][] = [
	['/embed/grade-shares/', 'region=London', /^Share of London authorities at each grade/, /London/, '/'],
	['/embed/map/', 'as_at=2019-08-31&map=boundaries', /^Overall effectiveness at each authority’s latest inspection$/, /on or before 31 August 2019/, '/'],
	['/embed/transitions/', 'region=London', /^Moves between overall grades, London, as at 31 March 2025$/, /pairs of consecutive inspections/, '/trends/'],
	['/embed/survival/', 'mark=E08000025&set=neighbours', /^Share of inadequate judgements not yet followed by a better one/, /Birmingham/, '/trends/'],
	['/embed/movers/', 'from=2018-03-31', /^Latest grade at 31 March 2018 against 31 March 2025, England/, /./, '/trends/'],
	['/embed/distribution/', 'indicator=cpp_rate', /^Children on a child protection plan per 10,000 children \(31 March\), by latest overall grade/, /./, '/trends/'],
	['/embed/reviews-by-year/', 'from=2015&to=2020', /^Reviews by publication year and type, 2015–2020$/, /./, '/reviews/'],
	['/embed/grades-at-reviews/', 'region=London', /^Grades of authorities named by a review/, /of the authorities named by a review/, '/reviews/'],
	['/embed/compare/', 'la=E08000026%2CE09000003', /^Overall effectiveness over time$/, /2 authorities\. At their latest inspections/, '/compare/'],
	['/embed/compare-indicators/', 'la=E08000026%2CE09000003&indicator=cpp_rate', /^Children on a child protection plan per 10,000 children \(31 March\)$/, /Barnet/, '/compare/'],
	['/embed/compare-benchmark/', 'la=E08000026%2CE09000003&indicator=sw_turnover', /^Children’s social worker turnover \(FTE, 30 September\): where the chosen authorities stand/, /Barnet/, '/compare/'],
	['/embed/indicators/E08000026/', 'indicator=cpp_rate', /^Children on a child protection plan per 10,000 children \(31 March\)$/, /Coventry/, '/la/E08000026']
];

describe('embeds in another state', () => {
	it.each(LIVE)('%s?%s: the live page draws it, passes axe-core at 360 px, and the full view gives it back', async (path, query, title, summary, fullPath) => {
		const { page } = await open(`${path}?${query}`, { width: 1280 });
		const live = path.replace('/embed/', '/embed/live/');
		expect(page.url()).toBe(`${base}${live}?${query}`);
		await expect.poll(() => page.locator('figure h3').first().innerText(), { timeout: 20_000 }).toMatch(title);
		await expect.poll(() => page.locator('figure[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
		// The figure's text: its summary, labels and data table.
		expect(await page.locator('figure').first().textContent()).toMatch(summary);
		expect(await page.locator('.url-notes p').count()).toBe(0);
		const fullView = await page.getByRole('link', { name: 'Full view and data' }).getAttribute('href');
		expect(fullView).toBe(`${fullPath}?${query}`);
		// At phone width (an embed shows its drawing for the frame's width, chosen by CSS): one engine start serves both checks.
		await page.setViewportSize({ width: 360, height: 800 });
		expect(await axeProblems(page)).toEqual([]);

		// The full page, opened from that link, shows the same view and offers the same embed.
		const full = await page.context().newPage();
		await full.goto(base + fullView, { waitUntil: 'networkidle' });
		const figure = full.locator('figure', { has: full.locator('h3', { hasText: title }) }).first();
		await expect.poll(() => figure.locator('h3').innerText(), { timeout: 20_000 }).toMatch(title);
		await figure.getByRole('button', { name: 'Embed' }).click();
		const snippet = await figure.getByRole('textbox', { name: /Code to paste/ }).inputValue();
		expect(snippet).toContain(`<iframe src="${base}${live}?${query.replace(/&/g, '&amp;')}"`);
	});

	it('the map in another state is drawn with the boundaries the link asks for', async () => {
		const { page } = await open('/embed/map/?as_at=2019-08-31&map=boundaries');
		await expect.poll(() => page.locator('section h2').first().textContent(), { timeout: 20_000 }).toBe('Latest grades, as at 31 August 2019');
		expect(await page.locator('svg.grade-map:visible use').count()).toBe(151);
		expect(await page.locator('svg.hex-map').count()).toBe(0);
	});
});

describe('every chart on the full pages offers its embed', () => {
	it.each(['/', '/trends/', '/reviews/', '/compare/', '/la/E08000026/', '/la/E10000021/'])('%s', async (path) => {
		const { page } = await open(path);
		await scrollThrough(page);
		const titles = await page.locator('figure.chart h3').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		// The charts of the user's own uploads are not embeddable (their data never leaves this browser), nor is a reorganised council's with its predecessors or successors.
		const own = titles.filter((t) => /^Your |and its (predecessors|successors):/.test(t)).length;
		const count = titles.length;
		expect(await page.locator('figure.chart').getByRole('button', { name: 'Embed' }).count()).toBe(count - own);
	});
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
