/**
 * /sql/ in Chromium: a query from a shared link opened (not run until asked), edited, run, charted
 * and exported; cancel; history; the schema browser's names inserted; errors placed in the editor;
 * hostile SQL refused with the public data unchanged and no request leaving the page; usable by
 * keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { EXAMPLES } from '../../src/lib/sql/examples';
import { sqlFragment } from '../../src/lib/sql/share';
import { launch } from './browser';

const base = inject('baseUrl');
const contexts: BrowserContext[] = [];
afterEach(async () => {
	for (const context of contexts.splice(0)) await context.close();
});

async function openConsole(fragment = '', options: { width?: number } = {}) {
	const context = await launch(options);
	contexts.push(context);
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	context.on('request', (r) => requests.push(r.url()));
	await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
	page.on('console', (m) => m.text().startsWith('CSP violation') && errors.push(m.text()));
	await page.goto(`${base}/sql/${fragment}`, { waitUntil: 'networkidle' });
	return { context, page, errors, requests };
}

/** The editor's text, line by line as CodeMirror draws it. */
const editorText = async (page: Page) => (await page.locator('.cm-content .cm-line').allInnerTexts()).join('\n');
const status = (page: Page) => page.locator('p.status');

/** Replaces the editor's text, as a paste over everything would. */
async function setQuery(page: Page, sql: string) {
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(sql);
}

async function run(page: Page) {
	await page.getByRole('button', { name: /^Run/ }).click();
	await page.waitForFunction(() => /rows? in [\d,]+ ms|Cancelled|Not run/.test(document.querySelector('p.status')?.textContent ?? '') || document.querySelector('p.problem'), null, { timeout: 90_000 });
}

describe('the SQL console', () => {
	it('opens a shared query without running it, then runs, charts and exports it', async () => {
		const sql = EXAMPLES[1].sql;
		const { page, errors, requests } = await openConsole(sqlFragment(sql));
		expect(await editorText(page)).toBe(sql);
		// Nothing ran: no result, and no DuckDB downloaded.
		expect(await page.getByRole('heading', { name: 'Result' }).count()).toBe(0);
		expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
		await run(page);
		expect(await status(page).innerText()).toMatch(/^9 rows in [\d,]+ ms\.$/);
		await page.locator('table.result').waitFor();
		expect(await page.locator('table.result thead th').allInnerTexts()).toEqual(['region\nVARCHAR', 'graded\nBIGINT', 'pct_good_or_outstanding\nDOUBLE']);
		expect(new URL(page.url()).hash).toBe(sqlFragment(sql));
		// The quick chart: bars, one per region.
		expect(await page.locator('#quick-chart-chart-title').innerText()).toBe('graded by region');
		expect(await page.locator('.plot svg rect').count()).toBe(9);
		await page.getByRole('combobox', { name: 'Chart' }).selectOption({ label: 'Bars: pct_good_or_outstanding by region' });
		expect(await page.locator('#quick-chart-chart-title').innerText()).toBe('pct_good_or_outstanding by region');
		// Exports: CSV for spreadsheets, and Arrow that reads back the same rows.
		const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
		const csvText = readFileSync(await csv.path(), 'utf8');
		expect(csvText.startsWith('\uFEFFregion,graded,pct_good_or_outstanding\r\nLondon,33,')).toBe(true);
		const [arrow] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Arrow' }).click()]);
		const table = tableFromIPC(readFileSync(await arrow.path()));
		expect(table.numRows).toBe(9);
		expect(table.getChild('region')?.get(0)).toBe('London');
		expect(csvText.split('\r\n')[1]).toBe(`London,${table.getChild('graded')?.get(0)},${table.getChild('pct_good_or_outstanding')?.get(0)}`);
		expect(errors).toEqual([]);
		expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
	});

	it('reopens from its link after an edit, keeps a history, and inserts names from the schema', async () => {
		const { page, context, errors } = await openConsole();
		await setQuery(page, "SELECT name FROM authorities WHERE ons_code = 'E08000026'");
		await run(page);
		expect(await page.locator('table.result tbody td').innerText()).toBe('Coventry');
		const link = page.url();
		const again = await context.newPage();
		await again.goto(link, { waitUntil: 'networkidle' });
		expect(await editorText(again)).toBe("SELECT name FROM authorities WHERE ons_code = 'E08000026'");
		expect(await again.locator('ol.history li').first().innerText()).toBe("SELECT name FROM authorities WHERE ons_code = 'E08000026'");
		await again.getByRole('button', { name: 'Coventry’s journey' }).click();
		await again.locator('ol.history li button').first().click();
		expect(await editorText(again)).toBe("SELECT name FROM authorities WHERE ons_code = 'E08000026'");
		// The schema browser: a column's name goes in at the cursor.
		await setQuery(again, 'SELECT  FROM inspections');
		await again.keyboard.press('ControlOrMeta+Home');
		for (let i = 0; i < 7; i++) await again.keyboard.press('ArrowRight');
		await again.locator('details', { has: again.locator('summary code', { hasText: /^inspections$/ }) }).locator('summary').click();
		await again.getByRole('button', { name: 'overall_effectiveness', exact: true }).click();
		expect(await editorText(again)).toBe('SELECT overall_effectiveness FROM inspections');
		expect(errors).toEqual([]);
	});

	it('cancels a long query, and runs the next', async () => {
		const { page, errors } = await openConsole();
		await setQuery(page, 'SELECT sum(range % 7) FROM range(20000000000)');
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.getByText('Running…').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.waitForFunction(() => document.querySelector('p.status')?.textContent?.includes('Cancelled.'), null, { timeout: 5_000 });
		await setQuery(page, 'SELECT 42 AS answer');
		await run(page);
		expect(await page.locator('table.result tbody td').innerText()).toBe('42');
		expect(errors).toEqual([]);
	});

	it('places an error in the editor, and names a missing table', async () => {
		const { page } = await openConsole();
		await setQuery(page, 'SELECT 1;\nSELECT * FRM authorities');
		await run(page);
		expect(await page.locator('p.problem').innerText()).toBe('Not run: Parser Error: syntax error at or near "authorities"');
		expect(await page.locator('.cm-lintRange-error').innerText()).toBe('authorities');
		await setQuery(page, 'SELECT * FROM missing_table');
		await run(page);
		expect(await page.locator('p.problem').innerText()).toMatch(/^Not run: Catalog Error: Table with name missing_table does not exist!/);
	});

	it('refuses hostile SQL with a clear message; the public data gives the same answers and no request leaves the page', async () => {
		const { page, requests, errors } = await openConsole();
		const answers = async () => {
			await setQuery(page, "SELECT (SELECT count(*) FROM authorities) AS authorities, (SELECT string_agg(overall_effectiveness || ':' || n, ',' ORDER BY overall_effectiveness) FROM (SELECT overall_effectiveness, count(*) AS n FROM latest_grades(DATE '2025-03-31') GROUP BY ALL)) AS grades");
			await run(page);
			return page.locator('table.result tbody tr').innerText();
		};
		const before = await answers();
		expect(before).toContain('158');
		const hostile: [string, RegExp][] = [
			["SELECT * FROM read_csv('http://example.com/a.csv')", /Permission Error: Cannot access file "http:\/\/example.com\/a.csv"/],
			['INSTALL httpfs', /INSTALL is not allowed/],
			['LOAD httpfs', /LOAD is not allowed/],
			['SET enable_external_access = true', /SET is not allowed/],
			["COPY (SELECT 1) TO 'out.csv'", /COPY is not allowed/],
			["ATTACH 'http://example.com/x.db' AS x", /ATTACH is not allowed/],
			['DROP TABLE authorities', /“authorities” is a public table/],
			["UPDATE authorities SET name = 'x'", /“authorities” is a public table/],
			['CREATE TEMP MACRO latest_grades(a) AS TABLE SELECT 1', /“latest_grades” is a public table, view or macro/],
			[`SELECT '${'x'.repeat(110_000)}'`, /longer than 100 KB/]
		];
		for (const [sql, message] of hostile) {
			await setQuery(page, sql);
			await run(page);
			expect(await page.locator('p.problem').innerText()).toMatch(message);
		}
		expect(await answers()).toBe(before);
		expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('is usable by keyboard alone: the editor has a name, runs with Ctrl+Enter, and Tab leaves it', async () => {
		const { page } = await openConsole();
		expect(await page.locator('.cm-content').getAttribute('aria-label')).toMatch(/^SQL query/);
		await page.getByRole('button', { name: 'Time out of inadequate' }).focus();
		await page.keyboard.press('Enter');
		await page.locator('.cm-content').focus();
		await page.keyboard.press('Control+End');
		await page.keyboard.type('\nLIMIT 3');
		await page.keyboard.press('Control+Enter');
		await page.waitForFunction(() => /rows? in/.test(document.querySelector('p.status')?.textContent ?? ''), null, { timeout: 90_000 });
		expect(await status(page).innerText()).toMatch(/^3 rows in/);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Run/);
	});
});
