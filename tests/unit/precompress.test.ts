/** The build's last step: a brotli and a gzip twin beside each asset, the engine's wasm at brotli's best from a checked cache. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runScript } from '../shared';

const scratch = mkdtempSync(join(tmpdir(), 'precompress-'));
const cacheHome = join(scratch, 'cache');
const site = join(scratch, 'site');
const assets = join(site, '_app', 'immutable', 'assets');
mkdirSync(assets, { recursive: true });
// Compressible but not trivially: text with random words, so a wrong or truncated twin shows.
const words = Array.from({ length: 4000 }, () => randomBytes(4).toString('hex')).join(' ');
const wasm = join(assets, 'duckdb-eh.Ab12-cd.wasm');
const script = join(assets, 'chunk.js');
writeFileSync(wasm, words);
writeFileSync(script, `export const words = ${JSON.stringify(words)};`);
writeFileSync(join(site, 'index.html'), `<!doctype html><title>${words}</title>`);

const precompress = () => runScript('src/host/precompress.ts', [site], { env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
const kept = () => readdirSync(join(cacheHome, 'csc-inspections', 'precompress')).map((name) => join(cacheHome, 'csc-inspections', 'precompress', name));

describe('precompress', () => {
	it('writes twins that decompress to each asset, and none for pages (the host compresses those)', () => {
		expect(precompress().status).toBe(0);
		for (const file of [wasm, script]) {
			expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(readFileSync(file, 'utf8'));
			expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(readFileSync(file, 'utf8'));
		}
		expect(readdirSync(site)).toEqual(['_app', 'index.html']);
		expect(kept()).toHaveLength(1); // the engine's wasm only
	});

	it('takes the wasm from the cache only when the kept file decompresses to it exactly', () => {
		const [file] = kept();
		writeFileSync(file, readFileSync(file).subarray(0, 100)); // a build stopped halfway, or a broken disk
		expect(precompress().status).toBe(0);
		expect(brotliDecompressSync(readFileSync(`${wasm}.br`)).toString()).toBe(words);
		expect(brotliDecompressSync(readFileSync(file)).toString()).toBe(words); // and the cache is mended

		writeFileSync(wasm, `${words} changed`); // a new release of the wasm
		expect(precompress().status).toBe(0);
		expect(brotliDecompressSync(readFileSync(`${wasm}.br`)).toString()).toBe(`${words} changed`);
		expect(kept()).toHaveLength(2);
	});
});
