/**
 * The page's handle on duckdb-wasm. Nothing is downloaded until `startBrowserEngine()` is first
 * called (on the first interaction that needs a live query), so first paint never waits for wasm.
 */
import { asset } from '$app/paths';
import type { BrowserEngine } from './browser';
import { downloadWasm, engineBundle } from './bundle';
import { EngineStartError } from './errors';

/** A backstop for a start that neither finishes nor fails (the wasm alone is ≈30 MB on a slow line). */
const ENGINE_START_TIMEOUT_MS = 90_000;

let pending: Promise<BrowserEngine> | undefined;

/** Starts duckdb-wasm once; `duckdb:ready` in the page's performance timeline says how long it took. */
export function startBrowserEngine(): Promise<BrowserEngine> {
	pending ??= (async () => {
		performance.mark('duckdb:start');
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new EngineStartError(`it did not start within ${ENGINE_START_TIMEOUT_MS / 1000} seconds`)), ENGINE_START_TIMEOUT_MS);
		});
		try {
			const bundle = engineBundle();
			const wasmArrived = downloadWasm(bundle.mainModule);
			wasmArrived.catch(() => {}); // its failure is reported by openBrowserEngine, once that has arrived to wait for it
			// Both scripts are fetched at once: the uploads' is needed only once the engine is open.
			const loading = Promise.all([import('./browser'), import('../upload/uploads.svelte')]).catch(() => {
				throw new EngineStartError('its script could not be loaded');
			});
			const [{ openBrowserEngine }, { restoreUploads }] = await Promise.race([loading, timeout]);
			const engine = await Promise.race([openBrowserEngine(asset('/db/site.duckdb'), bundle, wasmArrived), timeout]);
			// The user's uploads, kept in this browser, before any query that may read them.
			await restoreUploads(engine);
			performance.measure('duckdb:ready', 'duckdb:start');
			return engine;
		} finally {
			clearTimeout(timer);
		}
	})();
	pending.catch(() => (pending = undefined)); // the next control change tries again
	return pending;
}
