/**
 * The benchmark on the pages: Coventry's table prerendered (JavaScript off), sorted by keyboard, and
 * the compare page's benchmark of the chosen authorities following its indicator live.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, scrollToRead } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
let noScript: BrowserContext;
beforeAll(async () => {
	context = await launch();
	noScript = await launch({ javaScriptEnabled: false });
});
afterAll(async () => {
	await context?.close();
	await noScript?.close();
});

const table = 'section[aria-labelledby="benchmark-title"] table.benchmark';
const rowText = (page: import('playwright-core').Page, name: string) => page.locator(`${table} tbody tr`, { has: page.locator('th', { hasText: name }) }).first().innerText();

describe('the benchmark', () => {
	it('Coventry’s table is in the page without JavaScript: rank, band and DfE’s direction for each indicator', async () => {
		const page = await noScript.newPage();
		await page.goto(`${base}/la/E08000026/`);
		expect(await page.locator(`${table} tbody tr`).count()).toBe(13);
		await scrollToRead(page.locator(table));
		const turnover = (await rowText(page, 'Children’s social worker turnover')).replace(/\s+/g, ' ');
		expect(turnover).toContain('11.3%');
		expect(turnover).toContain('down 6.4 percentage points since 2024: better');
		expect(turnover).toContain('66 of 146, band B lowest first (DfE: lower is better); 7 without a figure');
		const looked = (await rowText(page, 'Children looked after per 10,000')).replace(/\s+/g, ' ');
		expect(looked).toContain('46 of 151, band B highest first (no direction implied); 2 without a figure');
		expect(looked).not.toMatch(/better|worse/);
		// The chart of where Coventry stands is drawn too.
		expect(await page.locator('figure:has(#benchmark-chart-title) svg.benchmark-chart circle').count()).toBeGreaterThan(10);
		// Each strip's ticks are every authority with a figure: 146 for turnover.
		const ticks = await page.locator('figure:has(#benchmark-chart-title) svg.benchmark-chart path.field').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
		expect(ticks).toHaveLength(13);
		expect(ticks).toContain(146);
	});

	it('sorts by a column from the keyboard, and says which way', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/la/E08000026/`, { waitUntil: 'networkidle' });
		const rank = page.locator(`${table} th`, { hasText: 'Rank of all authorities' });
		await rank.getByRole('button').focus();
		await page.keyboard.press('Enter');
		// The page starts on this first interaction (src/lib/wake.ts) and then makes the press.
		await expect.poll(() => rank.getAttribute('aria-sort')).toBe('ascending');
		expect(await page.locator(`${table} tbody tr th`).first().innerText()).toBe('Average caseload per children’s social worker (FTE, 30 September)');
		await page.keyboard.press('Enter');
		expect(await rank.getAttribute('aria-sort')).toBe('descending');
		expect(await page.locator(`${table} tbody tr th`).first().innerText()).toBe('Children’s social worker turnover (FTE, 30 September)');
	});

	it('on /compare/, ranks the chosen authorities on the chosen indicator, live', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/compare/?la=E08000026,E09000003`, { waitUntil: 'networkidle' });
		const section = page.locator('section[aria-labelledby="compare-benchmark-title"]');
		await page.selectOption('#compare-benchmark-indicator', 'sw_turnover');
		await expect.poll(() => section.locator('figure h3').innerText(), { timeout: 60_000 }).toMatch(/^Children’s social worker turnover \(FTE, 30 September\): where the chosen authorities stand/);
		await expect.poll(() => section.locator('table.benchmark tbody tr').count(), { timeout: 20_000 }).toBe(2);
		const rows = await section.locator('table.benchmark tbody tr').allInnerTexts();
		expect(rows[0].replace(/\s+/g, ' ')).toMatch(/^Coventry 11\.3% 2025 .* 66 of 146, band B/);
		expect(rows[1]).toMatch(/^Barnet/);
		expect(page.url()).toContain('indicator=sw_turnover');
	});
});
