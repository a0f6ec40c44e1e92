/** Every view's URL reopens it exactly: controls, figures and the URL itself. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch({ clipboard: true });
});
afterAll(async () => context?.close());

const text = (page: Page, selector: string) => page.locator(selector).textContent();
const value = (page: Page, selector: string) => page.locator(selector).inputValue();

/** A link to a view away from every default, the text that shows it is drawn, and what each control must show. */
const VIEWS: { path: string; drawn: [string, string]; controls: Record<string, string>; check?: (page: Page) => Promise<void> }[] = [
	{
		path: '/?as_at=2019-08-31&region=London&map=hex',
		drawn: ['#headline-title', 'London, as at 31 August 2019'],
		controls: { '#as-at': '2019-08-31', '#region': 'London', '#map-view': 'hex' },
		check: async (page) => {
			expect(await text(page, 'svg.grade-share .as-at text')).toBe('As at Aug 2019: 79% good or better');
			// Hexagons asked for, on a screen where the map would otherwise draw the boundaries.
			expect(await page.locator('svg.hex-map').isVisible()).toBe(true);
			expect(await page.locator('svg.grade-map use').count()).toBe(0);
		}
	},
	{
		path: '/la/E08000026/?indicator=sw_turnover',
		drawn: ['#context-chart-title', 'Children’s social worker turnover (FTE, 30 September)'],
		controls: { '#context-indicator': 'sw_turnover' }
	},
	{
		path: '/compare/?la=E06000015%2CE08000026&indicator=cpp_rate',
		drawn: ['#compare-context-chart-title', 'Children on a child protection plan per 10,000 children (31 March)'],
		controls: { '#compare-context-indicator': 'cpp_rate' },
		check: async (page) => expect(await page.locator('svg.compare-journeys .authority > text').allTextContents()).toEqual(['Derby', 'Coventry'])
	},
	{
		path: '/trends/?as_at=2020-03-31&region=London&frameworks=SIF-ILACS&mark=E08000025&set=neighbours&from=2016-03-31&to=2019-03-31&indicator=cpp_rate',
		drawn: ['#distribution-chart-title', 'Children on a child protection plan per 10,000 children (31 March), by latest overall grade as at 31 March 2020'],
		controls: { '#as-at': '2020-03-31', '#region': 'London', '#kind': 'consecutive', '#frameworks': 'SIF-ILACS', '#mark': 'E08000025', '#movers-from': '2016-03-31', '#movers-to': '2019-03-31', '#distribution-indicator': 'cpp_rate' },
		check: async (page) => {
			await page.waitForFunction(() => document.querySelectorAll('svg.survival .curve').length === 3, null, { timeout: 60_000 });
			await page.waitForFunction(() => document.querySelector('#movers-chart-title')?.textContent?.startsWith('Latest grade at 31 March 2016 against 31 March 2019, London'), null, { timeout: 60_000 });
			expect(await text(page, '#transitions-chart-title')).toBe('Moves between overall grades, London, as at 31 March 2020');
			expect(await page.locator('#with-neighbours').isChecked()).toBe(true);
		}
	},
	{
		path: '/reviews/?la=E08000026&type=Serious+case+review&from=2014&q=child',
		drawn: ['#by-year-chart-title', 'Reviews by publication year and type, 2014–2025'],
		controls: { '#f-la': 'E08000026', '#f-type': 'Serious case review', '#f-from': '2014', '#f-text': 'child' }
	}
];

describe('permalinks', () => {
	for (const { path, drawn, controls, check } of VIEWS) {
		it(`${path} reopens its view`, async () => {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const [selector, expected] = drawn;
			await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, expected], { timeout: 60_000 });
			for (const [control, shown] of Object.entries(controls)) expect(await value(page, control), control).toBe(shown);
			await check?.(page);
			expect(await page.locator('.url-notes p').count()).toBe(0);
			expect(page.url()).toBe(base + path); // reading a link never rewrites it
			expect(errors).toEqual([]);
			await page.close();
		});
	}

	it('“Copy the link to this view” copies the address of the view after a change, and the link reopens it', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		await page.selectOption('#region', 'London');
		await page.waitForFunction(() => location.search.includes('region=London'), null, { timeout: 60_000 });
		await page.getByRole('button', { name: 'Copy the link to this view' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(page.url());
		const again = await context.newPage();
		await again.goto(link, { waitUntil: 'networkidle' });
		expect(await value(again, '#region')).toBe('London');
		await page.close();
		await again.close();
	});
});
