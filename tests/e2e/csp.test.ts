/**
 * The Content Security Policy holds everywhere: every route and every embed, at rest and in the
 * states that load more code or make files (DuckDB started, an upload checked and loaded, a query
 * run, every export taken), with no `securitypolicyviolation` reported by the page or its workers.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForStatus } from './browser';
import { EMBEDS, ROUTES } from './routes';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch({ clipboard: true });
});
afterAll(async () => context?.close());

/** A page whose violations (the document's, and those its workers log) are collected in `violations`. */
async function open(path: string) {
	const page = await context.newPage();
	const violations: string[] = [];
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`))
	);
	const record = (text: string) => (text.startsWith('CSP violation') || text.includes('Content Security Policy')) && violations.push(text);
	page.on('console', (m) => record(m.text()));
	page.on('worker', (worker) => worker.on('console', (m) => record(m.text())));
	await page.goto(base + path, { waitUntil: 'networkidle' });
	return { page, violations };
}

/** Runs the page's live queries: the engine is only started by a first interaction. */
async function startEngine(page: Page) {
	const control = page.locator('select').first();
	const options = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	await control.selectOption(options.at(-1)!);
	await waitForStatus(page, 'Showing');
}

describe('the Content Security Policy', () => {
	it('reports a violation when one happens (the check itself works)', async () => {
		const { page, violations } = await open('/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
		});
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
	});

	it.each([...ROUTES, ...EMBEDS.map(([path]) => path)])('%s: no violation', async (path) => {
		const { page, violations } = await open(path);
		expect(violations).toEqual([]);
		await page.close();
	});

	it.each(['/', '/la/E08000026/', '/compare/', '/trends/', '/reviews/'])('%s with DuckDB running its live queries: no violation', async (path) => {
		const { page, violations } = await open(path);
		await startEngine(page);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('a live embed: no violation', async () => {
		const { page, violations } = await open('/embed/live/grade-shares/?region=London');
		await expect.poll(() => page.locator('figure[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('an upload checked and loaded: no violation', async () => {
		const { page, violations } = await open('/upload/');
		await page.locator('input[type=file]').setInputFiles(join('tests/fixtures/upload', 'dfe-cla.csv'));
		const card = page.locator('article.card').first();
		await card.getByRole('button', { name: 'Check every row' }).click();
		await card.getByRole('button', { name: /^Load / }).click({ timeout: 60_000 });
		await card.getByText('Loaded as').waitFor({ timeout: 90_000 });
		expect(violations).toEqual([]);
		await page.close();
	});

	it('a query run, charted and exported: no violation', async () => {
		const { page, violations } = await open('/sql/');
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('table.result').waitFor({ timeout: 90_000 });
		for (const name of ['Download CSV', 'Download Arrow']) await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('every export of a chart, and its embed code: no violation', async () => {
		const { page, violations } = await open('/la/E08000026/');
		const actions = page.locator('figure', { has: page.locator('#journey-chart-title') }).getByRole('group', { name: /download or copy/ });
		for (const name of ['SVG', 'PNG', 'Data (CSV)']) await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name }).click()]);
		await actions.getByRole('button', { name: 'Copy table' }).click();
		await page.locator('figure', { has: page.locator('#journey-chart-title') }).getByRole('button', { name: 'Embed' }).click();
		expect(violations).toEqual([]);
		await page.close();
	});
});
