import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineBundle } from './bundle';

afterEach(() => vi.restoreAllMocks());

describe('the engine’s build', () => {
	it('is the one with WebAssembly exceptions where the runtime has them (Node, like every current browser)', () => {
		const bundle = engineBundle();
		expect(bundle.mainModule).toMatch(/duckdb-eh\.wasm$/);
		expect(bundle.mainWorker).toMatch(/duckdb-browser-eh\.worker\.js$/);
	});

	it('is the plain one where the test module does not validate', () => {
		vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
		const bundle = engineBundle();
		expect(bundle.mainModule).toMatch(/duckdb-mvp\.wasm$/);
		expect(bundle.mainWorker).toMatch(/duckdb-browser-mvp\.worker\.js$/);
	});

	it('is chosen by the test duckdb-wasm itself makes (so the two cannot disagree after an upgrade)', () => {
		const ours = readFileSync(new URL('./bundle.ts', import.meta.url), 'utf8').match(/TRY_CATCH_ALL = new Uint8Array\(\[([\d, ]+)\]\)/)![1].replace(/\s/g, '');
		const library = readFileSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser.mjs'), 'utf8');
		expect(library).toContain(`WebAssembly.validate(new Uint8Array([${ours}]))`);
	});
});
