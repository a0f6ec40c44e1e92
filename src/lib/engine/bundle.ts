/**
 * Which duckdb-wasm build this browser runs, and the download of its wasm: the largest file of the
 * engine (5 MB compressed), so the page asks for it as soon as the engine is wanted, before the
 * engine's own script (`./browser`, with duckdb-wasm's API) has arrived.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { EngineStartError } from './errors';

export interface EngineBundle {
	mainModule: string;
	mainWorker: string;
}

/** A function with a `try … catch_all`: valid only where WebAssembly has exception handling (the test duckdb-wasm's own `selectBundle` makes). */
const TRY_CATCH_ALL = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/** The build with WebAssembly exceptions (smaller and faster) where the browser has them, else the plain one. */
export function engineBundle(): EngineBundle {
	return WebAssembly.validate(TRY_CATCH_ALL) ? { mainModule: ehWasm, mainWorker: ehWorker } : { mainModule: mvpWasm, mainWorker: mvpWorker };
}

/**
 * Downloads the wasm from the page, dropping the bytes as they arrive; resolves when all have
 * arrived, rejects when it cannot be fetched (the worker would not report that). The worker asks
 * for the wasm only once its own script (0.8 MB) has been downloaded and run, and then reads this
 * download from the browser's HTTP cache (the file is hashed and cached for a year) instead of
 * starting another.
 */
export async function downloadWasm(url: string): Promise<void> {
	const response = await fetch(url).catch(() => undefined);
	if (!response?.ok || !response.body) throw new EngineStartError('its WebAssembly module could not be loaded');
	await response.body.pipeTo(new WritableStream()).catch(() => {
		throw new EngineStartError('its WebAssembly module could not be loaded');
	});
}
