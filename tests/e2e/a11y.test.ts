/**
 * What zoom and assistive technology meet on every route, beyond axe: chart text inside its chart,
 * apart from other text and 11 px or more at 1280 px and as the page is zoomed to 640 and 320 px
 * (200% and 400% zoom of a 1280 px window); link and button names that keep the spaces their hidden
 * parts start with; and table regions that are tab stops exactly when they scroll.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeProblems } from './axe';
import { launch, openDisclosures } from './browser';
import { svgTextProblems } from './layout';
import { COVENTRY, ROUTES } from './routes';

const base = inject('baseUrl');
/** Every route, and the embeds that draw differently from their full page's chart (a map scaled alone, a narrower journey and benchmark). */
const PAGES = [...ROUTES, '/embed/map/', '/embed/benchmark/E08000026/', COVENTRY];

let context: BrowserContext;
beforeAll(async () => {
	context = await launch();
});
afterAll(async () => context?.close());

async function open(path: string, width: number): Promise<Page> {
	const page = await context.newPage();
	await page.setViewportSize({ width, height: 900 });
	await page.goto(base + path, { waitUntil: 'networkidle' });
	// Charts inside closed disclosures are drawn too once opened; check them as a reader would see them.
	await openDisclosures(page);
	return page;
}

describe('the axe check (tests/e2e/axe.ts) fails when it should', () => {
	it('reports a violation, faint chart text and faint text over a shape', async () => {
		const page = await context.newPage();
		await page.setContent(`<html lang="en"><title>t</title><main><h1>t</h1><img src="data:,">
			<figure><svg role="img" aria-label="c" width="200" height="60"><rect width="200" height="60" fill="#fff"/>
			<text x="5" y="20" fill="#bbb">faint</text><rect x="100" width="100" height="60" fill="#0b0c0c"/><text x="110" y="40" fill="#333">dark on dark</text></svg></figure></main></html>`);
		expect(await axeProblems(page)).toEqual([
			'image-alt: img',
			'color-contrast: text[x="5"] is rgb(187, 187, 187) on rgb(255, 255, 255), 1.92:1',
			'color-contrast: text[x="110"] is rgb(51, 51, 51) on rgb(11, 12, 12), 1.55:1'
		]);
		await page.close();
	});
});

/** Link and button texts that run into their visually hidden part: " for Coventry" in a hidden span, with Svelte dropping its space, names a link "reportsfor Coventry". */
function joinedNames(page: Page): Promise<(string | null)[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('a .visually-hidden, button .visually-hidden')].flatMap((hidden) => {
			const named = hidden.closest('a, button')!;
			const before = document.createRange();
			before.setStart(named, 0);
			before.setEndBefore(hidden);
			const after = document.createRange();
			after.setStartAfter(hidden);
			after.setEnd(named, named.childNodes.length);
			const text = hidden.textContent ?? '';
			const word = /[\p{L}\p{N}]/u;
			const runsIn = word.test(before.toString().slice(-1)) && word.test(text.slice(0, 1));
			const runsOn = word.test(text.slice(-1)) && word.test(after.toString().slice(0, 1));
			return runsIn || runsOn ? [named.textContent] : [];
		})
	);
}

/** Zooms the open page to `width` CSS pixels, as 200% or 400% zoom of a 1280 px window does, and waits until its charts have drawn for it. */
async function zoomTo(page: Page, width: number) {
	await page.setViewportSize({ width, height: 900 });
	// A chart redraws for its new width when the browser reports the resize, before the next frames.
	for (let frame = 0; frame < 3; frame++) await page.evaluate(() => new Promise(requestAnimationFrame));
}

describe('chart text at every zoom, and the names of links and buttons', () => {
	it.each(PAGES)('%s at 1280 px (100%), then zoomed to 640 and 320 px: chart text inside its chart, apart, readable; a visually hidden part of a name a word of its own', async (path) => {
		const page = await open(path, 1280);
		expect(await joinedNames(page)).toEqual([]);
		const problems: Record<number, string[]> = {};
		for (const width of [1280, 640, 320]) {
			if (width !== 1280) await zoomTo(page, width);
			// Drawn for the zoomed width, as a fresh page at that width is, not the last one scaled or cut.
			const wider = await page.locator('figure svg').evaluateAll((svgs, screen) => svgs.filter((svg) => svg.getBoundingClientRect().width > screen).map((svg) => `chart wider than the screen: ${svg.getAttribute('class')}`), width);
			problems[width] = [...wider, ...(await svgTextProblems(page))];
		}
		expect(problems).toEqual({ 1280: [], 640: [], 320: [] });
		await page.close();
	});
});

describe('scrolling table regions', () => {
	for (const width of [360, 1280]) {
		it(`/la/E08000026/ at ${width} px: a region is a tab stop when, and only when, it scrolls`, async () => {
			const page = await open('/la/E08000026/', width);
			const regions = await page.locator('.table-scroll').evaluateAll((els) =>
				els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => ({ scrolls: el.scrollWidth > el.clientWidth, tabStop: (el as HTMLElement).tabIndex === 0 }))
			);
			expect(regions.length).toBeGreaterThan(3);
			expect(regions.filter((r) => r.scrolls !== r.tabStop)).toEqual([]);
			// Both cases are met: at 360 px the benchmark's eight columns scroll; at 1280 px the inspections table fits.
			expect(regions.some((r) => (width === 360 ? r.scrolls : !r.scrolls))).toBe(true);
			await page.close();
		});
	}
});
