/**
 * duckdb-wasm in the browser: loaded lazily (dynamic import from `$lib/engine/client`), self-hosted
 * from the site's own origin, run in a worker, with the bundled site database attached read-only.
 * Each distinct SQL text is prepared once and kept, so a control change only binds new values.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { Engine } from '../data/engine';
import type { EngineBundle } from './bundle';
import { Table as ArrowTable, type Table } from 'apache-arrow';
import { rowsFromArrow } from './arrow';
import { LOCKED_SETTINGS, OFFLINE_SETTINGS } from './settings';
import { EngineStartError } from './errors';

/** Rejects when the worker's script cannot start (blocked or broken): the worker does not report it to duckdb-wasm, which would wait for ever. */
function workerFailure(worker: Worker): Promise<never> {
	return new Promise((_, reject) => {
		worker.addEventListener('error', () => reject(new EngineStartError('its worker script could not be loaded')), { once: true });
	});
}

/** The site database's bytes. */
async function downloadSiteDb(url: string): Promise<Uint8Array> {
	const response = await fetch(url).catch(() => {
		throw new EngineStartError('the site database could not be loaded');
	});
	if (!response.ok) throw new EngineStartError(`the site database could not be loaded (HTTP ${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

/** The browser's engine can also read files the user chose, registered by name (never fetched), and run the SQL console's statements. */
export interface BrowserEngine extends Engine {
	registerFile(name: string, file: Blob): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** DuckDB's own tokens of `sql`: where each starts, and its kind (duckdb-wasm's TokenType). */
	tokenize(sql: string): Promise<{ offsets: number[]; types: number[] }>;
	/**
	 * Runs one statement, its result read in batches until `limit` rows (the rest are not read);
	 * `cancel()` stops it between batches or inside DuckDB.
	 */
	stream(sql: string, limit: number): { result: Promise<{ table: Table; complete: boolean }>; cancel(): Promise<void> };
}

/** Opens the engine of `bundle`, whose wasm the page is downloading (`wasmArrived`, from `./bundle`). */
export async function openBrowserEngine(siteDbUrl: string, bundle: EngineBundle, wasmArrived: Promise<void>): Promise<BrowserEngine> {
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const [, file] = await Promise.race([
		Promise.all([
			db.instantiate(bundle.mainModule).catch(() => {
				throw new EngineStartError('its WebAssembly module could not be loaded');
			}),
			// Only once the wasm is in: the database is not read until the wasm has compiled and started
			// (a second or more), and on a slow link the two would share the bandwidth.
			wasmArrived.then(() => downloadSiteDb(siteDbUrl))
		]),
		workerFailure(worker)
	]).catch((error) => {
		worker.terminate(); // a later attempt starts afresh
		throw error;
	});
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	await db.registerFileBuffer('site.duckdb', file);
	const connection = await db.connect();
	// One round trip to the worker: offline, the site database attached, then locked.
	await connection.query([...OFFLINE_SETTINGS, "ATTACH 'site.duckdb' AS site (READ_ONLY)", 'USE site', ...LOCKED_SETTINGS].join(';\n'));
	const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	return {
		async query(sql, params = []) {
			if (params.length === 0) return rowsFromArrow(await connection.query(sql));
			let statement = prepared.get(sql);
			if (!statement) {
				statement = connection.prepare(sql);
				prepared.set(sql, statement);
				statement.catch(() => prepared.delete(sql));
			}
			return rowsFromArrow(await (await statement).query(...params));
		},
		async registerFile(name, file) {
			await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async tokenize(sql) {
			return db.tokenize(sql);
		},
		stream(sql, limit) {
			let cancelled = false;
			let stop: (error: Error) => void = () => {};
			const stopped = new Promise<never>((_, reject) => (stop = reject));
			const read = (async () => {
				const reader = await connection.send(sql, true);
				const batches = [];
				let rows = 0;
				for (;;) {
					const next = await reader.next();
					if (cancelled) throw new DOMException('cancelled', 'AbortError');
					if (next.done) return { table: new ArrowTable(reader.schema, batches), complete: true };
					batches.push(next.value);
					rows += next.value.numRows;
					if (rows >= limit) {
						const complete = (await reader.next()).done === true;
						if (!complete) await connection.cancelSent();
						return { table: new ArrowTable(reader.schema, batches), complete };
					}
				}
			})();
			return {
				// A cancelled query ends at once for the page, whenever DuckDB stops.
				result: Promise.race([read, stopped]),
				async cancel() {
					cancelled = true;
					stop(new DOMException('cancelled', 'AbortError'));
					await connection.cancelSent();
				}
			};
		}
	};
}
