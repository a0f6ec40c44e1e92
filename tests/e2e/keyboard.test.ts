/**
 * The main journeys by keyboard alone, as one visitor: find Coventry, copy its journey chart's
 * embed code, compare it with its neighbours, change the as-at date, upload a file, run a query.
 * Only the first page is opened by address; every other step is a key press (the one dialog is the
 * system's file chooser, which the test answers). Each stop must be visible with its focus ring.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => {
	context = await launch({ clipboard: true });
});
afterAll(async () => context?.close());

/** What the focused element is, for the test's messages and matching: its tag, id and text. */
const focused = (page: Page) =>
	page.evaluate(() => {
		// The SQL editor lives in a shadow root: look inside it for what has the focus.
		let el = document.activeElement as HTMLElement | null;
		while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
		const box = el?.getBoundingClientRect();
		// A file field's ring is drawn by the label that wraps it (:focus-within), the editor's by its frame.
		const ringed = (e: Element | null | undefined) => !!e && getComputedStyle(e).outlineStyle !== 'none';
		const ring = ringed(el) || ringed(el?.closest('label')) || ringed(el?.closest('.cm-editor'));
		return { tag: el?.tagName.toLowerCase() ?? '', type: el?.getAttribute('type') ?? '', id: el?.id ?? '', className: String(el?.className ?? ''), text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), href: el?.getAttribute('href') ?? '', shown: !!box && box.width > 0 && box.height > 0, ring };
	});

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` accepts; every stop on the way is visible and ringed. */
async function tabTo(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, describe: string, key = 'Tab') {
	for (let presses = 0; presses < 120; presses++) {
		await page.keyboard.press(key);
		let now = await focused(page);
		// Some rings are drawn a frame later (the editor marks itself focused on its next update).
		for (let frames = 0; frames < 10 && now.tag !== 'body' && !(now.shown && now.ring); frames++) {
			await page.evaluate(() => new Promise(requestAnimationFrame));
			now = await focused(page);
		}
		if (now.tag !== 'body') expect(now.shown && now.ring, `the focus on ${now.tag}#${now.id}.${now.className} “${now.text.slice(0, 40)}” is visible and ringed`).toBe(true);
		if (wanted(now)) return;
	}
	throw new Error(`${key} never reached ${describe}`);
}

describe('a keyboard-only visit', () => {
	it('finds Coventry, copies an embed, compares it with its neighbours, changes the as-at date, uploads a file and runs a query', async () => {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });

		// Find Coventry with the search.
		await tabTo(page, (f) => f.id === 'authority-search', 'the authority search');
		await page.keyboard.type('cov');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/la/E08000026/`);
		expect(await page.locator('h1').textContent()).toBe('Coventry');

		// Copy the embed code of its journey chart.
		await tabTo(page, (f) => f.text === 'Embed', 'the journey chart’s Embed button');
		await page.keyboard.press('Enter');
		await tabTo(page, (f) => f.text === 'Copy the code', 'the copy button');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/journey\/E08000026\/"/);

		// Compare its journey with its statistical neighbours'.
		await tabTo(page, (f) => f.text === 'Compare their journeys with Coventry’s', 'the neighbours comparison link');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === '/compare/');
		await expect.poll(() => page.locator('svg.compare-journeys .authority > text').count(), { timeout: 60_000 }).toBe(11);
		expect(await page.locator('svg.compare-journeys .authority > text').first().textContent()).toBe('Coventry');

		// Back to the national picture by its navigation link, and a year earlier.
		await tabTo(page, (f) => f.text === 'National picture', 'the navigation', 'Shift+Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/`);
		await tabTo(page, (f) => f.id === 'as-at', 'the as-at date');
		await page.keyboard.press('Tab'); // the date's day
		await page.keyboard.press('Tab'); // and its year
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.locator('#headline-title').textContent(), { timeout: 60_000 }).toBe('England, as at 31 March 2024');
		await expect.poll(() => new URL(page.url()).searchParams.get('as_at')).toBe('2024-03-31');

		// Upload a DfE file: the file field opens the system's chooser.
		await tabTo(page, (f) => f.href === '/upload/', 'the upload link', 'Shift+Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/upload/`);
		// The address changes before the router has drawn the page and moved focus to its start: tab from there.
		await page.waitForFunction(() => document.activeElement === document.body);
		// Waited for before the field is reached: Playwright asks the browser to hand it the chooser in a
		// message of its own, which a key pressed at once could overtake (the chooser then never came, once in CI).
		const chooserOpened = page.waitForEvent('filechooser');
		await tabTo(page, (f) => f.type === 'file', 'the file field');
		await page.keyboard.press('Space');
		const chooser = await chooserOpened;
		await chooser.setFiles('tests/fixtures/upload/dfe-cla.csv');
		await tabTo(page, (f) => f.text === 'Check every row', 'the check button');
		await page.keyboard.press('Enter');
		await tabTo(page, (f) => /^Load /.test(f.text), 'the load button');
		await page.keyboard.press('Enter');
		await page.getByText('Loaded as').waitFor({ timeout: 90_000 });

		// Run a query in the SQL console.
		await tabTo(page, (f) => f.href === '/sql/', 'the SQL console link', 'Shift+Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/sql/`);
		await tabTo(page, (f) => f.text.startsWith('SQL query'), 'the editor');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type("SELECT name FROM authorities WHERE name = 'Coventry'");
		await page.keyboard.press('Control+Enter');
		await page.waitForFunction(() => /rows? in/.test(document.querySelector('p.status')?.textContent ?? ''), null, { timeout: 90_000 });
		expect(await page.locator('p.status').innerText()).toMatch(/^1 row in/);

		expect(errors).toEqual([]);
	});
});
