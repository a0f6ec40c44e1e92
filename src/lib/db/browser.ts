/**
 * duckdb-wasm in the browser: loaded lazily (dynamic import from `$lib/db/client`), self-hosted from
 * the site's own origin, run in a worker, with the bundled site database attached read-only.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Db } from '../data/db';
import { OFFLINE_SETTINGS, rowsFromArrow } from './arrow';

export async function openBrowserDb(siteDbUrl: string): Promise<Db> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const [, file] = await Promise.all([
		db.instantiate(bundle.mainModule, bundle.pthreadWorker),
		fetch(siteDbUrl).then(async (response) => {
			if (!response.ok) throw new Error(`could not load the site data (${response.status} ${siteDbUrl})`);
			return new Uint8Array(await response.arrayBuffer());
		})
	]);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	await db.registerFileBuffer('site.duckdb', file);
	const connection = await db.connect();
	for (const setting of OFFLINE_SETTINGS) await connection.query(setting);
	await connection.query("ATTACH 'site.duckdb' AS site (READ_ONLY)");
	await connection.query('USE site');
	return {
		async query(sql) {
			return rowsFromArrow(await connection.query(sql));
		}
	};
}
