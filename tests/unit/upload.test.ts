/**
 * The upload path, from a file's bytes to a table in real DuckDB, on the corpus of awkward files in
 * tests/fixtures/upload (made by tests/fixtures/make-upload-corpus.ts): each gives its message or
 * its table, and the tables loaded before it are untouched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Authority } from '../../src/lib/data/schema';
import { openNodeEngine } from '../../src/lib/engine/node';
import { AreaMatcher } from '../../src/lib/upload/areas';
import { ingest, inspect, UploadError, type ByteSource, type Choices, type Inspection } from '../../src/lib/upload/ingest';
import { loadStatements, uploadTableName } from '../../src/lib/upload/load';
import { columnRole } from '../../src/lib/upload/plan';
import { UPLOAD_FIXTURES } from '../fixtures/make-upload-corpus';
import { root } from '../shared';
import { loadSampleUpload } from '../upload-sample';
import { runQuery, uploadedReviewEvent, uploadedReviews, uploadedSeries } from '../../src/lib/data/queries';

const authorities = Papa.parse<Authority>(readFileSync(join(root, 'data/authorities.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => ({
	...a,
	valid_from: a.valid_from || null,
	valid_to: a.valid_to || null,
	other_codes: a.other_codes || null
}));
const matcher = new AreaMatcher(authorities);
const dir = mkdtempSync(join(tmpdir(), 'uploads-'));

let engine: Awaited<ReturnType<typeof openNodeEngine>>;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(() => engine.close());

const sourceOf = (name: string, bytes = new Uint8Array(readFileSync(join(UPLOAD_FIXTURES, name)))): ByteSource => ({ name, size: bytes.length, read: async (start, end) => bytes.subarray(start, end) });

/** Inspects, checks and loads a fixture as the upload page does; the table's rows come back. */
async function upload(name: string, choices: Choices = {}, edit: (inspection: Inspection) => Inspection = (i) => i, source = sourceOf(name)) {
	const inspection = edit(await inspect(source, choices));
	let csv = '';
	const ingested = await ingest(source, inspection, matcher, { write: (text) => void (csv += text), reset: () => void (csv = '') });
	const table = uploadTableName(name, []);
	const file = join(dir, `${table}.csv`);
	writeFileSync(file, csv);
	for (const sql of loadStatements(table, file, ingested.columns, inspection.plan.kind)) await engine.query(sql);
	const rows = await engine.query<Record<string, unknown>>(`SELECT * FROM temp.${table} ORDER BY source_row, 2, 3`);
	return { inspection, ...ingested, table, rows };
}

async function refusal(name: string, choices: Choices = {}) {
	try {
		await upload(name, choices);
	} catch (error) {
		expect(error).toBeInstanceOf(UploadError);
		return (error as Error).message;
	}
	throw new Error(`${name} was not refused`);
}

describe('files that are not tables are refused, saying why', () => {
	it.each([
		['empty.csv', 'is empty'],
		['header-only.csv', 'has a header row (row 1) but no rows of data below it'],
		['image.csv', 'is a PNG image, not a table'],
		['report.pdf', 'is a PDF, not a table: export the table as CSV'],
		['old-excel.xls', 'is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and upload that'],
		['archive.zip', 'is a zip archive, not a spreadsheet: unzip it and upload the CSV or spreadsheet inside'],
		['binary.csv', 'is not text (it holds binary data)'],
		['duplicate-headers.csv', 'has two columns named “visits” in its header (row 1, names compared regardless of case): rename one of them']
	])('%s: %s', async (name, message) => {
		expect(await refusal(name)).toContain(message);
	});
});

describe('official layouts are recognised and read as the import reads them', () => {
	it('a DfE Explore Education Statistics file: series by area, period and measure', async () => {
		const { inspection, summary, rows } = await upload('dfe-cla.csv');
		expect(inspection.plan.format).toBe('dfe-ees');
		expect(inspection.plan.measures).toEqual(['population_estimate', 'children_count', 'rate_per_10000']);
		expect(['time_period', 'geographic_level', 'new_la_code', 'population_type', 'rate_per_10000', 'time_identifier'].map((c) => columnRole(inspection.plan, c))).toEqual(['period', 'which rows', 'area', 'breakdown', 'number', 'not used']);
		expect(summary.rejected).toBe(0);
		// Coventry's CLA rate 2025 = 82, as the release gives it (and as indicator_values holds it).
		expect(rows.find((r) => r.ons_code === 'E08000026' && r.year === 2025 && String(r.measure).startsWith('rate_per_10000'))).toMatchObject({ value: 82, suppression: null, period: '2025' });
		expect(rows.some((r) => r.ons_code === 'E92000001')).toBe(true);
	});
	it('suppression codes kept as NULL plus the code', async () => {
		const { rows, summary } = await upload('dfe-suppressed.csv');
		expect(summary.rejected).toBe(0);
		const poole = rows.filter((r) => r.ons_code === 'E06000029' && r.year === 2019 && String(r.measure).startsWith('Anypoint_episodes_rate'));
		expect(poole).toEqual([expect.objectContaining({ value: null, suppression: 'x' })]);
	});
	it('LAIT’s long format', async () => {
		const { inspection, rows, summary } = await upload('lait.csv');
		expect(inspection.plan.format).toBe('lait');
		expect(summary.rejected).toBe(0);
		expect(rows.find((r) => r.ons_code === 'E08000026' && r.year === 2016)).toMatchObject({ measure: 'LAC', value: 77 });
	});
	it('an Ofsted outcomes table and a case-review log, as records with the area matched', async () => {
		const ofsted = await upload('ofsted-outcomes.ods');
		expect(ofsted.inspection.plan.format).toBe('ofsted');
		expect(ofsted.inspection.headerRow).toBe(2);
		expect(ofsted.rows).toEqual([expect.objectContaining({ ons_code: 'E08000026', 'Overall effectiveness': 'Good', source_row: 3 })]);
		const reviews = await upload('case-review-log.csv');
		expect(reviews.inspection.plan.format).toBe('case-reviews');
		expect(reviews.rows.map((r) => [r.ons_code, r.period_end, r.review_type])).toEqual([
			['E08000026', '2024-05-01', 'LCSPR'],
			['E09000003', '2024-09-12', 'Rapid review']
		]);
	});
});

describe('awkward text is read right', () => {
	it('Windows-1252 is transcoded: £ and curly quotes kept, said so', async () => {
		const { rows, transcoded } = await upload('windows-1252.csv');
		expect(transcoded).toBe('Windows-1252');
		expect(rows[0]).toMatchObject({ ons_code: 'E08000026', measure: 'spend_£k (“Children’s homes” – in area)', value: 1200 });
	});
	it.each(['utf8-bom.csv', 'semicolons.csv', 'tabs.tsv', 'crlf.csv', 'lone-cr.csv', 'title-rows.csv'])('%s gives the same table', async (name) => {
		const { rows, summary } = await upload(name);
		expect(summary.rejected).toBe(0);
		expect(rows.map((r) => [r.ons_code, r.period, r.measure, r.value])).toEqual([
			['E08000026', '2023', 'visits', 12],
			['E09000003', '2023', 'visits', 7]
		]);
	});
	it('title rows above the header are skipped, and rows keep the file’s numbering', async () => {
		const { inspection, rows } = await upload('title-rows.csv');
		expect(inspection.headerRow).toBe(4);
		expect(rows.map((r) => r.source_row)).toEqual([5, 6]);
	});
	it('quoted line endings and quotes inside cells', async () => {
		const { rows } = await upload('quoted-newlines.csv');
		expect(rows.map((r) => [r.source_row, r.ons_code, r.value])).toEqual([
			[2, 'E08000026', 12],
			[3, 'E09000003', 7]
		]);
	});
	it('dates in three formats', async () => {
		const { rows } = await upload('dates-three-formats.csv');
		expect(rows.map((r) => r.period_end)).toEqual(['2024-03-31', '2023-03-31', '2022-03-31']);
	});
	it('a delimiter the user picks', async () => {
		const { inspection } = await upload('semicolons.csv', { delimiter: ';' });
		expect(inspection.source).toMatchObject({ dialect: { delimiter: ';', sure: true } });
	});
	it('an .xlsx with two sheets: the one with the data first, or the one chosen; dates as dates', async () => {
		const first = await inspect(sourceOf('two-sheets.xlsx'));
		expect(first.source).toMatchObject({ kind: 'spreadsheet', format: 'xlsx', sheets: ['Notes', 'Data'], sheet: 'Data' });
		expect((await inspect(sourceOf('two-sheets.xlsx'), { sheet: 'Notes' })).header).toEqual(['About this file']);
		const { rows } = await upload('two-sheets.xlsx', { sheet: 'Data' });
		expect(rows.map((r) => [r.ons_code, r.measure, r.value])).toEqual([
			['E08000026', 'visits', 12],
			['E09000003', 'visits', 7]
		]);
	});
	it('an .ods with a merged title above the header', async () => {
		const { inspection, rows } = await upload('merged-title.ods');
		expect(inspection.headerRow).toBe(3);
		expect(rows).toEqual([expect.objectContaining({ source_row: 4, ons_code: 'E08000026', value: 12 })]);
	});
});

describe('bad rows become rejects saying what, where and what to do; good rows load', () => {
	it('ragged rows', async () => {
		const { summary, rows } = await upload('ragged.csv');
		expect(rows).toHaveLength(1);
		expect(summary.rejects).toEqual([
			expect.objectContaining({ row: 3, column: '(row)', problem: 'has 4 cells where the header has 3' }),
			expect.objectContaining({ row: 4, column: '(row)', problem: 'has 2 cells where the header has 3' })
		]);
	});
	it('the same area and period twice, however the area is written', async () => {
		const { summary } = await upload('duplicate-keys.csv');
		expect(summary.rejects).toEqual([expect.objectContaining({ row: 4, column: 'la_name', problem: 'the same row (Coventry, 2023) is given twice: here and in row 2', action: 'remove one of them' })]);
	});
	it('numbers that do not parse', async () => {
		const { summary } = await upload('bad-numbers.csv');
		expect(summary.rejects).toEqual([expect.objectContaining({ row: 4, column: 'visits', value: 'n/a', problem: expect.stringContaining('"n/a" is neither a number nor a suppression code') })]);
	});
	it('periods that do not parse', async () => {
		const { summary } = await upload('bad-periods.csv');
		expect(summary.rejects.map((r) => [r.row, r.column])).toEqual([
			[4, 'year'],
			[5, 'year']
		]);
	});
	it('unknown authorities, listed with suggestions', async () => {
		const { summary, rows } = await upload('unknown-authorities.csv');
		expect(rows).toHaveLength(2);
		expect(summary.unmatched).toEqual([
			{ text: 'Coventy', rows: 1, firstRow: 4, suggestions: ['Coventry'] },
			{ text: 'Atlantis', rows: 1, firstRow: 5, suggestions: [] }
		]);
	});
	it('formulas stay text and are not areas or numbers', async () => {
		const { summary } = await upload('formulas.csv');
		expect(summary.rejects.map((r) => [r.row, r.column, r.value])).toEqual([
			[4, 'la_name', '=HYPERLINK("http://example.com","click")'],
			[5, 'visits', '=1+1']
		]);
	});
	it('HTML in a label is kept as text', async () => {
		const { rows, summary } = await upload('html-labels.csv');
		expect(rows.map((r) => r.measure)).toEqual(['<script>alert(1)</script>']);
		expect(summary.unmatched[0].text).toBe('<img src=x onerror=alert(1)>');
	});
	it('an unclosed quote is named at its row', async () => {
		const { summary } = await upload('unclosed-quote.csv');
		expect(summary.rejects[0]).toMatchObject({ row: 3, column: '(row)' });
	});
});

describe('large and wide files', () => {
	it('10,000 columns', async () => {
		const header = ['la_name', 'year', ...Array.from({ length: 9998 }, (_, i) => `m${i}`)];
		const row = ['Coventry', '2023', ...Array.from({ length: 9998 }, (_, i) => String(i))];
		const bytes = new TextEncoder().encode(`${header.join(',')}\n${row.join(',')}\n`);
		const { rows } = await upload('wide.csv', {}, (i) => i, sourceOf('wide.csv', bytes));
		expect(rows).toHaveLength(9998);
	});
	it('a 1 MB line (a long note in a quoted cell)', async () => {
		const bytes = new TextEncoder().encode(`la_name,year,note,visits\nCoventry,2023,"${'x'.repeat(1 << 20)}",12\nBarnet,2023,short,7\n`);
		const { rows } = await upload('long-line.csv', {}, (i) => i, sourceOf('long-line.csv', bytes));
		expect(rows.map((r) => r.value)).toEqual([12, 7]);
	});
	it('rows that cross the chunks the file is read in (some with a line break in quotes) are read whole', async () => {
		const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + (i % 1000))).toISOString().slice(0, 10);
		const lines = Array.from({ length: 200_000 }, (_, i) => `Coventry,${day(i)},${i},"note ${i}\nwith a line break"`);
		const text = `la_name,date,visits,note\n${lines.join('\n')}\n`;
		const source = sourceOf('big.csv', new TextEncoder().encode(text));
		const inspection = await inspect(source);
		let outputRows = -1;
		const { summary } = await ingest(source, inspection, matcher, { write: (t) => void (outputRows += t.split('\n').length - 1), reset: () => {} });
		expect(source.size).toBeGreaterThan(8 * 1024 * 1024);
		expect(summary.rows).toBe(200_000);
		// Each day appears 200 times: the first is loaded, the rest are duplicates.
		expect(summary.loaded).toBe(1000);
		expect(outputRows).toBe(1000);
	});
	it('a repeated key is found among hundreds of thousands, with the row it first came on', async () => {
		const codes = ['E08000026', 'E09000003', 'E06000061', 'E06000062', 'E08000025', 'E10000031', 'E09000002', 'E08000019'];
		const day = (i: number) => new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10);
		const lines = Array.from({ length: 30_000 }, (_, d) => codes.map((code, c) => `${code},${day(d)},${d * 8 + c}`)).flat();
		// The file's row 2 and a row from the middle (row 120,002) again at the end.
		lines.push(lines[0], lines[120_000]);
		const text = `la_code,date,visits\n${lines.join('\n')}\n`;
		const source = sourceOf('many-keys.csv', new TextEncoder().encode(text));
		const { summary } = await ingest(source, await inspect(source), matcher, { write: () => {}, reset: () => {} });
		expect(summary.loaded).toBe(240_000);
		expect(summary.rejects.map((r) => [r.row, r.problem])).toEqual([
			[240_002, 'the same row (Coventry, 1900-01-01) is given twice: here and in row 2'],
			[240_003, `the same row (Coventry, ${day(15_000)}) is given twice: here and in row 120002`]
		]);
	});
});

describe('the charts read uploads through the views uploaded_series and uploaded_reviews', () => {
	it('by upload, series and areas, suppressed values kept with their code', async () => {
		await loadSampleUpload(engine);
		const rows = await runQuery(engine, uploadedSeries, { upload: 'upload_dfe_children_in_need_example', measure: 'Anypoint_episodes_rate (Children in Need)', codes: ['E08000026', 'E06000029'] });
		// As the DfE release gives them: Coventry 812.4 in 2024; Poole's 2019 rate suppressed (x).
		expect(rows.find((r) => r.ons_code === 'E08000026' && r.year === 2024)).toEqual({ ons_code: 'E08000026', period: '2024', year: 2024, period_end: '2024-03-31', value: 812.4, suppression: null });
		expect(rows.find((r) => r.ons_code === 'E06000029')).toMatchObject({ year: 2019, value: null, suppression: 'x' });
		expect(rows.every((r) => ['E08000026', 'E06000029'].includes(r.ons_code))).toBe(true);
	});
	it('and review logs through uploaded_reviews, as timeline events whose only links are web addresses', async () => {
		const rows = await runQuery(engine, uploadedReviews, { ons_code: 'E09000003' });
		expect(rows).toEqual([{ upload: 'upload_case_review_log', source_row: 3, review_type: 'Rapid review', subject: null, url: null, published_on: '2024-09-12', year: 2024 }]);
		expect(uploadedReviewEvent(rows[0])).toMatchObject({ title: 'Your log: Rapid review', date: '2024-09-12', precision: 'day', url: null });
		expect(uploadedReviewEvent({ ...rows[0], url: 'javascript:alert(1)' }).url).toBeNull();
		expect(uploadedReviewEvent({ ...rows[0], url: ' https://example.org/review ' }).url).toBe('https://example.org/review');
	});
});

describe('a failed load leaves the tables already loaded as they were', () => {
	it('after a table is loaded, a refused file and a load of broken CSV change nothing', async () => {
		const first = await upload('crlf.csv');
		const before = await engine.query(`SELECT * FROM temp.${first.table} ORDER BY source_row`);
		await refusal('duplicate-headers.csv');
		const broken = join(dir, 'broken.csv');
		writeFileSync(broken, 'source_row,ons_code\n1,E08000026,extra,cells\n');
		await expect((async () => {
			for (const sql of loadStatements(first.table, broken, first.columns, 'series')) await engine.query(sql);
		})()).rejects.toThrow();
		expect(await engine.query(`SELECT * FROM temp.${first.table} ORDER BY source_row`)).toEqual(before);
	});
});
