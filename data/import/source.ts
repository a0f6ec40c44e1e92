/** Reading official files (CSV, and spreadsheets as published), with errors that say which file, sheet, row and column is wrong. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { normaliseGrade, type Grade } from '../../src/lib/data/schema';
import { readOds, sheetTable, SpreadsheetError } from '../../src/lib/sheets/ods';

/** A table in a spreadsheet: its file, sheet, the first cell of its header row, and which table of the sheet. */
export interface SheetSource {
	file: string;
	sheet: string;
	header: string;
	table?: number;
	/** The day the release was published: a later date in it is an error. */
	released?: string;
}
/** A CSV file's path, or a table in a spreadsheet. */
export type Source = string | SheetSource;

/** How a source is named in the tables and messages: `file.csv`, or `file.ods#Sheet`. */
export const sourceName = (source: Source) => (typeof source === 'string' ? basename(source) : `${basename(source.file)}#${source.sheet}`);

/**
 * A problem in a source file. `row` counts records as a spreadsheet would (the header is row 1);
 * 0 when the problem is with the file as a whole.
 */
export class SourceError extends Error {
	constructor(
		readonly file: string,
		readonly row: number,
		readonly column: string,
		readonly problem: string
	) {
		const [workbook, sheet] = file.split('#');
		super(`${workbook}${sheet ? `, sheet “${sheet}”` : ''}${row > 0 ? `, row ${row}` : ''}, column "${column.replace(/\s+/g, ' ')}": ${problem}`);
	}
}

/** One record of a source file, read by header name. */
export class SourceRow {
	constructor(
		readonly file: string,
		readonly row: number,
		private readonly values: Record<string, string>,
		/** The day the file was published, when known: no date in it can be later. */
		private readonly released?: string
	) {}

	/** The cell under `column`, trimmed ('' when empty). The column must exist in the header. */
	text(column: string): string {
		const value = this.values[column];
		if (value === undefined) {
			const found = Object.keys(this.values).filter((c) => c !== '').map((c) => `“${c}”`).join(', ');
			throw this.error(column, `the header row has no column “${column}” (its columns are ${found}); the layout has changed: map the new column in data/import/`);
		}
		return value.trim();
	}

	/** A date cell (`2022-06-20` or `2022-06-20T00:00:00`) as `YYYY-MM-DD`, or null when empty. */
	date(column: string): string | null {
		const text = this.text(column);
		if (text === '') return null;
		const match = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00)?$/.exec(text);
		const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
		const parsed = new Date(`${iso}T00:00:00Z`);
		if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
			throw this.error(column, `"${text}" is not a real date (expected YYYY-MM-DD)`);
		}
		if (iso < '2000-01-01' || iso > '2100-01-01') {
			throw this.error(column, `${iso} is outside the years these releases can cover`);
		}
		if (this.released && iso > this.released) {
			throw this.error(column, `${iso} is after the release itself was published (${this.released})`);
		}
		return iso;
	}

	/** A grade cell on our scale, or null when empty. */
	grade(column: string): Grade | null {
		const text = this.text(column);
		const grade = normaliseGrade(text);
		if (grade === null) {
			throw this.error(
				column,
				`unknown grade "${text}" (expected Outstanding, Good, Requires improvement to be good or Inadequate)`
			);
		}
		return grade ?? null;
	}

	error(column: string, problem: string): SourceError {
		return new SourceError(this.file, this.row, column, problem);
	}
}

/** Every source read in this run, with its rows (for the import's report). */
const read = new Map<string, number>();
export const sourcesRead = () => [...read].map(([name, rows]) => ({ name: name.replace('#', ', sheet '), rows }));

/** Reads a JSON source in `dir`; the report counts the entries `count` finds in it. */
export function readJson<T>(dir: string, file: string, count: (value: T) => number): T {
	const path = join(dir, file);
	if (!existsSync(path)) throw new SourceError(file, 0, '(file)', `not found in ${dir}; pass the folder of official files with --from DIR`);
	let value: T;
	try {
		value = JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (error) {
		throw new SourceError(file, 0, '(file)', `is not JSON (${(error as Error).message})`);
	}
	read.set(file, count(value));
	return value;
}

/** Reads a source in `dir`: a CSV (UTF-8, optional BOM) or a spreadsheet's table, as records keyed by the header row. */
export function readSource(dir: string, source: Source): SourceRow[] {
	const file = typeof source === 'string' ? source : source.file;
	const path = join(dir, file);
	if (!existsSync(path)) {
		throw new SourceError(file, 0, '(file)', `not found in ${dir}; pass the folder of official files with --from DIR`);
	}
	const rows = typeof source === 'string' ? readCsv(path, file) : readSheet(path, source);
	read.set(typeof source === 'string' ? file : `${file}#${source.sheet}${source.table && source.table > 1 ? ` (table ${source.table})` : ''}`, rows.length);
	return rows;
}

function readCsv(path: string, file: string): SourceRow[] {
	const bytes = readFileSync(path);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		throw new SourceError(file, firstInvalidLine(bytes), '(file)', 'is not UTF-8 text (a Windows-1252 export, say); save it as UTF-8 (“CSV UTF-8” in Excel) and import again');
	}
	if (text.trim() === '') throw new SourceError(file, 0, '(file)', 'is empty');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
	const broken = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
	if (broken) throw new SourceError(file, (broken.row ?? 0) + 2, '(row)', broken.message);
	if (parsed.data.length === 0) throw new SourceError(file, 0, '(file)', 'has a header row but no rows of data');
	return parsed.data.map((values, index) => new SourceRow(file, index + 2, values));
}

/** Spreadsheets already read in this run, by path, size and time: one release has several tables. */
const workbooks = new Map<string, Map<string, string[][]>>();

/** Spaces as a reader of the sheet sees them: ODF encodes runs and edges of spaces, which the columns' names ignore. */
const spaced = (cell: string) => cell.replace(/ +/g, ' ').trim();

function readSheet(path: string, source: SheetSource): SourceRow[] {
	const name = sourceName(source);
	const { size, mtimeMs } = statSync(path);
	const key = `${path}:${size}:${mtimeMs}`;
	try {
		if (!workbooks.has(key)) workbooks.set(key, readOds(new Uint8Array(readFileSync(path)), basename(path)));
		const table = sheetTable(workbooks.get(key)!, source.sheet, source.header, basename(path), source.table);
		const header = table.header.map(spaced);
		return table.rows.map((cells, i) => new SourceRow(name, table.headerRow + 1 + i, Object.fromEntries(header.map((column, c) => [column, spaced(cells[c] ?? '')])), source.released));
	} catch (error) {
		if (error instanceof SpreadsheetError) throw new SourceError(name, 0, '(sheet)', error.message);
		throw error;
	}
}

/** The line where a file stops being UTF-8 (where a lenient decoder puts its first replacement character). */
function firstInvalidLine(bytes: Uint8Array): number {
	const text = new TextDecoder('utf-8').decode(bytes);
	return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}
