/**
 * CSV for people to open in spreadsheets: a UTF-8 byte-order mark (so Excel reads "’" and "–"
 * correctly) and cells that a spreadsheet would run as a formula (starting = + - @, tab or carriage
 * return) prefixed with an apostrophe, which spreadsheets show as text.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: string): string {
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** `rows` (the first is the header) as spreadsheet-safe CSV text. */
export function spreadsheetCsv(rows: string[][]): string {
	return '\uFEFF' + Papa.unparse(rows.map((row) => row.map(neutraliseCell)), { newline: '\r\n' }) + '\r\n';
}
