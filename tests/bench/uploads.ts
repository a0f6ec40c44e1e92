/**
 * The upload path's speed and memory, for `npm run bench`: a generated CSV of SIZE MB is checked and
 * loaded through /upload/ as a user would (our path: chunked reading, row checks and the OPFS copy
 * in a worker, then DuckDB's load), beside the baseline of plain papaparse parsing the same File in a
 * worker. Peak memory is the highest resident size of all Chromium processes above their size just
 * before, sampled every 100 ms.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/browser';
import { root } from '../shared';

const CODES = ['E08000026', 'E09000003', 'E06000061', 'E06000062', 'E08000025', 'E10000031', 'E09000002', 'E08000019'];

/** A CSV of about `megabytes` MB: an area, a day and a count per row, every row distinct. */
function generate(megabytes: number): string {
	const path = join(mkdtempSync(join(tmpdir(), 'bench-upload-')), `visits-${megabytes}mb.csv`);
	const fd = openSync(path, 'w');
	let size = 0;
	writeSync(fd, 'la_code,date,visits\n');
	for (let day = 0, n = 0; size < megabytes * 1e6; day++) {
		const date = new Date(Date.UTC(1900, 0, 1 + day)).toISOString().slice(0, 10);
		const block = CODES.map((code) => `${code},${date},${n++ % 997}\n`).join('');
		writeSync(fd, block);
		size += block.length;
	}
	closeSync(fd);
	return path;
}

/** Resident memory of every Chromium process, in bytes. */
function chromiumRss(): number {
	try {
		return execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' })
			.split('\n')
			.reduce((sum, line) => sum + (Number(line.trim()) || 0) * 1024, 0);
	} catch {
		return 0;
	}
}

/** Runs `work`, sampling memory: its time and the peak above the resident size before it. */
async function measured(work: () => Promise<void>) {
	const before = chromiumRss();
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, chromiumRss())), 100);
	const started = performance.now();
	await work();
	const seconds = (performance.now() - started) / 1000;
	clearInterval(timer);
	return { seconds, peak: Math.max(peak, chromiumRss()) - before };
}

async function ourPath(page: Page, file: string) {
	await page.locator('input[type=file][multiple]').setInputFiles(file);
	const card = page.locator('article.card').last();
	await card.getByRole('button', { name: 'Check every row' }).click({ timeout: 120_000 });
	const check = await measured(() => card.getByRole('button', { name: /^Load / }).waitFor({ timeout: 1_800_000 }));
	const load = await measured(async () => {
		await card.getByRole('button', { name: /^Load / }).click();
		await card.getByText('Loaded as').waitFor({ timeout: 1_800_000 });
	});
	// The checked table's CSV, which DuckDB's reader loaded: its size gives that reader's speed here.
	const checkedBytes = await page.evaluate(async () => {
		const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('uploads');
		let largest = 0;
		for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemFileHandle> }).values()) if (handle.kind === 'file') largest = Math.max(largest, (await handle.getFile()).size);
		return largest;
	});
	return { check, load, checkedBytes };
}

async function plainPapaparse(page: Page, file: string) {
	const papaparse = readFileSync(join(root, 'node_modules/papaparse/papaparse.min.js'), 'utf8');
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-file';
		document.body.append(input);
	});
	await page.locator('#bench-file').setInputFiles(file);
	return measured(() =>
		page.evaluate(async (source) => {
			const worker = new Worker(
				URL.createObjectURL(
					new Blob([`${source}\nonmessage = (e) => { let rows = 0; Papa.parse(e.data, { chunkSize: 4 << 20, chunk: (r) => { rows += r.data.length; }, complete: () => postMessage(rows) }); };`], { type: 'text/javascript' })
				)
			);
			const file = (document.querySelector('#bench-file') as HTMLInputElement).files![0];
			await new Promise((resolve) => {
				worker.onmessage = resolve;
				worker.postMessage(file);
			});
			worker.terminate();
		}, papaparse)
	);
}

export async function benchUploads(base: string, sizes: number[]): Promise<string[]> {
	const lines: string[] = [];
	for (const megabytes of sizes) {
		const file = generate(megabytes);
		const context = await launch();
		try {
			const page = await context.newPage();
			await page.goto(`${base}/upload/`, { waitUntil: 'networkidle' });
			const papa = await plainPapaparse(page, file);
			const ours = await ourPath(page, file);
			const rate = (seconds: number) => `${(megabytes / seconds).toFixed(1)} MB/s`;
			const memory = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB (${(bytes / 1e6 / megabytes).toFixed(2)}× the file)`;
			lines.push(
				`upload ${`${megabytes} MB`.padStart(6)}  ours: check ${ours.check.seconds.toFixed(1)} s (${rate(ours.check.seconds)}), load ${ours.load.seconds.toFixed(1)} s, total ${rate(ours.check.seconds + ours.load.seconds)}; DuckDB read the checked CSV (${(ours.checkedBytes / 1e6).toFixed(0)} MB) at ${(ours.checkedBytes / 1e6 / ours.load.seconds).toFixed(1)} MB/s; peak +${memory(ours.check.peak)} checking, +${memory(ours.load.peak)} loading (DuckDB starts then)` +
					`   papaparse in a worker: ${papa.seconds.toFixed(1)} s (${rate(papa.seconds)}), peak +${memory(papa.peak)}   ratio ${(ours.check.seconds / papa.seconds).toFixed(1)}×`
			);
		} finally {
			await context.close();
			rmSync(file, { force: true });
		}
	}
	return lines;
}
