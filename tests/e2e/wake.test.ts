/**
 * A public page runs no script of its own until its reader first does something with it
 * (src/lib/wake.ts): it reads, links and draws its first charts for the screen's width as
 * prerendered. Then it starts without losing what the reader did: a choice made, a control focused.
 * Pages the prerender cannot show as asked (an address with parameters, the apps) start at once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, untilRunning } from './browser';

const base = inject('baseUrl');
let phone: BrowserContext;
beforeAll(async () => {
	phone = await launch({ width: 360, height: 800 });
});
afterAll(async () => phone?.close());

const running = (page: Page) => page.evaluate(() => performance.getEntriesByName('page:running').length > 0);

async function open(path: string): Promise<Page> {
	const page = await phone.newPage();
	await page.goto(base + path, { waitUntil: 'networkidle' });
	return page;
}

/** The journey chart's drawings as shown: each one's width and the width of the figure it sits in. */
const journeyDrawings = (page: Page) =>
	page.locator('#journey-chart-title').evaluate((title) => {
		const figure = title.closest('figure')!;
		return [...figure.querySelectorAll('.plot')].filter((plot) => plot.checkVisibility()).map((plot) => ({ drawn: Number(plot.querySelector('svg')!.getAttribute('width')), room: figure.clientWidth }));
	});

describe('a public page before its reader interacts', () => {
	it('on a phone, shows Coventry’s journey drawn for its width, and runs only once the reader presses a key', async () => {
		const page = await open('/la/E08000026/');
		await page.waitForTimeout(500);
		expect(await running(page)).toBe(false);
		// Without script: the drawing for the narrowest band of widths, the others hidden by CSS alone.
		expect(await journeyDrawings(page)).toEqual([{ drawn: 304, room: 328 }]);
		expect(await page.locator('figure .actions').count()).toBe(0);

		await page.keyboard.press('Tab');
		await untilRunning(page);
		// Running: one drawing, at the figure's own width, and the charts' actions.
		await page.waitForFunction(() => document.querySelector('#journey-chart-title')!.closest('figure')!.querySelector('.actions'));
		expect(await journeyDrawings(page)).toEqual([{ drawn: 328, room: 328 }]);
		await page.close();
	});

	it('starts from scripts marked to be compiled whole as they arrive, with no preload links added as it starts', async () => {
		const page = await phone.newPage();
		const scripts: string[] = [];
		page.on('response', (response) => response.url().endsWith('.js') && scripts.push(response.url()));
		await page.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Shift');
		await untilRunning(page);
		await page.waitForLoadState('networkidle');
		// Each link the preload helper added was a millisecond or two of the task that starts the page on a phone.
		expect(await page.locator('link[rel=modulepreload]').count()).toBe(0);
		const own = scripts.filter((url) => new URL(url).pathname.startsWith('/_app/immutable/') && !url.endsWith('service-worker.js'));
		expect(own.length).toBeGreaterThan(10);
		const firstLines = await Promise.all(own.map((url) => page.evaluate((u) => fetch(u).then((r) => r.text()).then((text) => text.split('\n', 1)[0]), url)));
		expect(firstLines.filter((line) => line !== '//# allFunctionsCalledOnLoad')).toEqual([]);
		await page.close();
	});

	it('keeps a choice made before it runs: a region chosen by a script or an assistive tool is shown once it does', async () => {
		const page = await open('/trends/');
		// Set without focus or key press, as a script does: the change event alone starts the page.
		await page.evaluate(() => {
			const region = document.querySelector<HTMLSelectElement>('#region')!;
			region.value = 'London';
			region.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await untilRunning(page);
		await page.waitForURL(/region=London/);
		expect(await page.locator('#region').inputValue()).toBe('London');
		await page.close();
	});

	it('warms the query engine up when the control it starts on is one that does so', async () => {
		const page = await open('/trends/');
		await page.evaluate(() => document.querySelector<HTMLElement>('#as-at')!.focus());
		await untilRunning(page);
		await page.waitForFunction(() => performance.getEntriesByName('duckdb:start').length > 0);
		await page.close();
	});

	it('does not start the engine when the reader only scrolls or focuses a link', async () => {
		const page = await open('/trends/');
		await page.keyboard.press('Tab'); // the skip link
		await untilRunning(page);
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => performance.getEntriesByName('duckdb:start').length)).toBe(0);
		await page.close();
	});
});

describe('pages that start at once', () => {
	it.each(['/trends/?region=London', '/upload/', '/sql/'])('%s', async (path) => {
		const page = await open(path);
		await untilRunning(page);
		await page.close();
	});
});
