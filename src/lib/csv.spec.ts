import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, spreadsheetCsv } from './csv';

describe('spreadsheet-safe CSV', () => {
	it('prefixes cells a spreadsheet would run as formulas, and nothing else', () => {
		expect(['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx'].map(neutraliseCell)).toEqual(["'=1+1", "'+44", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]);
		expect(['Good', '2022-08-12', '82', 'a = b', ''].map(neutraliseCell)).toEqual(['Good', '2022-08-12', '82', 'a = b', '']);
	});

	it('starts with a byte-order mark and round-trips quoted text', () => {
		const text = spreadsheetCsv([
			['name', 'quote'],
			['Coventry', 'agencies “took too long”, then =HYPERLINK("x")']
		]);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(parsed[1]).toEqual(['Coventry', 'agencies “took too long”, then =HYPERLINK("x")']);
	});
});
