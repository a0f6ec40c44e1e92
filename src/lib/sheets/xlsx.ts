/**
 * Excel workbooks (`.xlsx`) read as the `.ods` reader reads spreadsheets, into rows of strings per
 * sheet: the zip by fflate, the XML by saxes. Shared and inline strings become their text, numbers
 * their written value, a date-formatted number its ISO date (`2024-03-31`, with `T…` when it has a
 * time), booleans TRUE/FALSE, a formula its cached value. Empty cells and rows at the end of a row or
 * sheet are dropped; gaps between cells are kept as empty strings.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { SpreadsheetError } from './ods';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Parses `xml`, calling `open` and `close` for each element and `text` for text inside. */
function walk(xml: Uint8Array, file: string, handlers: { open?: (tag: SaxesTagPlain) => void; close?: (name: string) => void; text?: (text: string) => void }) {
	const parser = new SaxesParser();
	let failure: Error | undefined;
	parser.on('error', (error) => (failure ??= error));
	if (handlers.open) parser.on('opentag', handlers.open as (tag: unknown) => void);
	if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
	if (handlers.text) parser.on('text', handlers.text);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let at = 0; at < xml.length && !failure; at += 1 << 20) parser.write(decoder.decode(xml.subarray(at, at + (1 << 20)), { stream: true }));
		parser.write(decoder.decode()).close();
	} catch (error) {
		failure ??= error as Error;
	}
	if (failure) throw new SpreadsheetError(`${file} could not be read as a spreadsheet: ${failure.message.split('\n')[0]}`);
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateFormat = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** A serial day number as an ISO date (time kept when not midnight). */
function serialDate(serial: number, base1904: boolean): string {
	const ms = Math.round((serial + (base1904 ? 1462 : 0)) * 86_400_000) + Date.UTC(1899, 11, 30);
	const iso = new Date(ms).toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** "B12" → column index 1. */
function columnOf(reference: string): number {
	let column = 0;
	for (const c of reference.toUpperCase()) {
		const code = c.charCodeAt(0);
		if (code < 65 || code > 90) break;
		column = column * 26 + code - 64;
	}
	return column - 1;
}

export function readXlsx(bytes: Uint8Array, file = 'the file'): Map<string, string[][]> {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes);
	} catch {
		throw new SpreadsheetError(`${file} is not an Excel workbook (it is not a zip archive).`);
	}
	const workbook = entries['xl/workbook.xml'];
	if (!workbook) throw new SpreadsheetError(`${file} is not an Excel workbook (it has no xl/workbook.xml).`);

	const sheets: { name: string; id: string }[] = [];
	let base1904 = false;
	walk(workbook, file, {
		open: (tag) => {
			if (tag.name === 'sheet') sheets.push({ name: tag.attributes.name, id: tag.attributes['r:id'] });
			if (tag.name === 'workbookPr') base1904 = ['1', 'true'].includes(tag.attributes.date1904);
		}
	});
	const targets = new Map<string, string>();
	if (entries['xl/_rels/workbook.xml.rels']) {
		walk(entries['xl/_rels/workbook.xml.rels'], file, {
			open: (tag) => tag.name === 'Relationship' && targets.set(tag.attributes.Id, tag.attributes.Target.replace(/^\/?(xl\/)?/, 'xl/'))
		});
	}

	const shared: string[] = [];
	if (entries['xl/sharedStrings.xml']) {
		let current: string | null = null;
		let inText = false;
		let inPhonetic = false;
		walk(entries['xl/sharedStrings.xml'], file, {
			open: (tag) => {
				if (tag.name === 'si') current = '';
				else if (tag.name === 't') inText = true;
				else if (tag.name === 'rPh') inPhonetic = true;
			},
			close: (name) => {
				if (name === 'si') shared.push(current ?? '');
				else if (name === 't') inText = false;
				else if (name === 'rPh') inPhonetic = false;
			},
			text: (text) => {
				if (inText && !inPhonetic && current !== null) current += text;
			}
		});
	}

	const dateStyles = new Set<number>();
	if (entries['xl/styles.xml']) {
		const custom = new Map<number, string>();
		const styleFormats: number[] = [];
		let inCellXfs = false;
		walk(entries['xl/styles.xml'], file, {
			open: (tag) => {
				if (tag.name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
				else if (tag.name === 'cellXfs') inCellXfs = true;
				else if (tag.name === 'xf' && inCellXfs) styleFormats.push(Number(tag.attributes.numFmtId ?? 0));
			},
			close: (name) => name === 'cellXfs' && (inCellXfs = false)
		});
		styleFormats.forEach((format, style) => {
			if (DATE_FORMATS.has(format) || (custom.has(format) && isDateFormat(custom.get(format)!))) dateStyles.add(style);
		});
	}

	const result = new Map<string, string[][]>();
	for (const { name, id } of sheets) {
		const xml = entries[targets.get(id) ?? ''];
		if (!xml) throw new SpreadsheetError(`${file}: the sheet “${name}” is missing from the workbook.`);
		const rows: string[][] = [];
		let row: string[] = [];
		let rowIndex = -1;
		let cell: { column: number; type: string; style: number; value: string; inline: string } | null = null;
		let inValue = false;
		let inInline = false;
		walk(xml, file, {
			open: (tag) => {
				const a = tag.attributes;
				if (tag.name === 'row') {
					rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
					if (!(rowIndex >= 0 && rowIndex < MAX_ROWS)) throw new SpreadsheetError(`${file}: a row numbered ${a.r}`);
					row = [];
				} else if (tag.name === 'c') {
					const column = a.r ? columnOf(a.r) : row.length;
					if (!(column >= 0 && column < MAX_COLUMNS)) throw new SpreadsheetError(`${file}: a cell at ${a.r}`);
					cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '' };
				} else if (tag.name === 'v') inValue = true;
				else if (tag.name === 'is') inInline = true;
			},
			close: (name) => {
				if (name === 'v') inValue = false;
				else if (name === 'is') inInline = false;
				else if (name === 'c' && cell) {
					let value = cell.value;
					if (cell.type === 's') value = shared[Number(cell.value)] ?? '';
					else if (cell.type === 'inlineStr') value = cell.inline;
					else if (cell.type === 'b') value = cell.value === '1' ? 'TRUE' : 'FALSE';
					else if (cell.type === 'n' && value !== '' && dateStyles.has(cell.style)) value = serialDate(Number(value), base1904);
					if (value !== '') {
						while (row.length < cell.column) row.push('');
						row[cell.column] = value;
					}
					cell = null;
				} else if (name === 'row') {
					if (row.length > 0) {
						while (rows.length < rowIndex) rows.push([]);
						rows[rowIndex] = row;
					}
				}
			},
			text: (text) => {
				if (!cell) return;
				if (inValue) cell.value += text;
				else if (inInline) cell.inline += text;
			}
		});
		result.set(name, rows);
	}
	return result;
}
