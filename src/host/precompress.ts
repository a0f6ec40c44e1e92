/**
 * `tsx src/host/precompress.ts <dir>` (the last step of `npm run build`): writes a brotli `.br` and a
 * gzip `.gz` beside each compressible file of the built site except its pages, for hosts that serve
 * precompressed files (nginx brotli_static/gzip_static, Netlify, Cloudflare, the reference host).
 * Pages and their navigation data are left to the host to compress as it serves them: there are
 * about a thousand of each, and hosts compress HTML and JSON by default.
 *
 * Every file gets brotli's best quality, except those above a megabyte (the engine's wasm, the site
 * database), where that takes a minute: they get quality 5, a second each. The wasm every current
 * browser loads (the build with WebAssembly exceptions, chosen in
 * `$lib/engine/bundle`) is the exception: at the best quality and largest window it is 5.07 MB
 * instead of 6.19 MB, a fifth less to wait for before the engine starts. That takes a minute and a
 * half, so the result is kept in the user's cache (~/.cache/csc-inspections, or $XDG_CACHE_HOME),
 * named by the file's hash: the wasm comes from a package and changes only when it does, and a
 * fresh clone (or `npm ci`, which empties node_modules) need not pay for it again. A kept file is
 * used only if it decompresses to exactly the file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './static-host';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx src/host/precompress.ts <build directory>');

/** A page and its data for client-side navigation: one each per route. */
const PER_PAGE = /(\.html|__data\.json)$/;
const LARGE = 1_000_000;
/** The engine's wasm with WebAssembly exceptions; the plain build serves only browsers older than 2022. */
const ENGINE_WASM = /duckdb-eh\.[\w-]+\.wasm$/;
const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'csc-inspections', 'precompress');
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function decompressesTo(compressed: Buffer, hash: string): boolean {
	try {
		return sha256(brotliDecompressSync(compressed)) === hash;
	} catch {
		return false; // not brotli at all
	}
}

/** Brotli as above: for the engine's wasm at its best, from the cache when this content was compressed before. */
async function brotli(file: string, content: Buffer): Promise<Buffer> {
	const best = ENGINE_WASM.test(file);
	const params = {
		[constants.BROTLI_PARAM_QUALITY]: content.length > LARGE && !best ? 5 : constants.BROTLI_MAX_QUALITY,
		[constants.BROTLI_PARAM_SIZE_HINT]: content.length,
		...(best ? { [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS } : {})
	};
	if (!best) return promisify(brotliCompress)(content, { params });
	const hash = sha256(content);
	const cached = join(CACHE, `${sha256(hash + JSON.stringify(params))}.br`);
	const kept = existsSync(cached) ? readFileSync(cached) : undefined;
	if (kept && decompressesTo(kept, hash)) return kept;
	const compressed = await promisify(brotliCompress)(content, { params });
	mkdirSync(CACHE, { recursive: true });
	// Written whole, then named: a build stopped halfway leaves no truncated file to be taken later.
	writeFileSync(`${cached}.partial`, compressed);
	renameSync(`${cached}.partial`, cached);
	return compressed;
}

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
	.map((entry) => ({ entry, file: join(entry.parentPath, entry.name) }))
	.filter(({ entry, file }) => entry.isFile() && COMPRESSIBLE.test(file) && !PER_PAGE.test(file) && statSync(file).size >= 1024)
	.map(({ file }) => file);
// All at once, on zlib's thread pool: the wasm's minute overlaps everything else.
const sizes = await Promise.all(
	files.map(async (file) => {
		const content = readFileSync(file);
		const compressed = await brotli(file, content);
		writeFileSync(`${file}.br`, compressed);
		writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
		return [content.length, compressed.length];
	})
);
const total = (i: number) => sizes.reduce((sum, size) => sum + size[i], 0) / 1e6;
console.log(`Precompressed ${total(0).toFixed(1)} MB of assets to ${total(1).toFixed(1)} MB (brotli), with gzip beside it.`);
