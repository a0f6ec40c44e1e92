/** duckdb-wasm's Node blocking build with the site database attached: the browser's engine, in tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConsoleLogger, LogLevel, NODE_RUNTIME, createDuckDB } from '@duckdb/duckdb-wasm/blocking';
import { rowsFromArrow } from '../src/lib/engine/arrow';
import { LOCKED_SETTINGS, OFFLINE_SETTINGS } from '../src/lib/engine/settings';
import type { ConsoleEngine } from '../src/lib/sql/run';

const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

/** Locked as the browser's engine is, with what the SQL console needs (a result is read whole: Node's build has no streaming). */
export async function openWasmNodeEngine(siteDbPath: string): Promise<ConsoleEngine & { version: string }> {
	const db = await createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new ConsoleLogger(LogLevel.WARNING),
		NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	db.registerFileBuffer('site.duckdb', new Uint8Array(readFileSync(siteDbPath)));
	const connection = db.connect();
	for (const setting of OFFLINE_SETTINGS) connection.query(setting);
	connection.query("ATTACH 'site.duckdb' AS site (READ_ONLY)");
	connection.query('USE site');
	for (const setting of LOCKED_SETTINGS) connection.query(setting);
	return {
		async tokenize(sql) {
			return db.tokenize(sql);
		},
		stream(sql) {
			return { result: (async () => ({ table: connection.query(sql), complete: true }))(), cancel: async () => {} };
		},
		version: db.getVersion(),
		async query(sql, params = []) {
			if (!params.length) return rowsFromArrow(connection.query(sql));
			const statement = connection.prepare(sql);
			try {
				return rowsFromArrow(statement.query(...params));
			} finally {
				statement.close();
			}
		}
	};
}
