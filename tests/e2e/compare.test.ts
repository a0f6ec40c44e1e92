/** /compare/ in Chromium: presets, the URL round trip, keyboard-only selection. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForStatus } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

const rowNames = (page: Page) => page.locator('.plot:visible svg.compare-journeys .authority > text').allTextContents();

describe('/compare/', () => {
	it('is prerendered with Coventry and its statistical neighbours', async () => {
		const noJs = await launch({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${base}/compare/`);
		const names = await rowNames(page);
		expect(names).toHaveLength(11);
		expect(names[0]).toBe('Coventry');
		await noJs.close();
	});

	it('applies a preset and keeps the selection in the URL', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/compare/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'its region' }).click();
		await waitForStatus(page, 'Showing Coventry and 11 others');
		await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('Showing the first 12 of 14'));
		const names = await rowNames(page);
		expect(names).toHaveLength(12); // Coventry and 11 of the other 13 West Midlands authorities, capped
		expect(names).toContain('Birmingham');
		const url = page.url();
		expect(new URL(url).searchParams.get('la')!.split(',')).toHaveLength(12);

		const again = await context.newPage();
		await again.goto(url, { waitUntil: 'networkidle' });
		await waitForStatus(again, 'Showing Coventry and 11 others');
		expect(await rowNames(again)).toEqual(names);
		expect(await again.locator('.selected li a').allTextContents()).toEqual(names);
	});

	it('adds and removes authorities by keyboard alone', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/compare/?la=E08000026`, { waitUntil: 'networkidle' });
		await waitForStatus(page, 'Showing Coventry.');
		expect(await rowNames(page)).toEqual(['Coventry']);

		await page.locator('#add-authority').focus();
		await page.keyboard.type('derb');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await waitForStatus(page, 'Showing Coventry, Derby.');
		expect(await rowNames(page)).toEqual(['Coventry', 'Derby']);

		await page.getByRole('button', { name: 'Remove Coventry' }).focus();
		await page.keyboard.press('Enter');
		await waitForStatus(page, 'Showing Derby.');
		expect(await rowNames(page)).toEqual(['Derby']);
		expect(new URL(page.url()).searchParams.get('la')).toBe('E06000015');
	});
});
