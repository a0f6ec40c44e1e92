/**
 * What an uploaded file is, from its first bytes and its first lines: a spreadsheet, text in which
 * encoding, with which delimiter and line ending, and where its header row is (official files put
 * title rows above it). Nothing here reads a whole file.
 */
import Papa from 'papaparse';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type FileKind = { kind: 'text'; encoding: TextEncoding; bom: boolean } | { kind: 'spreadsheet'; format: 'ods' | 'xlsx' } | { kind: 'refused'; problem: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The kind of file `head` (its first bytes, 64 KB say) begins, and for text its encoding. */
export function fileKind(head: Uint8Array, name: string): FileKind {
	if (head.length === 0) return { kind: 'refused', problem: 'is empty' };
	if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
		if (/\.ods$/i.test(name)) return { kind: 'spreadsheet', format: 'ods' };
		if (/\.xlsx$/i.test(name)) return { kind: 'spreadsheet', format: 'xlsx' };
		const text = new TextDecoder('latin1').decode(head);
		if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'spreadsheet', format: 'ods' };
		if (text.includes('xl/')) return { kind: 'spreadsheet', format: 'xlsx' };
		return { kind: 'refused', problem: 'is a zip archive, not a spreadsheet: unzip it and upload the CSV or spreadsheet inside' };
	}
	if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'refused', problem: 'is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and upload that' };
	if (startsWith(head, 0x89, 0x50, 0x4e, 0x47)) return { kind: 'refused', problem: 'is a PNG image, not a table' };
	if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) return { kind: 'refused', problem: 'is a PDF, not a table: export the table as CSV' };
	if (startsWith(head, 0xff, 0xd8, 0xff) || startsWith(head, 0x47, 0x49, 0x46, 0x38)) return { kind: 'refused', problem: 'is an image, not a table' };
	if (startsWith(head, 0xef, 0xbb, 0xbf)) return { kind: 'text', encoding: 'utf-8', bom: true };
	if (startsWith(head, 0xff, 0xfe)) return { kind: 'text', encoding: 'utf-16le', bom: true };
	if (startsWith(head, 0xfe, 0xff)) return { kind: 'text', encoding: 'utf-16be', bom: true };
	// Text has no NUL bytes; other binary formats do.
	if (head.includes(0)) return { kind: 'refused', problem: 'is not text (it holds binary data): upload a CSV, TSV, .xlsx or .ods file' };
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // a character cut at the end of `head` is not an error
		return { kind: 'text', encoding: 'utf-8', bom: false };
	} catch {
		return { kind: 'text', encoding: 'windows-1252', bom: false };
	}
}

export interface Dialect {
	delimiter: string;
	newline: '\r\n' | '\n' | '\r';
	/** False when another delimiter fits the first lines as well: the page then asks. */
	sure: boolean;
}

export const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

/** The line ending first used outside quotes. */
function newlineOf(sample: string): Dialect['newline'] {
	let quoted = false;
	for (let i = 0; i < sample.length; i++) {
		const c = sample[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === '\r') return sample[i + 1] === '\n' ? '\r\n' : '\r';
		else if (!quoted && c === '\n') return '\n';
	}
	return '\n';
}

/** The delimiter and line ending of a text sample (its first lines). */
export function sniffDialect(sample: string): Dialect {
	const newline = newlineOf(sample);
	const scores = Object.keys(DELIMITERS).map((delimiter) => {
		const rows = Papa.parse<string[]>(sample, { delimiter, newline, preview: 60 }).data.filter((r) => r.some((c) => c.trim() !== ''));
		const widths = rows.map((r) => r.length);
		const modal = mode(widths);
		const consistent = widths.filter((w) => w === modal).length / Math.max(1, widths.length);
		return { delimiter, score: modal > 1 ? consistent * Math.min(modal, 10) : 0 };
	});
	scores.sort((a, b) => b.score - a.score);
	const [best, next] = scores;
	if (best.score === 0) return { delimiter: ',', newline, sure: false };
	return { delimiter: best.delimiter, newline, sure: next.score < best.score * 0.8 };
}

function mode(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

const filled = (row: string[]) => row.filter((c) => c.trim() !== '').length;
const numeric = (cell: string) => /^[-+]?[\d,.]+%?$/.test(cell.trim());

/**
 * The index of the header row among the first rows: the first row as wide as the table, mostly words,
 * with a row below it. Title and note rows above it are narrower.
 */
export function headerRowOf(rows: string[][]): number {
	const width = mode(rows.map(filled).filter((w) => w > 1));
	const at = rows.findIndex((row, i) => {
		const cells = row.filter((c) => c.trim() !== '');
		return cells.length >= Math.max(2, Math.ceil(width * 0.6)) && cells.filter(numeric).length <= cells.length / 4 && i < rows.length - 1;
	});
	return at < 0 ? 0 : at;
}
