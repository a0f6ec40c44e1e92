/** DuckDB in Node (@duckdb/node-api): the engine of the build-time prerender, `npm run sql` and tests. */
import { DuckDBDateValue, DuckDBInstance, DuckDBListValue, DuckDBStructValue, DuckDBTimestampValue } from '@duckdb/node-api';
import type { Engine, Row } from '../data/engine';

/** Plain JSON values, the same shapes the browser engine returns (see `rowsFromArrow`). */
function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof DuckDBDateValue || value instanceof DuckDBTimestampValue) return value.toString();
	if (value instanceof DuckDBListValue) return value.items.map(plain);
	if (value instanceof DuckDBStructValue) return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, plain(v)]));
	return value;
}

/** Opens `path` (a DuckDB file, read only) or an in-memory database. */
export async function openNodeEngine(path = ':memory:'): Promise<Engine & { close(): void }> {
	const instance = await DuckDBInstance.create(path, path === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
	const connection = await instance.connect();
	return {
		async query<T = Row>(sql: string, params: (string | number | boolean | null)[] = []): Promise<T[]> {
			const reader = await connection.runAndReadAll(sql, params.length ? params : undefined);
			return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))) as T[];
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}
