/**
 * An authority's page printed: a clean report. No controls or navigation; every chart and its data
 * table kept (tables open, whole); the view's address and the data's as-at date at the foot.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForStatus } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

/** The page's elements matching `selector` that are shown, each as its tag and start of its text. */
const shownOf = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 40)}”`));
const shown = async (page: Page, selector: string) => (await shownOf(page, selector)).length;

describe('printing', () => {
	it('Coventry’s page prints its charts and tables, no controls, and its address and as-at date at the foot', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/la/E08000026/`, { waitUntil: 'networkidle' });
		// A view away from the default, as a reader would print it.
		await page.selectOption('#context-indicator', 'sw_turnover');
		await waitForStatus(page, 'turnover');
		const charts = await shown(page, 'figure.chart svg');
		// Each chart's data table is drawn when first wanted: here, when the page is printed.
		const tables = await page.locator('details.data-table').count();
		expect(await page.locator('details.data-table table').count()).toBe(0);
		expect(charts).toBeGreaterThan(3);
		expect(await shown(page, '.print-footer')).toBe(0);

		await page.evaluate(() => dispatchEvent(new Event('beforeprint'))); // what the browser sends before it prints
		await page.emulateMedia({ media: 'print' });
		expect(await shownOf(page, 'button, select, input, textarea, nav, header, form')).toEqual([]);
		expect(await shown(page, 'figure.chart svg')).toBe(charts);
		expect(await shown(page, 'details.data-table .table-scroll')).toBe(tables);
		expect(await shown(page, 'details.data-table table')).toBeGreaterThanOrEqual(tables);
		expect(await shown(page, 'details.data-table summary')).toBe(0);
		const footer = await page.locator('.print-footer').innerText();
		expect(footer).toContain(`Printed from ${base}/la/E08000026/?indicator=sw_turnover,`);
		expect(footer).toMatch(/with Ofsted’s judgements as at \d{1,2} [A-Z][a-z]+ \d{4} \(.+\)\. Every source and its date: \/data\/\.$/);
		// The tables are printed whole: none is cut by a scrolling region.
		const clipped = await page.locator('.table-scroll').evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth + 1 && getComputedStyle(r).overflowX !== 'visible').length);
		expect(clipped).toBe(0);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		if (process.env.PRINT_PDF) (await import('node:fs')).writeFileSync(process.env.PRINT_PDF, pdf);
	});
});
