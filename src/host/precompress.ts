/**
 * `tsx src/host/precompress.ts <dir>` (the last step of `npm run build`): writes a brotli `.br` and a
 * gzip `.gz` beside each compressible file of the built site except its pages, for hosts that serve
 * precompressed files (nginx brotli_static/gzip_static, Netlify, Cloudflare, the reference host).
 * Pages and their navigation data are left to the host to compress as it serves them: there are
 * about a thousand of each, and hosts compress HTML and JSON by default. Above a megabyte (the engine's wasm) brotli runs at quality 5, which
 * comes within 6% of its best at a quarter of the time.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './static-host';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx src/host/precompress.ts <build directory>');

/** A page and its data for client-side navigation: one each per route. */
const PER_PAGE = /(\.html|__data\.json)$/;

let before = 0;
let after = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
	const file = join(entry.parentPath, entry.name);
	if (!entry.isFile() || !COMPRESSIBLE.test(file) || PER_PAGE.test(file) || statSync(file).size < 1024) continue;
	const content = readFileSync(file);
	const quality = content.length > 1_000_000 ? 5 : constants.BROTLI_MAX_QUALITY;
	const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
	writeFileSync(`${file}.br`, brotli);
	writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
	before += content.length;
	after += brotli.length;
}
console.log(`Precompressed ${(before / 1e6).toFixed(1)} MB of assets to ${(after / 1e6).toFixed(1)} MB (brotli), with gzip beside it.`);
