/**
 * Focus is visible and readable on every kind of focusable element: each link, button, select, input
 * and disclosure of the main pages, focused as a keyboard user focuses it, shows its text at a
 * contrast of at least 4.5:1 against its focus background (WCAG 1.4.3), header links included.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, scrollThrough, untilRunning } from './browser';

const base = inject('baseUrl');
let context: BrowserContext;
beforeAll(async () => (context = await launch()));
afterAll(async () => context?.close());

/** Focuses every visible focusable element in turn (after a Tab, so focus is shown as for the keyboard) and measures its text against its background. */
const MEASURE = `(() => {
	const rgb = (color) => {
		const probe = document.createElement('canvas').getContext('2d');
		probe.fillStyle = color;
		const hex = probe.fillStyle;
		if (hex.startsWith('#')) return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
		const parts = hex.match(/[\\d.]+/g).map(Number);
		return parts[3] === 0 ? null : parts.slice(0, 3);
	};
	const luminance = (c) => {
		const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const results = [];
	const seen = new Set();
	for (const el of document.querySelectorAll('a[href], button, select, input:not([type=hidden]), summary')) {
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0 || el.closest('svg') || el.disabled) continue;
		// One of each look: the same tag with the same classes inside the same landmark looks the same.
		const kind = el.tagName + '.' + [...el.classList].join('.') + '@' + (el.closest('header, nav, footer, figure, main')?.tagName ?? '');
		if (seen.has(kind)) continue;
		seen.add(kind);
		el.focus();
		// What cannot take focus (inside a closed disclosure, say) is not reached by the keyboard either.
		if (document.activeElement !== el) { seen.delete(kind); continue; }
		if (!el.matches(':focus-visible')) { results.push({ kind, ratio: 0, problem: 'no visible focus', html: el.outerHTML.slice(0, 160) }); continue; }
		const style = getComputedStyle(el);
		const fg = rgb(style.color);
		const bg = rgb(style.backgroundColor);
		if (!fg || !bg) { results.push({ kind, ratio: 0, problem: 'no focus background' }); continue; }
		const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
		results.push({ kind, ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100, text: (el.textContent || el.value || '').trim().slice(0, 30) });
	}
	return results;
})()`;

describe('focus', () => {
	// Pages with charts have their data-table disclosures.
	for (const [path, charts] of [['/', true], ['/la/E08000026/', true], ['/compare/', true], ['/trends/', true], ['/upload/', false], ['/sql/', false]] as const) {
		it(`${path}: every kind of focusable element is readable when focused`, async () => {
			const page = await context.newPage();
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			await page.keyboard.press('Tab');
			// The key press starts the page (src/lib/wake.ts); every part still as prerendered comes alive as the reader scrolls to it.
			await untilRunning(page);
			await scrollThrough(page);
			const results = (await page.evaluate(MEASURE)) as { kind: string; ratio: number; problem?: string }[];
			// The header's brand and navigation (and a chart's disclosure) are among what was measured.
			const expected = [/^A\.brand.*@HEADER$/, /^A.*@NAV$/, ...(charts ? [/^SUMMARY/] : [])];
			expect(results.map((r) => r.kind)).toEqual(expect.arrayContaining(expected.map((e) => expect.stringMatching(e))));
			expect(results.filter((r) => r.ratio < 4.5)).toEqual([]);
		});
	}
});
