/**
 * The SQL console's speed, for `npm run bench`: its first paint (no wasm is needed for it) beside a
 * static page's; the first Run on a cold engine (DuckDB's start included); and each example query's
 * p50/p95 from Run to result once the engine is warm (the `sql:run` measure, which includes the
 * console's screen and type lookup), beside the same SQL on DuckDB in Node as `npm run sql` runs it.
 */
import type { Page } from 'playwright-core';
import { openNodeEngine } from '../../src/lib/engine/node';
import { EXAMPLES } from '../../src/lib/sql/examples';
import { launch } from '../e2e/browser';
import { siteDb } from '../shared';
import { loadSampleUpload } from '../upload-sample';

type Stat = (values: number[], q: number) => number;

/** When the page first painted content (written as text: tsx would add a helper the page lacks to named functions). */
const firstPaint = (page: Page): Promise<number> =>
	page.evaluate(`new Promise((resolve) => {
		const wait = () => {
			const entry = performance.getEntriesByName('first-contentful-paint')[0];
			if (entry) resolve(entry.startTime);
			else requestAnimationFrame(wait);
		};
		wait();
	})`);

const runCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('sql:run').length);

async function runAndTime(page: Page): Promise<number> {
	const before = await runCount(page);
	await page.getByRole('button', { name: /^Run/ }).click();
	await page.waitForFunction((n) => performance.getEntriesByName('sql:run').length > n, before, { timeout: 120_000 });
	return page.evaluate(() => performance.getEntriesByName('sql:run').at(-1)!.duration);
}

export async function benchConsole(base: string, runs: number, loads: number, quantile: Stat): Promise<string[]> {
	const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(7);
	const paints: number[] = [];
	const baselinePaints: number[] = [];
	const coldRuns: number[] = [];
	let wasmBeforePaint = 0;
	for (let i = 0; i < loads; i++) {
		const context = await launch();
		const page = await context.newPage();
		await page.goto(`${base}/bench-baseline.html`, { waitUntil: 'load' });
		baselinePaints.push(await firstPaint(page));
		await page.goto(`${base}/sql/`, { waitUntil: 'networkidle' });
		const paint = await firstPaint(page);
		paints.push(paint);
		wasmBeforePaint = Math.max(wasmBeforePaint, await page.evaluate((at) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm') && e.startTime <= at).length, paint));
		coldRuns.push(await runAndTime(page));
		await context.close();
	}
	const lines = [
		`/sql/ first paint     p50 ${ms(quantile(paints, 0.5))}  ratio ${(quantile(paints, 0.5) / quantile(baselinePaints, 0.5)).toFixed(1)}× the static page's (${ms(quantile(baselinePaints, 0.5)).trim()})  .wasm requested before it: ${wasmBeforePaint}`,
		`/sql/ first Run, cold p50 ${ms(quantile(coldRuns, 0.5))}  (Run to result, DuckDB's start included, ${loads} cold loads)`
	];

	const context = await launch();
	const page = await context.newPage();
	await page.goto(`${base}/sql/`, { waitUntil: 'networkidle' });
	await runAndTime(page); // the engine starts
	const node = await openNodeEngine(siteDb);
	await loadSampleUpload(node);
	try {
		for (const example of EXAMPLES) {
			await page.getByRole('button', { name: example.title, exact: true }).click();
			const times: number[] = [];
			for (let run = 0; run < runs; run++) times.push(await runAndTime(page));
			const nodeTimes: number[] = [];
			for (let run = 0; run < runs; run++) {
				const started = performance.now();
				await node.query(example.sql);
				nodeTimes.push(performance.now() - started);
			}
			lines.push(
				`/sql/ ${example.title.padEnd(42)} wasm p50 ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}   Node (npm run sql) p50 ${ms(quantile(nodeTimes, 0.5))}  p95 ${ms(quantile(nodeTimes, 0.95))}   ratio ${(quantile(times, 0.5) / quantile(nodeTimes, 0.5)).toFixed(1)}×`
			);
		}
	} finally {
		node.close();
		await context.close();
	}
	return lines;
}
