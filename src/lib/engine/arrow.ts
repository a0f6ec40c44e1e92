/**
 * duckdb-wasm answers in Arrow. These turn a result into the plain rows of the `Engine` interface,
 * the same values DuckDB in Node gives: BIGINT as a number, DATE as `YYYY-MM-DD`, a list as an
 * array, a struct as an object.
 */
import { DataType, type Table } from 'apache-arrow';
import type { Row } from '../data/engine';

function plain(value: unknown, type: DataType): unknown {
	if (value === null || value === undefined) return null;
	if (DataType.isDate(type)) return new Date(value instanceof Date ? value : Number(value)).toISOString().slice(0, 10);
	if (DataType.isTimestamp(type)) return new Date(Number(value)).toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '');
	if (typeof value === 'bigint') return Number(value);
	if (DataType.isDecimal(type)) return Number(value);
	if (DataType.isList(type) && typeof value === 'object' && Symbol.iterator in value) {
		const child = type.children[0].type;
		return [...(value as Iterable<unknown>)].map((v) => plain(v, child));
	}
	if (DataType.isStruct(type)) {
		const struct = value as Record<string, unknown>;
		return Object.fromEntries(type.children.map((field) => [field.name, plain(struct[field.name], field.type)]));
	}
	return value;
}

export function rowsFromArrow<T = Row>(table: Table): T[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name)!);
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		fields.forEach((field, c) => (row[field.name] = plain(columns[c].get(i), field.type)));
		rows[i] = row;
	}
	return rows as T[];
}
