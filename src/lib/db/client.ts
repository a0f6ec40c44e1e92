/**
 * The page's handle on duckdb-wasm. Nothing is downloaded until `startBrowserDb()` is first called
 * (on the first interaction that needs a live query), so first paint never waits for wasm.
 */
import { asset } from '$app/paths';
import type { Db } from '../data/db';

let pending: Promise<Db> | undefined;

export function startBrowserDb(): Promise<Db> {
	pending ??= import('./browser').then(({ openBrowserDb }) => openBrowserDb(asset('/db/site.duckdb')));
	pending.catch(() => (pending = undefined)); // a failed start may be retried
	return pending;
}
