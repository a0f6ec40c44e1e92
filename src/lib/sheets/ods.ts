/**
 * OpenDocument spreadsheets (`.ods`, as Ofsted publishes them) read as they are published: the zip
 * by fflate, its `content.xml` by saxes, a streaming XML parser, so a 40 MB sheet never becomes one
 * string. The same code runs in Node (the import) and in the browser (uploads).
 *
 * Each cell is a string: text as written (`text:s` spaces, line breaks and tabs kept), a date as its
 * ISO `office:date-value` (`2019-02-18T00:00:00`), a number as its `office:value`, a link (a
 * HYPERLINK formula such as Ofsted's "Ofsted Local Authority Webpage", or a text link) as its
 * address. Repeated rows and
 * cells are expanded; empty cells and rows at the end of a row or a sheet are dropped (spreadsheets
 * repeat them to the edge of the grid).
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export class SpreadsheetError extends Error {}

/** A sheet's grid, as LibreOffice and Excel bound it: a file claiming more is refused, not expanded. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A cell's value, by its value type; a shown HYPERLINK formula's value is its address. */
function valueOf(attributes: Record<string, string>, text: string): string {
	const hyperlink = /HYPERLINK\("([^"]*)"/i.exec(attributes['table:formula'] ?? '');
	if (hyperlink && text !== '') return hyperlink[1];
	switch (attributes['office:value-type']) {
		case 'date':
			return attributes['office:date-value'] ?? text;
		case 'time':
			return attributes['office:time-value'] ?? text;
		case 'boolean':
			return attributes['office:boolean-value'] ?? text;
		case 'float':
		case 'percentage':
		case 'currency':
			return attributes['office:value'] ?? text;
		default:
			return attributes['office:string-value'] ?? text;
	}
}

/** Every sheet of an `.ods` file, by name, as rows of strings. */
export function readOds(bytes: Uint8Array, file = 'the file'): Map<string, string[][]> {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, { filter: (entry) => entry.name === 'content.xml' });
	} catch {
		throw new SpreadsheetError(`${file} is not an OpenDocument spreadsheet (it is not a zip archive).`);
	}
	const content = entries['content.xml'];
	if (!content) throw new SpreadsheetError(`${file} is not an OpenDocument spreadsheet (it has no content.xml).`);

	const sheets = new Map<string, string[][]>();
	let rows: string[][] = [];
	let row: string[] = [];
	let pendingRows: { repeat: number }[] = [];
	let rowRepeat = 1;
	let emptyCells = 0;
	let cell: { attributes: Record<string, string>; repeat: number; paragraphs: string[]; link?: string } | null = null;
	let inParagraph = false;
	let inAnnotation = 0; // a comment on a cell is not its value
	const append = (text: string) => {
		if (cell && inParagraph && !inAnnotation) cell.paragraphs[cell.paragraphs.length - 1] += text;
	};

	const parser = new SaxesParser();
	parser.on('opentag', (tag: SaxesTagPlain) => {
		const a = tag.attributes as Record<string, string>;
		switch (tag.name) {
			case 'table:table':
				rows = [];
				pendingRows = [];
				sheets.set(a['table:name'], rows);
				break;
			case 'table:table-row':
				row = [];
				emptyCells = 0;
				rowRepeat = Number(a['table:number-rows-repeated'] ?? 1);
				if (!(rowRepeat >= 1 && rowRepeat <= MAX_ROWS)) throw new SpreadsheetError(`a row repeated ${a['table:number-rows-repeated']} times`);
				break;
			case 'table:table-cell':
			case 'table:covered-table-cell':
				cell = { attributes: a, repeat: Number(a['table:number-columns-repeated'] ?? 1), paragraphs: [] };
				if (!(cell.repeat >= 1 && cell.repeat <= MAX_COLUMNS)) throw new SpreadsheetError(`a cell repeated ${a['table:number-columns-repeated']} times`);
				break;
			case 'office:annotation':
				inAnnotation++;
				break;
			case 'text:a':
				if (cell && !inAnnotation) cell.link ??= a['xlink:href'];
				break;
			case 'text:p':
				if (cell && !inAnnotation) {
					cell.paragraphs.push('');
					inParagraph = true;
				}
				break;
			case 'text:s':
				append(' '.repeat(Number(a['text:c'] ?? 1)));
				break;
			case 'text:tab':
				append('\t');
				break;
			case 'text:line-break':
				append('\n');
				break;
		}
	});
	parser.on('text', append);
	parser.on('closetag', (tag) => {
		switch (tag.name) {
			case 'table:table-cell':
			case 'table:covered-table-cell': {
				const value = cell!.link ?? valueOf(cell!.attributes, cell!.paragraphs.join('\n'));
				if (value === '') emptyCells += cell!.repeat;
				else {
					// Empty cells before a value are part of the row; those at its end are not.
					for (; emptyCells > 0; emptyCells--) row.push('');
					for (let i = 0; i < cell!.repeat; i++) row.push(value);
				}
				cell = null;
				break;
			}
			case 'table:table-row':
				if (row.length === 0) pendingRows.push({ repeat: rowRepeat });
				else {
					// Likewise empty rows: kept between rows with values, dropped at the end of a sheet.
					for (const empty of pendingRows) for (let i = 0; i < empty.repeat; i++) rows.push([]);
					pendingRows = [];
					for (let i = 0; i < rowRepeat; i++) rows.push(i === 0 ? row : [...row]);
					if (rows.length > MAX_ROWS) throw new SpreadsheetError(`more than ${MAX_ROWS} rows in sheet “${[...sheets.keys()].at(-1)}”`);
				}
				break;
			case 'office:annotation':
				inAnnotation--;
				break;
			case 'text:p':
				inParagraph = false;
				break;
		}
	});
	let failure: Error | undefined;
	parser.on('error', (error) => (failure ??= error));

	// Decoded a megabyte at a time: the XML is never one string.
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const CHUNK = 1 << 20;
	try {
		for (let at = 0; at < content.length && !failure; at += CHUNK) parser.write(decoder.decode(content.subarray(at, at + CHUNK), { stream: true }));
		parser.write(decoder.decode()).close();
	} catch (error) {
		failure ??= error as Error;
	}
	if (failure) throw new SpreadsheetError(`${file} could not be read as a spreadsheet: ${failure.message.split('\n')[0]}`);
	return sheets;
}

/**
 * One table of a sheet: its header row (the `nth` row starting with `firstColumn`, below any title
 * rows) and the rows below it up to the table's end, each as wide as the header. A missing sheet
 * or header says what was expected and what was found.
 */
export function sheetTable(sheets: Map<string, string[][]>, sheet: string, firstColumn: string, file = 'the file', nth = 1): { header: string[]; rows: string[][]; headerRow: number } {
	const rows = sheets.get(sheet);
	if (!rows) throw new SpreadsheetError(`${file} has no sheet “${sheet}”; its sheets are ${[...sheets.keys()].map((s) => `“${s}”`).join(', ')}.`);
	const headers = rows.flatMap((r, i) => (r[0]?.trim() === firstColumn ? [i] : []));
	const at = headers[nth - 1];
	if (at === undefined) {
		throw new SpreadsheetError(`${file}, sheet “${sheet}”: no ${nth > 1 ? `table ${nth} ` : ''}header row starting “${firstColumn}” (the first cells of its first rows are ${rows.slice(0, 5).map((r) => `“${r[0] ?? ''}”`).join(', ')}).`);
	}
	const header = rows[at];
	// A table ends at an empty row, or at the title of the next table (a row with one cell filled).
	const end = rows.findIndex((r, i) => i > at && r.filter((c) => c !== '').length <= Math.min(1, header.length - 1));
	// Rows as wide as the header: cells left empty at a row's end are still its cells.
	const body = rows.slice(at + 1, end < 0 ? undefined : end).map((r) => (r.length < header.length ? [...r, ...Array<string>(header.length - r.length).fill('')] : r));
	return { header, rows: body, headerRow: at + 1 };
}
