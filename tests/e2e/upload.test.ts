/**
 * /upload/ in Chromium: official formats recognised, an upload charted on Coventry's page and kept
 * across a reload and a browser restart, removed; nothing of a file ever in a request; labels shown
 * as text; a 50 MB file with progress; axe-core clean in every state.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { axeProblems } from './axe';
import { launch } from './browser';

const base = inject('baseUrl');
const FIXTURES = 'tests/fixtures/upload';
const contexts: BrowserContext[] = [];
afterEach(async () => {
	for (const context of contexts.splice(0)) await context.close();
});

/**
 * Waits until the data table of a chart in the section titled `titleId` has a cell reading `text`,
 * opening its disclosure as a reader would (a chart's table is drawn when first opened), again if
 * the chart is drawn anew.
 */
function tableShows(page: Page, titleId: string, text: string) {
	return page.waitForFunction(
		([id, wanted]) => {
			const section = document.getElementById(id)?.closest('section');
			const disclosures = [...(section?.querySelectorAll<HTMLDetailsElement>('details.data-table') ?? [])];
			for (const details of disclosures) details.open = true;
			return disclosures.some((details) => [...details.querySelectorAll('td, th')].some((cell) => cell.textContent?.trim() === wanted));
		},
		[titleId, text] as const,
		{ timeout: 60_000 }
	);
}

async function openUpload(options: { width?: number; profile?: string } = {}) {
	const context = await launch(options);
	contexts.push(context);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${base}/upload/`, { waitUntil: 'networkidle' });
	return { context, page, errors };
}

const choose = (page: Page, ...files: string[]) => page.locator('input[type=file]').setInputFiles(files.map((f) => (f.includes('/') ? f : join(FIXTURES, f))));
/** Text as shown (a line break as a space), spaces of the markup collapsed. */
const textOf = async (locator: Locator) => (await locator.innerText({ timeout: 30_000 })).replace(/\s+/g, ' ').trim();
const card = (page: Page, name: string) => page.locator('article.card', { has: page.getByRole('heading', { name: new RegExp(`^${name.replace('.', '\\.')}`) }) });

async function checkAndLoad(page: Page, name: string) {
	await card(page, name).getByRole('button', { name: 'Check every row' }).click();
	await card(page, name).getByRole('button', { name: /^Load / }).click({ timeout: 60_000 });
	await card(page, name).getByText('Loaded as').waitFor({ timeout: 90_000 });
}

describe('upload', () => {
	it('recognises each official format and says how it reads it', async () => {
		const { page, errors } = await openUpload();
		await choose(page, 'dfe-cla.csv', 'lait.csv', 'ofsted-outcomes.ods', 'two-sheets.xlsx', 'windows-1252.csv');
		expect(await textOf(card(page, 'dfe-cla.csv').locator('.recognised'))).toContain('DfE Explore Education Statistics data file: text, UTF-8, comma-separated; header in row 1');
		expect(await textOf(card(page, 'lait.csv').locator('.recognised'))).toContain('DfE Local Authority Interactive Tool (LAIT), long format');
		expect(await textOf(card(page, 'ofsted-outcomes.ods').locator('.recognised'))).toContain('Ofsted inspection outcomes table: OpenDocument spreadsheet, sheet “Inspections_as_at_31_March”; header in row 2');
		expect(await textOf(card(page, 'two-sheets.xlsx').locator('.recognised'))).toContain('Excel spreadsheet, sheet “Data”');
		expect(await textOf(card(page, 'windows-1252.csv').locator('.recognised'))).toContain('Windows-1252');
		expect(await textOf(card(page, 'windows-1252.csv').locator('table.preview'))).toContain('“Children’s homes” – in area');
		await card(page, 'two-sheets.xlsx').getByLabel('Sheet', { exact: true }).selectOption('Notes');
		expect(await textOf(card(page, 'two-sheets.xlsx').locator('table.preview th').first())).toBe('About this file not used');
		// Each column says how it is read.
		expect(await textOf(card(page, 'dfe-cla.csv').locator('table.preview th').first())).toBe('time_period period');
		expect(errors).toEqual([]);
	});

	it('charts an upload on Coventry’s page, keeps it across a reload and a browser restart, and removes it', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'chromium-kept-'));
		const first = await openUpload({ profile });
		await choose(first.page, 'dfe-cla.csv');
		await checkAndLoad(first.page, 'dfe-cla.csv');
		await first.page.getByRole('link', { name: 'See it beside the ratings' }).click();
		const mine = first.page.locator('#your-data-title');
		await mine.waitFor({ timeout: 60_000 });
		// Coventry's children looked after on 31 March 2025: 684, as DfE's release gives it.
		await tableShows(first.page, 'your-data-title', '684');
		await first.page.reload({ waitUntil: 'networkidle' });
		await tableShows(first.page, 'your-data-title', '684');
		await first.context.close();
		contexts.splice(contexts.indexOf(first.context), 1);

		const again = await openUpload({ profile });
		const row = again.page.getByRole('row', { name: /upload_dfe_cla/ });
		await row.waitFor({ timeout: 60_000 });
		await row.getByRole('button', { name: 'Remove upload_dfe_cla' }).click();
		await again.page.getByText('Removed upload_dfe_cla: nothing of it is left in this browser.').waitFor();
		await again.page.getByText('None yet.').waitFor();
		await again.page.goto(`${base}/la/E08000026/#mine=upload_dfe_cla`, { waitUntil: 'networkidle' });
		await again.page.getByText('which this browser does not hold').waitFor({ timeout: 60_000 });
		expect(again.errors).toEqual([]);
	});

	it('shows an uploaded series on /compare/ and, by grade, on /trends/', async () => {
		const { page, errors } = await openUpload();
		await choose(page, 'dfe-cla.csv');
		await checkAndLoad(page, 'dfe-cla.csv');
		const mine = `#${new URLSearchParams({ mine: 'upload_dfe_cla:rate_per_10000 (Children looked after on 31 March each year)' })}`;
		await page.goto(`${base}/compare/${mine}`, { waitUntil: 'networkidle' });
		// Coventry's 2025 rate, 82, as DfE's release gives it, among the chosen authorities.
		await tableShows(page, 'compare-your-data-title', '82');
		// A control's change writes the query string and keeps the fragment.
		await page.getByRole('button', { name: 'its region' }).click();
		await page.waitForURL((url) => url.search.includes('la=') && url.hash === mine, { timeout: 60_000 });
		await page.goto(`${base}/trends/${mine}`, { waitUntil: 'networkidle' });
		await tableShows(page, 'your-grades-title', 'Coventry');
		const row = page.locator('section:has(#your-grades-title) table tr', { hasText: 'Coventry' });
		expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['Good', '2025', '82']);
		expect(errors).toEqual([]);
	});

	it('puts an uploaded review log on the authority’s timeline and list', async () => {
		const { page, errors } = await openUpload();
		await choose(page, 'case-review-log.csv');
		expect(await textOf(card(page, 'case-review-log.csv').locator('.recognised'))).toContain('Case-review log');
		await checkAndLoad(page, 'case-review-log.csv');
		await page.goto(`${base}/la/E08000026/`, { waitUntil: 'networkidle' });
		// The reviews' list is below the first screen: it comes alive, with the log, as the reader scrolls to it.
		await page.locator('#reviews-title').scrollIntoViewIfNeeded();
		await page.getByText('Your log: LCSPR, 1 May 2024').waitFor({ timeout: 60_000 });
		expect(await page.locator('svg.journey title', { hasText: 'Your log: LCSPR (1 May 2024)' }).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('never sends anything of a file: no request carries its canary, from the page or its workers', async () => {
		const canary = `canary-${Date.now()}-${Math.random().toString(36).slice(2)}`;
		const file = join(mkdtempSync(join(tmpdir(), 'canary-')), `${canary}.csv`);
		writeFileSync(file, `la_name,year,${canary}\nCoventry,2023,12\n${canary},2023,1\n`);
		const { context, page } = await openUpload();
		const seen: string[] = [];
		context.on('request', (request) => {
			const carried = [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
			seen.push(carried);
		});
		await choose(page, file);
		await checkAndLoad(page, `${canary}.csv`);
		await page.getByRole('link', { name: 'See it beside the ratings' }).click();
		await tableShows(page, 'your-data-title', '12'); // Coventry's value in the file
		await page.waitForTimeout(1000);
		expect(seen.length).toBeGreaterThan(0); // the listener works: the page's own files were requested
		expect(seen.filter((s) => s.includes(canary))).toEqual([]);
		expect(seen.filter((s) => !s.startsWith(base))).toEqual([]);
	});

	it('shows labels from a file as text, never runs them', async () => {
		const { page, errors } = await openUpload();
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await choose(page, 'html-labels.csv');
		expect(await textOf(card(page, 'html-labels.csv').locator('table.preview'))).toContain('<script>alert(1)</script>');
		await card(page, 'html-labels.csv').getByRole('button', { name: 'Check every row' }).click();
		await card(page, 'html-labels.csv').getByText('“<img src=x onerror=alert(1)>”').first().waitFor();
		expect(dialogs).toBe(0);
		expect(await page.locator('article.card img, article.card script').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('reads a 50 MB file with progress, and loads it', { timeout: 600_000 }, async () => {
		const lines: string[] = ['la_code,date,visits'];
		const codes = ['E08000026', 'E09000003', 'E06000061', 'E06000062', 'E08000025', 'E10000031', 'E09000002', 'E08000019'];
		for (let day = 0, n = 0; lines.length < 1_850_000; day++) for (const code of codes) lines.push(`${code},${new Date(Date.UTC(1970, 0, 1 + day)).toISOString().slice(0, 10)},${n++ % 997}`);
		const file = join(mkdtempSync(join(tmpdir(), 'big-')), 'visits-50mb.csv');
		writeFileSync(file, lines.join('\n') + '\n');
		const { page } = await openUpload();
		await choose(page, file);
		await card(page, 'visits-50mb.csv').getByRole('button', { name: 'Check every row' }).click();
		const progress = card(page, 'visits-50mb.csv').locator('progress');
		await progress.waitFor();
		await page.waitForFunction(() => Number(document.querySelector('article.card progress')?.getAttribute('value')) > 0, null, { timeout: 60_000 });
		await card(page, 'visits-50mb.csv').getByText('1,850,000 rows ready to load').waitFor({ timeout: 300_000 });
		await card(page, 'visits-50mb.csv').getByRole('button', { name: /^Load / }).click();
		await card(page, 'visits-50mb.csv').getByText('Loaded as').waitFor({ timeout: 300_000 });
		await page.getByRole('row', { name: /upload_visits_50mb/ }).getByText('1,850,000', { exact: true }).waitFor();
	});
});

describe('accessibility of /upload/ (axe-core) in every state', () => {
	for (const width of [1280, 360]) {
		it(`at ${width} px: empty, previewing, with problems, loaded`, async () => {
			const { page } = await openUpload({ width });
			await page.getByText('None yet.').waitFor({ timeout: 60_000 });
			expect(await axeProblems(page), 'empty').toEqual([]);
			await choose(page, 'unknown-authorities.csv');
			await card(page, 'unknown-authorities.csv').locator('table.preview').waitFor();
			expect(await axeProblems(page), 'previewing').toEqual([]);
			await card(page, 'unknown-authorities.csv').getByRole('button', { name: 'Check every row' }).click();
			await card(page, 'unknown-authorities.csv').getByText('did you mean Coventry?', { exact: false }).waitFor();
			expect(await axeProblems(page), 'with problems').toEqual([]);
			await card(page, 'unknown-authorities.csv').getByRole('button', { name: /^Load / }).click();
			await card(page, 'unknown-authorities.csv').getByText('Loaded as').waitFor({ timeout: 90_000 });
			expect(await axeProblems(page), 'loaded').toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		});
	}
});
