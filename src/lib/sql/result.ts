/**
 * A console result (an Arrow table) for people: its columns with DuckDB's type names, a page of its
 * rows as plain values, each cell as text, the whole as spreadsheet-safe CSV or as Arrow IPC, and
 * the quick charts its column types allow.
 */
import { DataType, tableToIPC, type Table } from 'apache-arrow';
import { spreadsheetCsv } from '../csv';
import type { Row } from '../data/engine';
import { rowsFromArrow } from '../engine/arrow';

export type ColumnKind = 'number' | 'date' | 'text' | 'boolean' | 'other';

export interface ResultColumn {
	name: string;
	type: string;
	kind: ColumnKind;
	numeric: boolean;
}

function describeType(type: DataType): { type: string; kind: ColumnKind } {
	if (DataType.isInt(type)) return { type: type.bitWidth === 64 ? 'BIGINT' : type.bitWidth === 16 ? 'SMALLINT' : type.bitWidth === 8 ? 'TINYINT' : 'INTEGER', kind: 'number' };
	if (DataType.isFloat(type)) return { type: 'DOUBLE', kind: 'number' };
	if (DataType.isDecimal(type)) return { type: 'DECIMAL', kind: 'number' };
	if (DataType.isDate(type)) return { type: 'DATE', kind: 'date' };
	if (DataType.isTimestamp(type)) return { type: 'TIMESTAMP', kind: 'date' };
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return { type: 'VARCHAR', kind: 'text' };
	if (DataType.isBool(type)) return { type: 'BOOLEAN', kind: 'boolean' };
	if (DataType.isList(type)) return { type: 'LIST', kind: 'other' };
	if (DataType.isStruct(type)) return { type: 'STRUCT', kind: 'other' };
	return { type: String(type).toUpperCase(), kind: 'other' };
}

/** The result's columns; `types` are DuckDB's own names of their types, where known. */
export function columnsOf(table: Table, types: string[] | null = null): ResultColumn[] {
	return table.schema.fields.map((field, i) => {
		const { type, kind } = describeType(field.type);
		return { name: field.name, type: types?.[i] ?? type, kind, numeric: kind === 'number' };
	});
}

/** Rows `start` to `start + size` as plain values (dates as `YYYY-MM-DD`, big integers as numbers). */
export const pageRows = (table: Table, start: number, size: number): Row[] => rowsFromArrow(table.slice(start, start + size));

/** A cell as text; null stays null (shown as NULL). */
export function displayCell(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

/** The whole result as CSV for spreadsheets (byte-order mark, formulas neutralised): the site's one writer. */
export function resultCsv(table: Table): string {
	const names = table.schema.fields.map((f) => f.name);
	return spreadsheetCsv([names, ...rowsFromArrow(table).map((row) => names.map((n) => displayCell(row[n]) ?? ''))]);
}

/** The result as an Arrow IPC file, for pandas, R or DuckDB itself. */
export const resultArrow = (table: Table): Uint8Array => tableToIPC(table, 'file');

export type ChartKind = 'bar' | 'line' | 'scatter';

export interface ChartChoice {
	kind: ChartKind;
	x: string;
	y: string;
	/** A text column that splits a line chart into one line per value. */
	series: string | null;
}

/**
 * The quick charts a result allows, the most fitting first: a line over a date (or a year-like
 * number) column, bars of a number by a text column, or a scatter of two number columns.
 */
export function chartChoices(columns: ResultColumn[]): ChartChoice[] {
	const numbers = columns.filter((c) => c.kind === 'number');
	const dates = columns.filter((c) => c.kind === 'date');
	const texts = columns.filter((c) => c.kind === 'text');
	const choices: ChartChoice[] = [];
	const timeAxis = dates[0] ?? numbers.find((c) => /year|period/i.test(c.name));
	if (timeAxis) for (const y of numbers.filter((c) => c.name !== timeAxis.name)) choices.push({ kind: 'line', x: timeAxis.name, y: y.name, series: texts[0]?.name ?? null });
	if (texts.length) for (const y of numbers) choices.push({ kind: 'bar', x: texts[0].name, y: y.name, series: null });
	if (numbers.length >= 2) choices.push({ kind: 'scatter', x: numbers[0].name, y: numbers[1].name, series: null });
	return choices.slice(0, MAX_CHART_CHOICES);
}

/** Charts offered for one result: enough for every number column of a usual one. */
const MAX_CHART_CHOICES = 12;
