/**
 * Links that a typo or a bad copy produces, and an engine that cannot load: every route shows its
 * default view with a calm note, and figures that match their controls.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForStatus } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

const SCRIPT = encodeURIComponent('<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>');
const LONG = 'x'.repeat(10_000);

/** Each route with hostile parameters, the notes it must show, and a check that its default view is drawn. */
const HOSTILE: { path: string; notes: string[]; defaults: (page: Page) => Promise<void> }[] = [
	{
		path: `/?as_at=2020-13-45&region=__proto__`,
		notes: ['“as_at” “2020-13-45” is not a real date', '“region” “__proto__” is not one of the choices'],
		defaults: async (page) => expect(await page.locator('#headline-title').textContent()).toBe('England, as at 31 March 2025')
	},
	{
		path: `/la/E08000026/?indicator=__proto__`,
		notes: ['“indicator” “__proto__” is not one of the choices, so this page shows Children looked after'],
		defaults: async (page) => expect(await page.locator('#context-summary').textContent()).toContain('Coventry 82 per 10,000 in 2025')
	},
	{
		path: `/compare/?la=toString,%00,${SCRIPT}`,
		notes: ['“la”'],
		defaults: async (page) => expect(await page.locator('svg.compare-journeys .authority > text').count()).toBe(11)
	},
	{
		path: `/trends/?pairs=toString&frameworks=constructor&as_at=2020-02-30&from=2020-99-99&to=1000000&indicator=__proto__&mark=E99999999&set=${LONG}`,
		notes: ['“pairs” “toString”', '“frameworks” “constructor”', '“as_at” “2020-02-30” is not a real date', '“from”', '“to” “1000000”', '“indicator”', '“mark” “E99999999”', '“set”'],
		defaults: async (page) => {
			expect(await page.locator('#transitions-chart-title').textContent()).toBe('Moves between overall grades, England, as at 31 March 2025');
			expect(await page.locator('#kind').inputValue()).toBe('consecutive');
		}
	},
	{
		path: `/reviews/?to=1000000&from=20241&type=toString&la=__proto__&q=${LONG}`,
		notes: ['“to” “1000000” is not a year', '“from” “20241”', '“type” “toString”', '“la” “__proto__”', '“q” “xxxxx'],
		defaults: async (page) => expect(await page.locator('form.filters .engine').textContent()).toContain('109 of 109 reviews')
	}
];

describe('hostile links', () => {
	for (const { path, notes, defaults } of HOSTILE) {
		it(`${path.split('?')[0]} shows its default view and says which parameters it could not use`, async () => {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
			await page.goto(base + path, { waitUntil: 'load' });
			// Every bad parameter is named (how soon is the bench's business, not a test's: a loaded machine is slow).
			await page.waitForFunction((count) => document.querySelectorAll('.url-notes p').length >= count, notes.length, { timeout: 30_000 });
			const shown = (await page.locator('.url-notes').textContent()) ?? '';
			for (const note of notes) expect(shown).toContain(note);
			expect(shown.length).toBeLessThan(200 * notes.length); // quoted values are cut short
			await defaults(page);
			expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});

/** A control change on each route that needs the engine, and what the page must show when it cannot load. */
const CHANGES: { path: string; change: (page: Page) => Promise<unknown>; unchanged: (page: Page) => Promise<void>; search?: string }[] = [
	{
		path: '/',
		change: async (page) => {
			await page.locator('#as-at').fill('2019-08-15');
			await page.locator('#as-at').dispatchEvent('change');
		},
		unchanged: async (page) => {
			expect(await page.locator('#as-at').inputValue()).toBe('2025-03-31');
			expect(await page.locator('#headline-title').textContent()).toBe('England, as at 31 March 2025');
		}
	},
	{
		path: '/la/E08000026/',
		change: (page) => page.selectOption('#context-indicator', 'sw_turnover'),
		unchanged: async (page) => {
			expect(await page.locator('#context-indicator').inputValue()).toBe('cla_rate');
			expect(await page.locator('#context-summary').textContent()).toContain('Coventry 82 per 10,000 in 2025');
		}
	},
	{
		path: '/compare/',
		change: (page) => page.getByRole('button', { name: 'Remove Derby' }).click(),
		unchanged: async (page) => {
			expect(await page.locator('.selected li').count()).toBe(11);
			expect(await page.locator('svg.compare-journeys .authority > text').count()).toBe(11);
		}
	},
	{
		path: '/trends/',
		change: (page) => page.selectOption('#frameworks', 'SIF-SIF'),
		unchanged: async (page) => {
			expect(await page.locator('#frameworks').inputValue()).toBe('all');
			expect(await page.locator('#transitions-summary').textContent()).toMatch(/^Of 286 pairs of consecutive inspections/);
		}
	},
	{
		path: '/reviews/',
		search: '?abuse=child+sexual+exploitation',
		change: (page) => page.selectOption('#f-abuse', 'child sexual exploitation'),
		unchanged: async (page) => {
			// The list filters without the engine; the grade table says it still covers every review.
			expect(await page.locator('form.filters .engine').textContent()).toMatch(/^\d+ of 109 reviews match/);
			expect(await page.locator('section[aria-labelledby="grades-title"] > p').first().textContent()).toContain('For all the reviews');
		}
	}
];

const BLOCKED = [
	['the WebAssembly module', '**/*.wasm', 'its WebAssembly module could not be loaded'],
	['the worker script', '**/duckdb-browser-*.worker*.js', 'its worker script could not be loaded'],
	['the site database', '**/db/site.duckdb', 'the site database could not be loaded']
] as const;

describe('without the query engine', () => {
	for (const [what, pattern, reason] of BLOCKED) {
		for (const { path, change, unchanged, search = '' } of CHANGES) {
			it(`${path} with ${what} blocked says live updates are unavailable and keeps controls and figures together`, async () => {
				const page = await context.newPage();
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				await page.route(pattern, (route) => route.abort());
				await page.goto(base + path, { waitUntil: 'networkidle' });
				const url = page.url() + search;
				await change(page);
				await waitForStatus(page, `Live updates are unavailable: the query engine could not start (${reason}).`);
				await unchanged(page);
				expect(page.url()).toBe(url); // the link stays the link of what is shown
				// duckdb-wasm's worker reports its own failed download of a blocked module; nothing else may throw.
				expect(errors.filter((e) => !(pattern === '**/*.wasm' && e === 'Failed to fetch'))).toEqual([]);
				await page.close();
			});
		}
	}
});
