/**
 * The page's handle on duckdb-wasm. Nothing is downloaded until `startBrowserDb()` is first called
 * (on the first interaction that needs a live query), so first paint never waits for wasm.
 */
import { asset } from '$app/paths';
import type { Db } from '../data/db';

let pending: Promise<Db> | undefined;

/** Starts duckdb-wasm once; `duckdb:ready` in the page's performance timeline says how long it took. */
export function startBrowserDb(): Promise<Db> {
	pending ??= (async () => {
		performance.mark('duckdb:start');
		const { openBrowserDb } = await import('./browser');
		const db = await openBrowserDb(asset('/db/site.duckdb'));
		performance.measure('duckdb:ready', 'duckdb:start');
		return db;
	})();
	pending.catch(() => (pending = undefined)); // a failed start may be retried
	return pending;
}
