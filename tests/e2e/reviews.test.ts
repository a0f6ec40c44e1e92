/** Case reviews in Chromium: on Coventry's timeline, and /reviews/ filters, search and URL. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openDisclosures, wake } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

const status = (page: Page) => page.locator('form.filters .engine').textContent();

describe('case reviews', () => {
	it('are on Coventry’s page: Daniel Pelka 2013, the 2016 CSE review, and the eight children with “date not known”', async () => {
		const noJs = await launch({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${base}/la/E08000026/`);
		const items = await page.locator('ul.reviews li').allTextContents();
		expect(items.some((t) => t.includes('Daniel Pelka') && t.includes('17 September 2013'))).toBe(true);
		expect(items.some((t) => t.includes('Child G, Child H, Child I, Child J, Child K') && t.includes('11 July 2016'))).toBe(true);
		expect(items.some((t) => t.includes('took too long') && t.includes('date not known'))).toBe(true);
		expect(await page.locator('.plot:visible svg.journey .event.day').count()).toBe(2);
		expect(await page.locator('.plot:visible svg.journey .event.year').count()).toBe(1);
		expect(await page.locator('.plot:visible svg.journey .events').textContent()).toContain('+ 1 with date not known');
		await noJs.close();
	});

	it('/reviews/ filters by authority, type and year, searches the text, and keeps it all in the URL', async () => {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${base}/reviews/`, { waitUntil: 'networkidle' });
		await wake(page);
		expect(await status(page)).toContain('109 of 109 reviews');

		await page.selectOption('#f-la', 'E08000026');
		expect(await status(page)).toContain('4 of 109 reviews match');
		await page.selectOption('#f-type', 'Serious case review');
		expect(await status(page)).toContain('3 of 109 reviews match');
		await page.locator('#f-from').fill('2014');
		await page.locator('#f-from').dispatchEvent('change');
		expect(await status(page)).toContain('1 of 109 reviews match'); // 2016 only: the undated one needs the full year range
		expect(await page.locator('ul.reviews li').first().textContent()).toContain('Child G');

		const url = page.url();
		expect(new URL(url).searchParams.get('la')).toBe('E08000026');
		const again = await context.newPage();
		await again.goto(url, { waitUntil: 'networkidle' });
		expect(await status(again)).toContain('1 of 109 reviews match');
		expect(await again.locator('#f-type').inputValue()).toBe('Serious case review');

		const search = await context.newPage();
		await search.goto(`${base}/reviews/`, { waitUntil: 'networkidle' });
		await wake(search);
		await search.locator('#f-text').fill('Pelka');
		expect(await status(search)).toContain('1 of 109 reviews match');
		expect(new URL(search.url()).searchParams.get('q')).toBe('Pelka');
		expect(errors).toEqual([]);
	});

	it('recomputes the grade comparison for the filtered reviews', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/reviews/`, { waitUntil: 'networkidle' });
		await openDisclosures(page); // the comparison is the chart's data table
		const graded = () => page.locator('section[aria-labelledby="grades-title"] tbody tr').first().locator('td').nth(4).textContent();
		const before = await graded();
		await page.selectOption('#f-abuse', 'child sexual exploitation');
		await page.waitForFunction(() => !document.querySelector('form.filters .engine')?.textContent?.includes('Updating'), null, { timeout: 60_000 });
		await page.waitForFunction((b) => document.querySelector('section[aria-labelledby="grades-title"] tbody tr td:nth-of-type(5)')?.textContent !== b, before, { timeout: 60_000 });
		expect(Number(await graded())).toBeLessThan(Number(before));
	});
});
