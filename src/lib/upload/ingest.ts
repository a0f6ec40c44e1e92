/**
 * An upload from bytes to checked table rows, the same in the browser's upload worker and in Node's
 * tests: `inspect` reads the start of the file and proposes how to read it; `ingest` reads it all,
 * a chunk at a time, through the row checks, and hands the table's rows on as CSV text.
 */
import { readOds, SpreadsheetError } from '../sheets/ods';
import { readXlsx } from '../sheets/xlsx';
import { countList, datesSpanned, recogniseWorkbook, type ListCounts } from './annex-a';
import { SERIES_COLUMNS } from './check';
import type { AreaMatcher } from './areas';
import { RowChecker, type CheckSummary } from './check';
import { planFor, type Plan } from './plan';
import { RecordReader } from './records';
import { fileKind, headerRowOf, sniffDialect, type Dialect, type TextEncoding } from './sniff';

/** Where the bytes come from: a File in the browser, a file on disk in Node. */
export interface ByteSource {
	name: string;
	size: number;
	read(start: number, end: number): Promise<Uint8Array>;
}

export interface Inspection {
	name: string;
	size: number;
	source: { kind: 'text'; encoding: TextEncoding; dialect: Dialect } | { kind: 'spreadsheet'; format: 'ods' | 'xlsx'; sheets: string[]; sheet: string };
	/** The header's row number in the file (1 = first row); rows above it are titles. */
	headerRow: number;
	header: string[];
	/** The first rows below the header. */
	preview: string[][];
	plan: Plan;
	/** An Annex A workbook: which sheet is which list (no row of it is in the preview). */
	annex?: AnnexInspection;
}

export interface AnnexInspection {
	lists: { number: number; label: string; sheet: string; headerRow: number; rows: number }[];
	missing: { number: number; label: string }[];
	other: string[];
	/** The dates the lists of the period's events span, offered as the period asked for. */
	span: { from: string; to: string } | null;
}

/** The reader's choices the user can change on the page. */
export interface Choices {
	delimiter?: string;
	sheet?: string;
	headerRow?: number;
	encoding?: TextEncoding;
}

export class UploadError extends Error {}

const HEAD_BYTES = 64 * 1024;
const MAX_SAMPLE_BYTES = 32 * 1024 * 1024;
const lineEnds = (text: string) => text.split(/\r\n|\n|\r/).length - 1;
/** Small enough that a chunk's parsed rows die young, which the garbage collector handles cheaply (4 MB chunks checked at 0.7× this speed). */
const CHUNK_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;
/** Spreadsheets are read whole: past this size, a CSV export is the way. */
export const MAX_SPREADSHEET_BYTES = 100 * 1024 * 1024;

const sheetRows = (sheets: Map<string, string[][]>, sheet: string) => sheets.get(sheet) ?? [];

async function readSpreadsheet(source: ByteSource, format: 'ods' | 'xlsx'): Promise<Map<string, string[][]>> {
	if (source.size > MAX_SPREADSHEET_BYTES) throw new UploadError(`is a ${Math.round(source.size / 1e6)} MB spreadsheet; spreadsheets over ${MAX_SPREADSHEET_BYTES / 1e6} MB are not read in the browser: save the sheet as CSV and upload that`);
	const bytes = await source.read(0, source.size);
	try {
		return format === 'ods' ? readOds(bytes, source.name) : readXlsx(bytes, source.name);
	} catch (error) {
		if (error instanceof SpreadsheetError) throw new UploadError(error.message.replace(`${source.name} `, ''));
		throw error;
	}
}

export async function inspect(source: ByteSource, choices: Choices = {}): Promise<Inspection> {
	const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
	const kind = fileKind(head, source.name);
	if (kind.kind === 'refused') throw new UploadError(kind.problem);
	if (kind.kind === 'spreadsheet') {
		const sheets = await readSpreadsheet(source, kind.format);
		const names = [...sheets.keys()].filter((s) => sheetRows(sheets, s).length > 0);
		if (names.length === 0) throw new UploadError('has no sheet with any cells filled');
		const annex = choices.sheet ? null : recogniseWorkbook(sheets);
		if (annex) return annexInspection(source, kind.format, names, sheets, annex);
		// Unless chosen, the sheet with the most cells filled: a workbook's first sheet is often its notes.
		const cells = (name: string) => sheetRows(sheets, name).reduce((n, r) => n + r.filter((c) => c !== '').length, 0);
		const sheet = choices.sheet && names.includes(choices.sheet) ? choices.sheet : names.reduce((best, name) => (cells(name) > cells(best) ? name : best));
		const rows = sheetRows(sheets, sheet);
		return describe(source, { kind: 'spreadsheet', format: kind.format, sheets: names, sheet }, rows.slice(0, 200), choices);
	}
	const encoding = choices.encoding ?? kind.encoding;
	// Enough of the start for the header and some rows: a wide header or a long cell needs more than 64 KB.
	let sample = '';
	for (let size = HEAD_BYTES; ; size *= 8) {
		const bytes = size === HEAD_BYTES ? head : await source.read(0, Math.min(source.size, size));
		sample = new TextDecoder(encoding).decode(bytes, { stream: true });
		if (bytes.length === source.size || lineEnds(sample) > 25 || size >= MAX_SAMPLE_BYTES) break;
	}
	// Only whole lines, unless that is the whole file: the last may be cut.
	const whole = source.size <= MAX_SAMPLE_BYTES && new TextEncoder().encode(sample).length >= source.size - 4;
	const lines = whole ? sample : sample.slice(0, Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r')));
	if (lines.trim() === '') throw new UploadError(`has no line ending in its first ${MAX_SAMPLE_BYTES / 1024 / 1024} MB: is it a table?`);
	const sniffed = sniffDialect(lines);
	const dialect = choices.delimiter ? { ...sniffed, delimiter: choices.delimiter, sure: true } : sniffed;
	const reader = new RecordReader(dialect);
	const rows = [...reader.push(lines).rows, ...reader.push('', true).rows].slice(0, 200);
	return describe(source, { kind: 'text', encoding, dialect }, rows, choices);
}

/**
 * An Annex A workbook as inspected: which sheet is which list and how many rows each has. Its rows are
 * children's details, so none is put in the inspection (which the page shows): only headings' places.
 */
function annexInspection(source: ByteSource, format: 'ods' | 'xlsx', names: string[], sheets: Map<string, string[][]>, annex: NonNullable<ReturnType<typeof recogniseWorkbook>>): Inspection {
	const dataRows = (sheet: string, headerRow: number) => sheetRows(sheets, sheet).slice(headerRow).filter((r) => r.some((c) => c.trim() !== '')).length;
	return {
		name: source.name,
		size: source.size,
		source: { kind: 'spreadsheet', format, sheets: names, sheet: annex.lists[0].sheet },
		headerRow: annex.lists[0].headerRow,
		header: [],
		preview: [],
		plan: { format: 'annex-a', kind: 'series', area: [], period: null, measures: [], breakdowns: [], noValue: [] },
		annex: {
			lists: annex.lists.map((l) => ({ number: l.list.number, label: l.list.label, sheet: l.sheet, headerRow: l.headerRow, rows: dataRows(l.sheet, l.headerRow) })),
			missing: annex.missing.map((l) => ({ number: l.number, label: l.label })),
			other: annex.other,
			span: datesSpanned(annex, sheets)
		}
	};
}

/** An Annex A workbook's counts for the period asked for, list by list (read whole, as spreadsheets are). */
export async function countAnnexA(source: ByteSource, format: 'ods' | 'xlsx', period: { from: string; to: string }): Promise<ListCounts[]> {
	const sheets = await readSpreadsheet(source, format);
	const annex = recogniseWorkbook(sheets);
	if (!annex) throw new UploadError('no longer holds Annex A lists: was the file changed? Choose it again');
	return annex.lists.map((found) => countList(found, sheetRows(sheets, found.sheet), period));
}

const monthEndOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * An Annex A workbook's counts as a series upload's table (its CSV, header first): each list's count
 * by month, by year to 31 March, and open on each 31 March, for `authority`; and each year's counts
 * per 10,000 children where ONS's mid-year estimate for that year is known (`population`, by the
 * year of its 30 June: the year to 31 March 2024 uses mid-2023, as DfE's rates do).
 */
export function annexSeriesCsv(counts: ListCounts[], authority: { code: string; name: string }, population: Map<number, number>): string {
	let csv = csvLine([...SERIES_COLUMNS]);
	let row = 0;
	const add = (period: string, year: number, periodEnd: string, measure: string, value: number) => {
		csv += csvLine([++row, authority.code, authority.name, period, year, periodEnd, measure, Number(value.toPrecision(12)), '']);
	};
	const perTenThousand = (year: number, measure: string, count: number) => {
		const children = population.get(year - 1);
		if (children) add(`${year - 1}-${String(year).slice(2)}`, year, `${year}-03-31`, `${measure}, per 10,000 children`, (count / children) * 10_000);
	};
	for (const list of counts) {
		const name = `Annex A: ${list.label.toLowerCase()}`;
		for (const m of list.monthly) add(m.month, Number(m.month.slice(0, 4)), monthEndOf(m.month), `${name} by month`, m.count);
		for (const y of list.yearly) {
			add(`${y.year - 1}-${String(y.year).slice(2)}`, y.year, `${y.year}-03-31`, `${name}, year to 31 March`, y.count);
			perTenThousand(y.year, `${name}, year to 31 March`, y.count);
		}
		for (const o of list.openOn31March) {
			add(`${o.year}-03-31`, o.year, `${o.year}-03-31`, `${name} open on 31 March`, o.count);
			perTenThousand(o.year, `${name} open on 31 March`, o.count);
		}
	}
	return csv;
}

function describe(source: ByteSource, read: Inspection['source'], rows: string[][], choices: Choices): Inspection {
	const at = choices.headerRow ? Math.min(Math.max(choices.headerRow - 1, 0), rows.length - 1) : headerRowOf(rows);
	const header = (rows[at] ?? []).map((h) => h.trim());
	if (header.filter((h) => h !== '').length === 0) throw new UploadError('has no header row');
	const preview = rows.slice(at + 1, at + 1 + PREVIEW_ROWS);
	if (preview.length === 0) throw new UploadError(`has a header row (row ${at + 1}) but no rows of data below it`);
	// SQL names ignore case: "Year" and "year" would be one column.
	const folded = header.map((h) => h.toLowerCase());
	const duplicate = header.find((h, i) => h !== '' && folded.indexOf(h.toLowerCase()) !== i);
	if (duplicate) throw new UploadError(`has two columns named “${duplicate}” in its header (row ${at + 1}, names compared regardless of case): rename one of them`);
	return { name: source.name, size: source.size, source: read, headerRow: at + 1, header, preview, plan: planFor(header, rows.slice(at + 1, at + 101)) };
}

export interface Progress {
	bytes: number;
	rows: number;
}

/** Where the table's CSV goes: written a batch at a time, and started afresh when the file must be read again. */
export interface UploadOutput {
	write(csv: string): void | Promise<void>;
	reset(): void | Promise<void>;
}

export interface Ingested {
	summary: CheckSummary;
	columns: string[];
	/** How text that was not UTF-8 was read, when it was not. */
	transcoded: string | null;
}

/**
 * Reads the whole file as `inspection` says (its plan possibly changed by the user), checking every
 * row; the table's CSV (header first) goes to `output`. Text that turns out not to be UTF-8 part-way
 * is read again from the start as Windows-1252 (what older programs export), and that is said.
 * Stops when `signal` aborts.
 */
export async function ingest(source: ByteSource, inspection: Inspection, matcher: AreaMatcher, output: UploadOutput, onProgress: (progress: Progress) => void = () => {}, signal?: AbortSignal): Promise<Ingested> {
	try {
		return await ingestOnce(source, inspection, matcher, output.write, onProgress, signal);
	} catch (error) {
		if (!(error instanceof NotUtf8Error) || inspection.source.kind !== 'text') throw error;
		await output.reset();
		const again = await ingestOnce(source, { ...inspection, source: { ...inspection.source, encoding: 'windows-1252' } }, matcher, output.write, onProgress, signal);
		return { ...again, transcoded: `Windows-1252 (the file is not UTF-8 from about row ${error.nearRow})` };
	}
}

async function ingestOnce(
	source: ByteSource,
	inspection: Inspection,
	matcher: AreaMatcher,
	write: (csv: string) => void | Promise<void>,
	onProgress: (progress: Progress) => void,
	signal?: AbortSignal
): Promise<Ingested> {
	let batch = '';
	const checker = new RowChecker(inspection.plan, inspection.header, matcher, (row) => (batch += csvLine(row)), inspection.source.kind === 'spreadsheet');
	const flush = async () => {
		if (batch) await write(batch);
		batch = '';
	};
	await write(csvLine(checker.columns));
	let rowNumber = 0;
	const take = (rows: string[][], problems: { index: number; message: string }[] = []) => {
		for (const [i, cells] of rows.entries()) {
			rowNumber++;
			if (rowNumber <= inspection.headerRow) continue;
			checker.check(cells, rowNumber, problems.find((p) => p.index === i)?.message);
		}
	};

	if (inspection.source.kind === 'spreadsheet') {
		const rows = sheetRows(await readSpreadsheet(source, inspection.source.format), inspection.source.sheet);
		for (let at = 0; at < rows.length; at += 10_000) {
			if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
			take(rows.slice(at, at + 10_000));
			await flush();
			onProgress({ bytes: Math.round((source.size * Math.min(rows.length, at + 10_000)) / rows.length), rows: rowNumber });
		}
		return { summary: checker.summary(), columns: checker.columns, transcoded: null };
	}

	const { encoding, dialect } = inspection.source;
	const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	const reader = new RecordReader(dialect);
	for (let at = 0; at < source.size; at += CHUNK_BYTES) {
		if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
		const bytes = await source.read(at, Math.min(source.size, at + CHUNK_BYTES));
		let text: string;
		try {
			text = decoder.decode(bytes, { stream: true });
		} catch {
			throw new NotUtf8Error(rowNumber + 1);
		}
		const parsed = reader.push(text);
		take(parsed.rows, parsed.problems);
		await flush();
		onProgress({ bytes: at + bytes.length, rows: rowNumber });
	}
	const last = reader.push(decoder.decode(), true);
	take(last.rows, last.problems);
	await flush();
	return { summary: checker.summary(), columns: checker.columns, transcoded: encoding === 'utf-8' ? null : encoding === 'windows-1252' ? 'Windows-1252' : encoding.toUpperCase() };
}

/** Cells that must be quoted for DuckDB's reader: a quote, comma or line ending inside, or spaces at an end. */
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

/** One line of the table's CSV, which only DuckDB reads (so no spreadsheet safety is needed). */
function csvLine(cells: (string | number)[]): string {
	let line = '';
	for (let i = 0; i < cells.length; i++) {
		const cell = cells[i];
		const text = typeof cell === 'number' ? String(cell) : NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
		line += i === 0 ? text : `,${text}`;
	}
	return line + '\n';
}

/** Text that stops being UTF-8 part-way (an export from an older program): read again as Windows-1252. */
export class NotUtf8Error extends UploadError {
	constructor(readonly nearRow: number) {
		super(`is not UTF-8 from about row ${nearRow}`);
	}
}
