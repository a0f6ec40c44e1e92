/**
 * Ungraded visits on the pages, with JavaScript off (prerendered): Bradford's monitoring visits on its
 * timeline and in its tables with date and theme, a focused-visit authority likewise, and the coverage
 * statement wherever visits are shown, so that no visit before April 2022 is never read as none.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, scrollToRead } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => (context = await launch({ javaScriptEnabled: false })));
afterAll(async () => context?.close());

const COVERAGE = /Visits are from Ofsted’s in-year tables for the years 1 April 2022 to 31 March 2025 .* a visit outside those years is not in them, so no visit shown there does not mean there was none\./;
/** A section's text as a reader sees it, scrolled to (until then, one below the first screen is not laid out). */
const shownText = async (page: Page, section: string) => (await scrollToRead(page.locator(section))).innerText();
const visitRows = async (page: Page) => (await scrollToRead(page.locator('section[aria-labelledby="inspections-title"] table.visits tbody tr'))).allInnerTexts();

describe('visits', () => {
	it('Bradford’s monitoring visits are on its timeline and in its table, each with its date and theme', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/la/E08000032/`);
		const markers = page.locator('figure:has(#journey-chart-title) .plot:visible svg.journey g.visit');
		expect(await markers.count()).toBe(6);
		expect(await markers.first().locator('title').textContent()).toBe('Monitoring visit, 27 July 2022: Care leavers');
		const rows = (await visitRows(page)).map((r) => r.replace(/\s+/g, ' '));
		expect(rows).toHaveLength(6);
		expect(rows[5]).toMatch(/^11 February 2025 Monitoring visit Children in care 13 March 2025 Ofsted reports .*In-year_inspections, row \d+$/);
		expect(await page.locator('section[aria-labelledby="inspections-title"] table.visits a').last().getAttribute('href')).toBe('https://reports.ofsted.gov.uk/provider/44/380');
		for (const where of ['section[aria-labelledby="journey-title"]', 'section[aria-labelledby="inspections-title"]']) {
			expect((await shownText(page, where)).replace(/\s+/g, ' ')).toMatch(COVERAGE);
		}
		expect((await shownText(page, 'section[aria-labelledby="next-title"]')).replace(/\s+/g, ' ')).toMatch(/last ungraded visit in the published files was a monitoring visit \(children in care\) on 11 February 2025: [\d,]+ days/);
	});

	it('a focused-visit authority shows its visit and theme; one with none says the files cover only those years', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/la/E06000061/`);
		expect((await visitRows(page)).map((r) => r.replace(/\s+/g, ' ').split(' Ofsted')[0])).toEqual([
			'18 October 2023 Focused visit Front door not given in this release',
			'1 October 2024 Focused visit Care leavers 31 October 2024'
		]);
		expect(await page.locator('.plot:visible svg.journey g.visit circle').count()).toBe(2);

		await page.goto(`${base}/la/E08000026/`);
		expect((await visitRows(page)).join(' ')).toContain('No focused or monitoring visit to Coventry in these dates.');
		expect((await shownText(page, 'section[aria-labelledby="next-title"]')).replace(/\s+/g, ' ')).toContain('No focused or monitoring visit to Coventry is in the published files, which cover 1 April 2022 to 31 March 2025 only');
		expect((await page.locator('section[aria-labelledby="journey-title"]').innerText()).replace(/\s+/g, ' ')).toMatch(COVERAGE);
		// The years the files do not cover are shaded on the Visits row.
		expect(await page.locator('svg.journey g.visits rect.uncovered').count()).toBeGreaterThan(0);
	});

	it('the journey embed shows the visits and says what the files cover', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/embed/journey/E08000032/`);
		expect(await page.locator('svg.journey g.visit').first().count()).toBe(1);
		expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toMatch(COVERAGE);
	});
});
