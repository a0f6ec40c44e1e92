/** The built site in Debian Chromium: prerendered charts without JavaScript, live charts with it. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openDisclosures, waitForStatus } from './browser';
import { axeProblems } from './axe';
import { ROUTES } from './routes';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

/** A page that records every request and every console error (CSP violations included). */
async function open(path: string, options: { width?: number } = {}) {
	const page = await context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	const response = await page.goto(base + path, { waitUntil: 'networkidle' });
	return { page, requests, errors, status: response?.status() };
}

describe('without JavaScript', () => {
	let noJs: BrowserContext;
	beforeAll(async () => {
		noJs = await launch({ javaScriptEnabled: false });
	});
	afterAll(async () => noJs?.close());

	it('/ shows the grade-share chart, the map and the headline', async () => {
		const page = await noJs.newPage();
		await page.goto(`${base}/`);
		expect(await page.locator('svg.grade-share path').count()).toBe(4);
		expect(await page.locator('svg.grade-map use').count()).toBe(153);
		await expect(page.locator('#headline-title').textContent()).resolves.toBe('England, as at 31 March 2025');
		// The source line names the newest Ofsted release of the releases table, as the manifest records it.
		const manifest = (await (await fetch(`${base}/db/manifest.json`)).json()) as { releases: { publisher: string; title: string; as_at: string }[] };
		const newest = manifest.releases.filter((r) => r.publisher === 'Ofsted').sort((a, b) => b.as_at.localeCompare(a.as_at))[0];
		expect(await page.locator('main').textContent()).toContain(`Source: Ofsted, ${newest.title} (published `);
	});

	it('/la/E08000026/ shows Coventry’s journey and its comparison with the region and England', async () => {
		const page = await noJs.newPage();
		await page.goto(`${base}/la/E08000026/`);
		// Drawn for each band of widths, CSS showing the one for the screen's (src/lib/charts/opening.ts).
		expect(await page.locator('.plot:visible svg.journey .inspection').count()).toBe(3);
		expect(await page.locator('svg.area-comparison rect').count()).toBeGreaterThan(9);
		expect(await page.locator('main').textContent()).toContain('Coventry was judged inadequate in March 2014, requires improvement in June 2017 and good in June 2022');
	});
});

describe('with JavaScript', () => {
	it('recomputes / through duckdb-wasm when the as-at date and region change, fetching wasm only then', async () => {
		const { page, requests, errors } = await open('/');
		expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
		const marker = () => page.locator('svg.grade-share .as-at text').textContent();
		expect(await marker()).toMatch(/^As at Mar 2025/);

		await page.locator('#as-at').fill('2019-08-15');
		await page.locator('#as-at').dispatchEvent('change');
		await waitForStatus(page, 'Showing the latest grades as at 31 August 2019');
		expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
		expect(await marker()).toBe('As at Aug 2019: 49% good or better');
		expect(await page.locator('#headline-title').textContent()).toBe('England, as at 31 August 2019');
		// The map draws the authorities of that date: Northamptonshire, not its 2021 successors.
		expect(await page.locator('svg.grade-map use').count()).toBe(151);
		expect(await page.locator('svg.grade-map use[href$="#E10000021"]').count()).toBe(1);
		expect(await page.locator('svg.grade-map use[href$="#E06000061"]').count()).toBe(0);

		await page.selectOption('#region', 'London');
		await waitForStatus(page, 'Showing grades over time in London');
		expect(await marker()).toBe('As at Aug 2019: 79% good or better');
		expect(new URL(page.url()).search).toBe('?as_at=2019-08-31&region=London');
		expect(errors).toEqual([]);
	});

	it('restores the as-at date and region from the URL', async () => {
		const { page } = await open('/?as_at=2019-08-31&region=West+Midlands');
		await page.waitForFunction(() => document.querySelector('#headline-title')?.textContent === 'West Midlands, as at 31 August 2019', null, { timeout: 60_000 });
		expect(await page.locator('svg.grade-share .as-at text').textContent()).toBe('As at Aug 2019: 21% good or better');
		expect(await page.locator('#as-at').inputValue()).toBe('2019-08-31');
		expect(await page.locator('#region').inputValue()).toBe('West Midlands');
	});

	it('finds Coventry from “cov” by keyboard alone', async () => {
		const { page } = await open('/');
		// Tab from the top of the page (skip link, site name, navigation) to the search field.
		for (let presses = 0; presses < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'authority-search'; presses++) {
			await page.keyboard.press('Tab');
		}
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('authority-search');
		await page.keyboard.type('cov');
		await expect(page.locator('#authority-search-list [role=option]').first().textContent()).resolves.toContain('Coventry');
		await page.keyboard.press('ArrowDown');
		expect(await page.locator('#authority-search').getAttribute('aria-activedescendant')).toBe('authority-search-option-0');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/la/E08000026/`);
		expect(await page.locator('h1').textContent()).toBe('Coventry');
	});

	it('answers an unknown authority code with a real 404 page and the search', async () => {
		const { page, status } = await open('/la/E99999999/');
		expect(status).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('input[role=combobox]').count()).toBe(1);
	});

	it('links an abolished council to its successors', async () => {
		const { page } = await open('/la/E10000021/');
		const notice = page.locator('[role=note]');
		expect(await notice.textContent()).toContain('Northamptonshire council was abolished on 31 March 2021');
		expect(await notice.locator('a').allTextContents()).toEqual(['North Northamptonshire', 'West Northamptonshire']);
		// Its journey beside its successors', its own row ending at abolition.
		expect(await page.locator('section[aria-labelledby="lineage-title"] svg.compare-journeys .authority > text').allTextContents()).toEqual([
			'Northamptonshire',
			'North Northamptonshire',
			'West Northamptonshire'
		]);
	});
});

/** Authorities' pages drawn unlike the routes' own: a council formed by reorganisation, and an unknown code (the 404 page). */
const MORE_PAGES = ['/la/E06000061/', '/la/E99999999/'];

/**
 * Every route as a reader sees it at a desktop's and a phone's width, every disclosure open: axe-core
 * (WCAG 2.2 A and AA) finds no problem, no id is given twice, and at 360 px nothing scrolls sideways.
 * One page serves all three checks: opening a page and its disclosures is most of each test's time.
 */
describe('every route at 1280 and 360 px: axe-core, ids and width', () => {
	for (const path of [...ROUTES, ...MORE_PAGES]) {
		const axe = ROUTES.includes(path);
		for (const width of [1280, 360]) {
			it(`${path} at ${width} px: ${axe ? 'no axe-core problem, ' : ''}no duplicate id${width === 360 ? ', no sideways scrolling' : ''}`, async () => {
				const { page } = await open(path, { width });
				await openDisclosures(page);
				if (width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
				const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
				expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
				if (axe) expect(await axeProblems(page)).toEqual([]);
			});
		}
	}
});

describe('context indicators', () => {
	it('/la/E08000026/ shows the CLA rate prerendered and switches indicator live', async () => {
		const { page, errors } = await open('/la/E08000026/');
		const summary = () => page.locator('#context-summary').textContent();
		expect(await summary()).toContain('Coventry 82 per 10,000 in 2025');
		expect(await page.locator('svg.indicator-chart .inspection-marker').count()).toBe(3);
		await page.selectOption('#context-indicator', 'sw_turnover');
		await page.waitForFunction(() => document.querySelector('#context-summary')?.textContent?.includes('turnover'), null, { timeout: 60_000 });
		expect(await page.locator('section[aria-labelledby="context-title"] .engine').textContent()).toBe('Showing Children’s social worker turnover (FTE, 30 September).');
		expect(new URL(page.url()).searchParams.get('indicator')).toBe('sw_turnover');
		expect(await summary()).toContain('Coventry 11.3 % in 2025');
		expect(await summary()).toContain('Children’s social work workforce 2025 (DfE)');
		expect(errors).toEqual([]);
	});
});
