/**
 * Annex A on /upload/ in Chromium, with a synthetic workbook made by the test (no real children):
 * the page says the file holds personal data and stays here before anything is kept, finds its lists
 * whatever their order, counts them beside DfE's figures for the chosen authority; no request carries
 * any of the file; "do not keep" leaves nothing in storage after a reload, "keep" keeps only counts;
 * axe-core finds nothing at 360 and 1280 px.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { annexAWorkbook } from '../fixtures/annex-a';
import { axeProblems } from './axe';
import { launch } from './browser';

const base = inject('baseUrl');
const contexts: BrowserContext[] = [];
afterEach(async () => {
	for (const context of contexts.splice(0)) await context.close();
});

const NAME = 'annex-a-synthetic.xlsx';

async function openWithWorkbook(options: { width?: number; profile?: string } = {}) {
	const canary = `canary${Date.now()}x${Math.random().toString(36).slice(2)}`;
	const file = join(mkdtempSync(join(tmpdir(), 'annex-')), NAME);
	writeFileSync(file, annexAWorkbook(canary));
	const context = await launch(options);
	contexts.push(context);
	const requests: string[] = [];
	context.on('request', (r) => requests.push([r.url(), JSON.stringify(r.headers()), r.postData() ?? ''].join('\n')));
	const page = await context.newPage();
	await page.goto(`${base}/upload/`, { waitUntil: 'networkidle' });
	await page.locator('input[type=file]').setInputFiles(file);
	const card = page.locator('article.card', { has: page.getByRole('heading', { name: new RegExp(`^${NAME.replace('.', '\\.')}`) }) });
	await card.getByText('This file holds personal data about children').waitFor({ timeout: 30_000 });
	return { context, page, card, canary, requests };
}

async function count(card: ReturnType<Page['locator']>, keep: boolean) {
	await card.getByLabel('Authority the lists are from').selectOption({ label: 'Coventry' });
	await card.getByLabel('Period asked for: first day').fill('2023-04-01');
	await card.getByLabel('last day').fill('2024-09-30');
	if (keep) await card.getByLabel(/Keep the counts in this browser/).check();
	await card.getByRole('button', { name: 'Count the lists' }).click();
	await card.getByText(/Counted and loaded as/).waitFor({ timeout: 90_000 });
}

/** The names of the files this site keeps in the browser's private storage for uploads, and their text (not Chromium's swap copies of a file being written). */
const storedUploads = (page: Page) =>
	page.evaluate(`(async () => {
		const root = await navigator.storage.getDirectory();
		let folder;
		try { folder = await root.getDirectoryHandle('uploads'); } catch { return []; }
		const files = [];
		for await (const [name, handle] of folder.entries()) if (!name.endsWith('.crswap')) files.push([name, handle.kind === 'file' ? await (await handle.getFile()).text().catch((e) => 'unreadable: ' + e.message) : 'folder']);
		return files;
	})()`) as Promise<[string, string][]>;

describe('Annex A, privately', () => {
	it('says the file holds personal data, finds its lists, counts them beside DfE’s figures, and sends nothing of it', async () => {
		const { page, card, canary, requests } = await openWithWorkbook();
		const text = async () => (await card.innerText()).replace(/\s+/g, ' ');
		expect(await text()).toContain('It is read here, in this browser, and is not sent anywhere.');
		expect(await card.locator('table tbody tr').allInnerTexts()).toEqual([
			'1. Contacts\tSheet3 (headings in row 1)\t10',
			'3. Referrals\tRefs (headings in row 1)\t4',
			'6. Children in need\tCIN (headings in row 1)\t4',
			'7. Child protection plans\tCP (headings in row 1)\t2',
			'8. Children in care\tCLA (headings in row 1)\t3'
		]);
		expect(await text()).toContain('Not found: list 2 (early help assessments), list 4 (assessments), list 5 (section 47 enquiries), list 9 (care leavers), list 10 (adoptions), list 11 (adopters).');
		await count(card, false);
		const counts = (await card.locator('table.counts').innerText()).replace(/\s+/g, ' ');
		// Coventry's referrals in the year to 31 March 2024, as DfE published them (4,505), beside the file's 3.
		expect(counts).toMatch(/3\. Referrals .*2023-24: 3; DfE published 4505 \(Characteristics of children in need 2025 \(DfE\)\)/);
		expect(counts).toMatch(/8\. Children in care .*2024: 2; DfE published 672 \(Children looked after in England 2025 \(DfE\)\)/);
		// Children in need: DfE's count is of those open on 31 March, so it stands beside the open count, not the year's starts.
		expect(counts).toContain('6. Children in need 2023-24: 2 2024: 2; DfE published 3597 (Characteristics of children in need 2025 (DfE))');
		expect(counts).toContain('1 dated outside the period; 1 with no date; 1 whose date could not be read');
		expect(await text()).toContain('Contacts: dates that could not be read, not counted — sheet “Sheet3”, row 11, column “Contact date”');
		expect(await page.content()).not.toContain(canary);
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((r) => r.includes(canary))).toEqual([]);
		expect(requests.filter((r) => !r.startsWith(base))).toEqual([]);
	});

	it('“do not keep” leaves nothing in storage after a reload; “keep” keeps the counts, never a row', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'chromium-annex-'));
		const first = await openWithWorkbook({ profile });
		await count(first.card, false);
		expect(await first.card.innerText()).toContain('for this page only (not kept: a reload removes it)');
		await first.page.reload({ waitUntil: 'networkidle' });
		await first.page.getByText('None yet.').waitFor({ timeout: 60_000 });
		// At most the empty list of kept uploads: no table, no count.
		expect((await storedUploads(first.page)).filter(([name, text]) => !(name === 'index.json' && text === '[]'))).toEqual([]);
		await first.context.close();
		contexts.splice(contexts.indexOf(first.context), 1);

		const second = await openWithWorkbook({ profile });
		await count(second.card, true);
		await second.page.reload({ waitUntil: 'networkidle' });
		await second.page.getByRole('row', { name: /upload_annex_a_synthetic/ }).waitFor({ timeout: 60_000 });
		const stored = await storedUploads(second.page);
		expect(stored.map(([name]) => name).sort()).toEqual(['index.json', 'upload_annex_a_synthetic.csv']);
		const csv = stored.find(([name]) => name.endsWith('.csv'))![1];
		expect(csv).toContain('Annex A: referrals, year to 31 March');
		expect(csv).not.toContain(second.canary);
	});

	for (const width of [1280, 360]) {
		it(`passes axe-core at ${width} px, before and after counting`, async () => {
			const { page, card } = await openWithWorkbook({ width });
			expect(await axeProblems(page)).toEqual([]);
			await count(card, false);
			expect(await axeProblems(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		});
	}
});
