/**
 * `npm run bench`: page and query speed of the built site in headless Chromium, each beside an
 * in-run baseline so the ratios stay comparable across machines.
 *
 *  - first chart: navigation start → first animation frame after the first chart's <svg> is in the
 *    DOM; bytes transferred by then; any .wasm requested by then (the target is none). Baseline: a
 *    minimal static HTML page from the same server.
 *  - duckdb-wasm ready: first interaction → engine open with the site database attached.
 *  - as-at query (map, list, headline) and region series (134 months of latest_grades) on /, and
 *    the queries behind the /trends/ and /compare/ controls, p50/p95 over RUNS control changes.
 *    Baseline: the same queries on DuckDB in Node, in this process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dataDates, gradeShareOverTime, indicatorByGrade, journeys, latestGradesAt, movers, presetCodes, runQuery, transitions } from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { launch } from '../e2e/browser';
import { root, siteDb } from '../shared';
import { serveStatic } from '../static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v: number) => `${v.toFixed(0)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;

if (!existsSync(join(root, 'build', 'index.html')) || process.env.BENCH_BUILD === '1') {
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);
}
const baselinePage = join(root, 'build', 'bench-baseline.html');
writeFileSync(baselinePage, '<!doctype html><title>baseline</title><svg width="10" height="10"><rect width="10" height="10"/></svg>');
const { server, url: base } = await serveStatic(join(root, 'build'));

/** Records when the first chart's <svg> is first painted (before any page script runs). */
const FIRST_CHART = `
	new MutationObserver((_, observer) => {
		if (!document.querySelector('figure svg, body > svg')) return;
		observer.disconnect();
		requestAnimationFrame(() => (window.__firstChart = performance.now()));
	}).observe(document, { childList: true, subtree: true });`;

async function firstChart(page: Page, path: string) {
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined);
	return page.evaluate(() => {
		const at = (window as unknown as { __firstChart: number }).__firstChart;
		const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
		const before = entries.filter((e) => e.responseEnd <= at);
		return {
			at,
			bytes: before.reduce((sum, e) => sum + e.transferSize, 0),
			wasmBefore: entries.filter((e) => e.name.endsWith('.wasm') && e.startTime <= at).length
		};
	});
}

const results: string[] = [];
try {
	const loadsOf = async (path: string) => {
		const loads = [];
		for (let i = 0; i < LOADS; i++) {
			const context = await launch(); // empty cache every time
			const page = await context.newPage();
			await page.addInitScript(FIRST_CHART);
			loads.push(await firstChart(page, path));
			await context.close();
		}
		return { median: quantile(loads.map((l) => l.at), 0.5), bytes: loads[0].bytes, wasm: Math.max(...loads.map((l) => l.wasmBefore)) };
	};
	const baseline = await loadsOf('/bench-baseline.html');
	results.push(`${'baseline page'.padEnd(20)} first paint p50 ${ms(baseline.median).padStart(7)}  bytes ${kb(baseline.bytes)}  (static HTML, same server)`);
	for (const path of ['/', '/la/E08000026/', '/compare/', '/trends/']) {
		const page = await loadsOf(path);
		results.push(
			`${path.padEnd(20)} first chart p50 ${ms(page.median).padStart(7)}  ratio ${(page.median / baseline.median).toFixed(1)}×  bytes before it ${kb(page.bytes).padStart(7)}  .wasm requested before it: ${page.wasm}`
		);
	}

	// duckdb-wasm start and the live as-at query on /.
	const readyTimes: number[] = [];
	const queryTimes: number[] = [];
	const seriesTimes: number[] = [];
	for (let i = 0; i < LOADS; i++) {
		const context = await launch();
		const page = await context.newPage();
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		await page.locator('#as-at').focus();
		await page.waitForFunction(() => performance.getEntriesByName('duckdb:ready').length > 0, null, { timeout: 120_000 });
		readyTimes.push(await page.evaluate(() => performance.getEntriesByName('duckdb:ready')[0].duration));
		if (i === 0) {
			for (let run = 0; run < RUNS; run++) {
				const year = 2014 + (run % 11);
				await page.locator('#as-at').fill(`${year}-0${1 + (run % 9)}-15`);
				await page.locator('#as-at').dispatchEvent('change');
				await page.waitForFunction((n) => performance.getEntriesByName('query:as-at').length > n, run, { timeout: 30_000 });
			}
			queryTimes.push(...(await page.evaluate(() => performance.getEntriesByName('query:as-at').map((e) => e.duration))));
			const regions = await page.locator('#region option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			for (let run = 0; run < RUNS; run++) {
				await page.selectOption('#region', regions[(run + 1) % regions.length]);
				await page.waitForFunction((n) => performance.getEntriesByName('query:series').length > n, run, { timeout: 30_000 });
			}
			seriesTimes.push(...(await page.evaluate(() => performance.getEntriesByName('query:series').map((e) => e.duration))));
		}
		await context.close();
	}

	// Live queries behind the /trends/ and /compare/ controls, each changed RUNS times.
	const context = await launch();
	const trends = await context.newPage();
	await trends.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
	const liveTimes = async (page: Page, key: string, change: (run: number) => Promise<void>) => {
		for (let run = 0; run < RUNS; run++) {
			const before = await page.evaluate((k) => performance.getEntriesByName(`query:${k}`).length, key);
			await change(run);
			await page.waitForFunction(([k, n]) => performance.getEntriesByName(`query:${k}`).length > (n as number), [key, before], { timeout: 60_000 });
		}
		return page.evaluate((k) => performance.getEntriesByName(`query:${k}`).map((e) => e.duration), key);
	};
	const frameworks = ['SIF-SIF', 'SIF-ILACS', 'ILACS-ILACS', 'all'];
	const transitionTimes = await liveTimes(trends, 'transitions', (run) => trends.selectOption('#frameworks', frameworks[run % 4]).then(() => undefined));
	const indicatorKeys = ['cpp_rate', 'cin_rate', 'sw_turnover', 'cla_rate'];
	const distributionTimes = await liveTimes(trends, 'distribution', (run) => trends.selectOption('#distribution-indicator', indicatorKeys[run % 4]).then(() => undefined));
	const moverTimes = await liveTimes(trends, 'movers', async (run) => {
		await trends.locator('#movers-from').fill(`${2015 + (run % 8)}-03-31`);
		await trends.locator('#movers-from').dispatchEvent('change');
	});
	const compare = await context.newPage();
	await compare.goto(`${base}/compare/`, { waitUntil: 'networkidle' });
	const presets = ['its region', 'its statistical neighbours', 'authorities with the same first SIF grade'];
	const journeyTimes = await liveTimes(compare, 'journeys', (run) => compare.getByRole('button', { name: presets[run % 3] }).click());
	await context.close();

	const node = await openNodeEngine(siteDb);
	const [dates] = await runQuery(node, dataDates, {});
	const nodeTimes: number[] = [];
	const nodeSeriesTimes: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		let started = performance.now();
		await runQuery(node, latestGradesAt, { as_at: `${2014 + (run % 11)}-0${1 + (run % 9)}-28`, published_by: dates.latest_publication });
		nodeTimes.push(performance.now() - started);
		started = performance.now();
		await runQuery(node, gradeShareOverTime, { from: '2014-02-28', to: '2025-03-31', published_by: dates.latest_publication, region: run % 2 ? 'London' : null });
		nodeSeriesTimes.push(performance.now() - started);
	}
	const nodeTimed = async (run: () => Promise<unknown>) => {
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const started = performance.now();
			await run();
			times.push(performance.now() - started);
		}
		return times;
	};
	const end = '2025-03-31';
	const nodeBaselines = {
		transitions: await nodeTimed(() => runQuery(node, transitions, { kind: 'consecutive', as_at: end, frameworks: 'SIF-ILACS', region: null })),
		distribution: await nodeTimed(() => runQuery(node, indicatorByGrade, { indicator: 'cpp_rate', as_at: end, published_by: dates.latest_publication })),
		movers: await nodeTimed(() => runQuery(node, movers, { from: '2018-03-31', to: end, published_by: dates.latest_publication, region: null })),
		journeys: await nodeTimed(async () => runQuery(node, journeys, { codes: (await runQuery(node, presetCodes, { preset: 'region', ons_code: 'E08000026' })).map((r) => r.ons_code) }))
	};
	node.close();

	results.push(`duckdb-wasm ready     p50 ${ms(quantile(readyTimes, 0.5))}  (from first interaction, ${LOADS} cold loads)`);
	const wasmP50 = quantile(queryTimes, 0.5);
	const nodeP50 = quantile(nodeTimes, 0.5);
	results.push(`as-at query (wasm)    p50 ${ms(wasmP50)}  p95 ${ms(quantile(queryTimes, 0.95))}  over ${queryTimes.length} changes`);
	results.push(`as-at query (Node)    p50 ${ms(nodeP50)}  p95 ${ms(quantile(nodeTimes, 0.95))}  (baseline)  ratio ${(wasmP50 / nodeP50).toFixed(1)}×`);
	const seriesP50 = quantile(seriesTimes, 0.5);
	const nodeSeriesP50 = quantile(nodeSeriesTimes, 0.5);
	results.push(`region series (wasm)  p50 ${ms(seriesP50)}  p95 ${ms(quantile(seriesTimes, 0.95))}  over ${seriesTimes.length} changes`);
	results.push(`region series (Node)  p50 ${ms(nodeSeriesP50)}  p95 ${ms(quantile(nodeSeriesTimes, 0.95))}  (baseline)  ratio ${(seriesP50 / nodeSeriesP50).toFixed(1)}×`);
	for (const [name, times, baselineTimes] of [
		['/trends/ transitions', transitionTimes, nodeBaselines.transitions],
		['/trends/ distribution', distributionTimes, nodeBaselines.distribution],
		['/trends/ movers', moverTimes, nodeBaselines.movers],
		['/compare/ preset', journeyTimes, nodeBaselines.journeys]
	] as const) {
		const p50 = quantile([...times], 0.5);
		results.push(
			`${name.padEnd(22)}p50 ${ms(p50)}  p95 ${ms(quantile([...times], 0.95))}  (wasm, ${times.length} changes)  Node p50 ${ms(quantile([...baselineTimes], 0.5))}  ratio ${(p50 / quantile([...baselineTimes], 0.5)).toFixed(1)}×`
		);
	}
	console.log(`\nnpm run bench (${new Date().toISOString().slice(0, 10)}, headless Chromium, cold cache)\n${results.join('\n')}\n`);
} finally {
	rmSync(baselinePage, { force: true });
	server.close();
}

