/** /trends/ in Chromium: prerendered charts, live controls, cells listing their authorities. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForStatus } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());


describe('/trends/', () => {
	it('shows its three charts without JavaScript', async () => {
		const noJs = await launch({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${base}/trends/`);
		expect(await page.locator('.plot:visible svg.transition-matrix rect').count()).toBe(16);
		expect(await page.locator('svg.survival .curve').count()).toBe(1);
		expect(await page.locator('svg.survival .marker text').textContent()).toBe('Coventry: Mar 2014 → Jun 2017, 39 months');
		expect(await page.locator('svg.movers').count()).toBe(2);
		await noJs.close();
	});

	it('recomputes the matrix when the framework changes, and lists a cell’s authorities by keyboard', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
		const count = (from: string, to: string) =>
			page.locator('section[aria-labelledby="transitions-title"] > .table-scroll table.matrix tr', { has: page.locator(`th:text-is("${from}")`) }).locator('td').nth(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].indexOf(to)).locator('button').first();
		expect(await count('Inadequate', 'Requires improvement').textContent()).toContain('31');

		await page.selectOption('#frameworks', 'SIF-SIF');
		await waitForStatus(page, 'Showing moves between grades in England');
		const cell = count('Inadequate', 'Requires improvement');
		const sifCount = Number((await cell.textContent())!.match(/\d+/)![0]);
		expect(sifCount).toBeLessThan(31);
		expect(new URL(page.url()).searchParams.get('frameworks')).toBe('SIF-SIF');

		await cell.focus();
		await page.keyboard.press('Enter');
		expect(await cell.getAttribute('aria-expanded')).toBe('true');
		const list = page.locator('#cell-list li');
		expect(await list.count()).toBe(sifCount);
		expect(await list.allTextContents()).toContainEqual(expect.stringContaining('Coventry'));
	});

	it('adds a regional curve and marks another authority’s spell', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
		await page.selectOption('#region', 'West Midlands');
		await waitForStatus(page, 'Showing moves between grades in West Midlands');
		expect(await page.locator('svg.survival .curve').count()).toBe(2);
		await page.selectOption('#mark', { label: 'Birmingham' });
		expect(await page.locator('svg.survival .marker text').textContent()).toMatch(/^Birmingham: \w{3} \d{4} → .*, \d+ months$/);
		expect(new URL(page.url()).searchParams.get('mark')).toBe('E08000025');
		await page.locator('#with-neighbours').check();
		await waitForStatus(page, 'Showing Birmingham and its statistical neighbours');
		expect(await page.locator('svg.survival .curve').count()).toBe(3);
		expect(new URL(page.url()).searchParams.get('set')).toBe('neighbours');
	});

	it('recomputes the movers for another period, restored from the URL', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/?from=2016-03-31&to=2019-03-31`, { waitUntil: 'networkidle' });
		await waitForStatus(page, 'Showing movers in England from 31 March 2016 to 31 March 2019');
		expect(await page.locator('#movers-title ~ figure h3').textContent()).toContain('31 March 2016 against 31 March 2019');
		expect(await page.locator('svg.movers').first().locator('g').count()).toBeGreaterThan(0);
	});
});

describe('/trends/ context by grade', () => {
	it('recomputes the distribution for another indicator and date', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
		expect(await page.locator('#distribution-summary').textContent()).toMatch(/^Children looked after per 10,000 children \(31 March\) in 2025/);
		await page.selectOption('#distribution-indicator', 'cpp_rate');
		await waitForStatus(page, 'Showing Children on a child protection plan');
		expect(await page.locator('#distribution-summary').textContent()).toMatch(/^Children on a child protection plan per 10,000 children \(31 March\) in 2025/);
		expect(new URL(page.url()).searchParams.get('indicator')).toBe('cpp_rate');
	});
});

describe('/trends/ from a shared link', () => {
	it('restores the comparison set and region from the URL', async () => {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${base}/trends/?set=neighbours&region=West+Midlands`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.querySelectorAll('svg.survival .curve').length === 3, null, { timeout: 60_000 });
		expect(await page.locator('#with-neighbours').isChecked()).toBe(true);
		expect((await page.locator('.engine').allTextContents()).join(' ')).not.toContain('unavailable');
		expect(errors).toEqual([]);
	});
});
