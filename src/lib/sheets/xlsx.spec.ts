import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/xlsx';
import { SpreadsheetError } from './ods';
import { readXlsx } from './xlsx';

describe('reading .xlsx workbooks', () => {
	it('gives each sheet’s rows: text, numbers, dates as ISO, gaps kept', () => {
		const sheets = readXlsx(
			writeXlsx([
				['Notes', [['Children looked after, rate per 10,000'], ['Source: DfE']]],
				['Data', [['la_name', 'year', 'rate', 'as_at'], ['Coventry', '2024', '82.5', '2024-03-31'], ['Barnet & <Co>', '', '35', '']]]
			])
		);
		expect([...sheets.keys()]).toEqual(['Notes', 'Data']);
		expect(sheets.get('Data')).toEqual([
			['la_name', 'year', 'rate', 'as_at'],
			['Coventry', '2024', '82.5', '2024-03-31'],
			['Barnet & <Co>', '', '35']
		]);
	});
	it('refuses what is not a workbook, saying so', () => {
		expect(() => readXlsx(strToU8('not a zip'), 'x.xlsx')).toThrow(SpreadsheetError);
		expect(() => readXlsx(zipSync({ 'a.txt': strToU8('hello') }), 'x.xlsx')).toThrow('x.xlsx is not an Excel workbook (it has no xl/workbook.xml).');
	});
	it('refuses a cell placed past the grid Excel allows', () => {
		const bytes = writeXlsx([['S', [['a']]]]);
		const entries = unzipSync(bytes);
		entries['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData></worksheet>');
		expect(() => readXlsx(zipSync(entries), 'big.xlsx')).toThrow(/a cell at ZZZZ1/);
	});
});
