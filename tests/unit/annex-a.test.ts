/**
 * Annex A: a synthetic workbook made in the test (lists shuffled, under unhelpful sheet names, one
 * list and more missing) is recognised list by list by its headings, and counted as worked out by hand;
 * the inspection the page shows carries no row of it; the counts become a series with rates where the
 * population is known. The synthetic sample of Social Finance's toolkit (MIT) is read when ../shared is here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/lib/sheets/xlsx';
import { countList, recogniseWorkbook } from '../../src/lib/upload/annex-a';
import { annexSeriesCsv, countAnnexA, inspect, type ByteSource } from '../../src/lib/upload/ingest';
import { annexAWorkbook, EXPECTED, MISSING, PERIOD } from '../fixtures/annex-a';
import { rawDir } from '../shared';

const CANARY = 'canary-annex-a';
const bytes = annexAWorkbook(CANARY);
const source = (data: Uint8Array, name = 'annex-a.xlsx'): ByteSource => ({ name, size: data.length, read: async (start, end) => data.slice(start, end) });

describe('Annex A', () => {
	it('recognises each list by its headings, whatever the sheet names and order, and names the missing ones', () => {
		const workbook = recogniseWorkbook(readXlsx(bytes, 'annex-a.xlsx'))!;
		expect(workbook.lists.map((l) => [l.list.number, l.sheet])).toEqual(EXPECTED.map((e) => [e.number, e.sheet]));
		expect(workbook.missing.map((l) => l.number)).toEqual(MISSING);
		expect(workbook.other).toEqual(['Notes']);
	});

	it('counts each list by month, by whole year to 31 March and open on 31 March, as worked out by hand', async () => {
		const counts = await countAnnexA(source(bytes), 'xlsx', PERIOD);
		for (const expected of EXPECTED) {
			const c = counts.find((x) => x.number === expected.number)!;
			expect(c.rows, `list ${expected.number}`).toBe(expected.rows);
			expect(Object.fromEntries(c.monthly.filter((m) => m.count).map((m) => [m.month, m.count])), `list ${expected.number}`).toEqual(expected.months);
			// Every month of the period is listed, with 0 where none; only 2023-24 is a whole year inside it.
			expect(c.monthly).toHaveLength(18);
			expect(c.yearly).toEqual([{ year: 2024, count: expected.year2024 }]);
			expect(c.openOn31March).toEqual(expected.open2024 === null ? [] : [{ year: 2024, count: expected.open2024 }]);
			expect([c.outside, c.blank, c.unread.length], `list ${expected.number}`).toEqual([expected.outside, expected.blank, expected.unread]);
		}
		// An impossible date is named by sheet, row and column, and not counted.
		expect(counts.find((c) => c.number === 1)!.unread).toEqual([{ sheet: 'Sheet3', row: 11, column: 'Contact date', text: '31/02/2024' }]);
	});

	it('shows the page which sheet is which list and how many children each lists, never a row', async () => {
		const inspection = await inspect(source(bytes));
		expect(inspection.plan.format).toBe('annex-a');
		expect(inspection.annex!.lists.map((l) => [l.number, l.rows])).toEqual(EXPECTED.map((e) => [e.number, e.rows]));
		expect(inspection.annex!.span).toEqual({ from: '2023-03-31', to: '2024-09-30' });
		expect(JSON.stringify(inspection)).not.toContain(CANARY);
	});

	it('a workbook with one list is not taken for Annex A: its sheet is read as a table', async () => {
		const one = (await import('../fixtures/xlsx')).writeXlsx([['CIN', [['Child Unique ID', 'CIN Start Date', 'CIN Closure Date'], ['1', '2024-01-01', '']]]]);
		const inspection = await inspect(source(one));
		expect(inspection.annex).toBeUndefined();
		expect(inspection.plan.format).not.toBe('annex-a');
	});

	it('turns the counts into series for the authority, with rates per 10,000 where the population is known', async () => {
		const counts = await countAnnexA(source(bytes), 'xlsx', PERIOD);
		const csv = annexSeriesCsv(counts, { code: 'E08000026', name: 'Coventry' }, new Map([[2023, 80_000]]));
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		const measure = (m: string) => rows.filter((r) => r.measure === m);
		expect(measure('Annex A: referrals, year to 31 March')).toMatchObject([{ ons_code: 'E08000026', area: 'Coventry', period: '2023-24', year: '2024', period_end: '2024-03-31', value: '3' }]);
		expect(measure('Annex A: referrals, year to 31 March, per 10,000 children')).toMatchObject([{ period: '2023-24', value: '0.375' }]);
		expect(measure('Annex A: children in care open on 31 March')).toMatchObject([{ period: '2024-03-31', value: '2' }]);
		expect(measure('Annex A: contacts by month')).toHaveLength(18);
		expect(measure('Annex A: contacts by month')[0]).toMatchObject({ period: '2023-04', period_end: '2023-04-30', value: '2' });
		expect(csv).not.toContain(CANARY);
		// No population for the year: no rate, rather than a guessed one.
		expect(annexSeriesCsv(counts, { code: 'E08000026', name: 'Coventry' }, new Map())).not.toContain('per 10,000');
	});

	const sample = join(rawDir, 'annex_a', 'Annex_A_sample_synthetic.xlsx');
	it.skipIf(!existsSync(sample))(`reads every list of the toolkit’s synthetic sample (${existsSync(sample) ? 'present' : 'skipped: ../shared is absent'})`, () => {
		const sheets = readXlsx(new Uint8Array(readFileSync(sample)), 'Annex_A.xlsx');
		const workbook = recogniseWorkbook(sheets)!;
		expect(workbook.lists.map((l) => `${l.list.number}:${l.sheet}`)).toEqual(Array.from({ length: 11 }, (_, i) => `${i + 1}:List ${i + 1}`));
		const referrals = countList(workbook.lists[2], sheets.get('List 3')!, { from: '2020-09-01', to: '2020-09-30' });
		expect(referrals.monthly).toEqual([{ month: '2020-09', count: 6 }]);
	});
});
