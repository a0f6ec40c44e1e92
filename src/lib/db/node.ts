/** DuckDB in Node (@duckdb/node-api): the engine of the build-time prerender, `npm run sql` and tests. */
import { DuckDBInstance, DuckDBDateValue, DuckDBTimestampValue } from '@duckdb/node-api';
import type { Db, Row } from '../data/db';

/** Plain JSON values, the same shapes the browser engine returns (see `normaliseValue` there). */
function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof DuckDBDateValue || value instanceof DuckDBTimestampValue) return value.toString();
	if (Array.isArray(value)) return value.map(plain);
	if (value !== null && typeof value === 'object' && 'items' in value) return (value as { items: unknown[] }).items.map(plain);
	return value;
}

/** Opens `path` (a DuckDB file, read only) or an in-memory database. */
export async function openNodeDb(path = ':memory:'): Promise<Db & { close(): void }> {
	const instance = await DuckDBInstance.create(path, path === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
	const connection = await instance.connect();
	return {
		async query<T = Row>(sql: string): Promise<T[]> {
			const reader = await connection.runAndReadAll(sql);
			const rows = reader.getRowObjects();
			return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))) as T[];
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}
