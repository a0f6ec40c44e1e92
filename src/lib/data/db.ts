/**
 * The one interface every query goes through. Two engines implement it: DuckDB in Node
 * (`$lib/db/node`, build and tests) and duckdb-wasm in the browser (`$lib/db/browser`). Both return
 * rows of plain JSON values: numbers (BIGINT included), strings, dates as `YYYY-MM-DD`, null.
 */
export type Row = Record<string, unknown>;

export interface Db {
	query<T = Row>(sql: string): Promise<T[]>;
}
