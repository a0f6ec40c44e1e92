/**
 * The one interface every query goes through. Two engines implement it: DuckDB in Node
 * (`$lib/engine/node`: build, tests, `npm run sql`) and duckdb-wasm in the browser
 * (`$lib/engine/browser`). Both take the SQL's values as bound parameters (`$1`, `$2`, …), never
 * pasted into its text, and both return rows of plain JSON values: numbers (BIGINT included),
 * strings, dates as `YYYY-MM-DD`, lists as arrays, structs as objects, null.
 */
export type Row = Record<string, unknown>;

/** A value bound to a query parameter. */
export type SqlValue = string | number | boolean | null;

export interface Engine {
	query<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
}
