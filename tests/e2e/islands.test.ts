/**
 * The parts of a page below its first screen (Island.svelte) keep their prerendered markup while
 * the page starts, and come alive in place, with the same content, when wanted: near the screen,
 * focused, changed, at the first key press, or when the address asks for another state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, untilRunning, wake, waitForStatus } from './browser';

const base = inject('baseUrl');
// A screen as wide as the charts' prerendered drawings (720 px), so one drawn anew reads the same.
let context: BrowserContext;
beforeAll(async () => {
	context = await launch({ width: 1280, height: 900 });
});
afterAll(async () => context?.close());

/** Opens a page (in `on`, the shared screen unless given) with each island's prerendered contents marked before its script starts. */
async function openMarked(path: string, on = context): Promise<Page> {
	const page = await on.newPage();
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			for (const island of document.querySelectorAll('.island')) for (const part of island.children) Object.assign(part, { prerendered: true });
		})
	);
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	return page;
}

/** For each island with contents, in page order: its first heading, and whether it is still as prerendered. */
const islands = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('.island')]
			.filter((island) => island.firstElementChild)
			.map((island) => ({ heading: island.querySelector('h2')?.textContent ?? '', prerendered: [...island.children].some((part) => 'prerendered' in part) }))
	);
const stillPrerendered = async (page: Page) => (await islands(page)).filter((i) => i.prerendered).map((i) => i.heading);

describe('islands', () => {
	it('keep the prerendered markup below the first screen, and draw the same content when scrolled near', async () => {
		const page = await openMarked('/trends/');
		// The page starts when the reader points at it (src/lib/wake.ts), and draws the chart on the screen.
		await page.mouse.move(5, 5);
		await untilRunning(page);
		await page.waitForFunction(() => !('prerendered' in document.querySelector('section[aria-labelledby="transitions-title"]')!));
		// Every section after the transitions starts more than half a screen below the first: none is drawn as the page starts.
		expect(await stillPrerendered(page)).toEqual(['How long authorities stay inadequate', 'Inside their next inspection’s window, as at 31 March 2025', 'Biggest movers', 'Context figures by grade']);
		// Its words, less what only the live page has (the chart's actions, which need script) and the tables kept for readers without it.
		const moversText = () =>
			page.evaluate(() => {
				const words = document.querySelector('section[aria-labelledby="movers-title"]')!.cloneNode(true) as Element;
				words.querySelectorAll('.actions, noscript').forEach((part) => part.remove());
				return words.textContent!.replace(/\s+/g, ' ');
			});
		const prerenderedText = await moversText();

		// Brought within half a screen of the viewport, but not into it: drawn before it is seen.
		await page.evaluate(() => scrollTo(0, scrollY + document.querySelector('#survival-title')!.getBoundingClientRect().top - innerHeight - 300));
		await page.waitForFunction(() => !('prerendered' in document.querySelector('section[aria-labelledby="survival-title"]')!));
		expect(await page.evaluate(() => document.querySelector('#survival-title')!.getBoundingClientRect().top > innerHeight)).toBe(true);
		await page.locator('#movers-title').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => !('prerendered' in document.querySelector('section[aria-labelledby="movers-title"]')!));
		expect(await moversText()).toBe(prerenderedText);
		expect(await page.locator('section[aria-labelledby="movers-title"] .actions').count()).toBe(1);
		expect(await stillPrerendered(page)).not.toContain('Biggest movers');
		await page.close();
	});

	it('on a phone, draw the chart just below the first screen when the reader first scrolls, not while the page starts', async () => {
		const phone = await launch({ width: 412, height: 823 });
		const page = await openMarked('/trends/', phone);
		const transitions = 'section[aria-labelledby="transitions-title"]';
		// Its heading and controls show on the first screen, its chart starts below it.
		expect(await page.evaluate((s) => [document.querySelector(`${s} h2`)!.getBoundingClientRect().top < innerHeight, document.querySelector(`${s} figure`)!.getBoundingClientRect().top > innerHeight], transitions)).toEqual([true, true]);
		await page.waitForTimeout(500);
		expect(await page.evaluate((s) => 'prerendered' in document.querySelector(s)!, transitions)).toBe(true);
		await page.mouse.wheel(0, 40);
		await page.waitForFunction((s) => !('prerendered' in document.querySelector(s)!), transitions);
		expect(await page.evaluate((s) => document.querySelector(`${s} figure`)!.getBoundingClientRect().top > innerHeight - 40, transitions)).toBe(true);
		// Drawn at the figure's own width (380 px), which none of its prerendered drawings (304, 464 and 720 px) is.
		expect(Number(await page.locator(`${transitions} figure svg`).first().getAttribute('width'))).toBe(380);
		// Only that far: the next section waits far below.
		expect(await page.evaluate(() => 'prerendered' in document.querySelector('section[aria-labelledby="movers-title"]')!)).toBe(true);
		await phone.close();
	});

	it('are not laid out while waiting far below the screen, and are once alive', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/`, { waitUntil: 'networkidle' });
		// False for an element whose rendering the browser skips (content-visibility: auto, far from the screen).
		const laidOut = (id: string) => page.locator(`#${id}`).evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true }));
		expect(await laidOut('transitions-title')).toBe(true);
		expect(await laidOut('distribution-title')).toBe(false);
		await wake(page);
		await page.locator('#distribution-title').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector('#distribution-title')?.closest('.island.alive'));
		expect(await laidOut('distribution-title')).toBe(true);
		await page.close();
	});

	it('keep focus on the control a reader moved to before its island came alive', async () => {
		const focusIn = async (selector: string) => {
			const page = await openMarked('/trends/');
			expect(await stillPrerendered(page)).toContain('Biggest movers');
			await page.focus(selector);
			await untilRunning(page);
			const focused = await page.evaluate(() => {
				const active = document.activeElement!;
				return { tag: active.tagName, id: active.id, text: active.textContent, inMovers: !!active.closest('section[aria-labelledby="movers-title"]'), prerendered: 'prerendered' in document.querySelector('section[aria-labelledby="movers-title"]')! };
			});
			await page.close();
			return focused;
		};
		// By its id, and by its place: the live chart has its actions before the table's disclosure, the prerendered one none.
		expect(await focusIn('#movers-from')).toEqual({ tag: 'INPUT', id: 'movers-from', text: '', inMovers: true, prerendered: false });
		expect(await focusIn('figure[aria-labelledby="movers-chart-title"] summary')).toEqual({ tag: 'SUMMARY', id: '', text: 'Show the data as a table', inMovers: true, prerendered: false });
	});

	it('make again a change made to a control before its island came alive', async () => {
		const page = await openMarked('/trends/');
		expect(await stillPrerendered(page)).toContain('Context figures by grade');
		await page.selectOption('#distribution-indicator', 'cpp_rate');
		await waitForStatus(page, 'Showing Children on a child protection plan');
		expect(await page.locator('#distribution-summary').textContent()).toMatch(/^Children on a child protection plan per 10,000 children/);
		expect(await page.locator('#distribution-indicator').inputValue()).toBe('cpp_rate');
		await page.close();
	});

	it('stay as prerendered at a first key press, and all come alive when a parameter changes, so no part shows an earlier state', async () => {
		const page = await openMarked('/la/E08000026/');
		const waiting = (await stillPrerendered(page)).length;
		expect(waiting).toBeGreaterThan(3);
		await page.keyboard.press('Shift');
		await untilRunning(page);
		await page.waitForTimeout(500);
		expect((await stillPrerendered(page)).length).toBe(waiting);
		await page.selectOption('#context-indicator', 'cpp_rate');
		await page.waitForFunction(() => [...document.querySelectorAll('.island > *')].every((part) => !('prerendered' in part)));
		await page.close();
	});

	it('all come alive at once when the address asks for a state other than the prerendered one', async () => {
		const page = await openMarked('/trends/?indicator=cpp_rate');
		await page.waitForFunction(() => [...document.querySelectorAll('.island > *')].every((part) => !('prerendered' in part)));
		await waitForStatus(page, 'Showing Children on a child protection plan');
		expect(await page.locator('#distribution-summary').textContent()).toMatch(/^Children on a child protection plan/);
		await page.close();
	});

	it('are drawn at once on a page reached by a link within the site', async () => {
		const page = await openMarked('/');
		// Once the page runs: before, a link is followed as on a page without script.
		await page.mouse.move(5, 5);
		await untilRunning(page);
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Trends' }).click();
		await page.waitForURL(`${base}/trends/`);
		expect((await islands(page)).map((i) => i.heading)).toEqual(['What happens at the next inspection', 'How long authorities stay inadequate', 'Inside their next inspection’s window, as at 31 March 2025', 'Biggest movers', 'Context figures by grade']);
		expect(await stillPrerendered(page)).toEqual([]);
		await page.close();
	});
});
