/**
 * What zoom breaks in a chart: its text drawn outside the chart, over other text, or too small to
 * read. Measured on what Chromium lays out, for every shown `<text>` in every shown chart SVG.
 */
import type { Page } from 'playwright-core';

/** WCAG has no minimum size; this is the smallest chart text the site draws at any width. */
export const MIN_TEXT_PX = 11;

export function svgTextProblems(page: Page): Promise<string[]> {
	return page.evaluate((minText) => {
		const shown = (el: Element) => {
			for (let node: Element | null = el; node; node = node.parentElement) {
				const style = getComputedStyle(node);
				if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
			}
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0;
		};
		const describe = (el: Element) => `“${el.textContent?.trim()}” in ${el.closest('figure')?.querySelector('h3')?.textContent?.trim() ?? el.closest('svg')?.getAttribute('class')}`;
		const problems: string[] = [];
		// Charts that are drawn (a chart hidden in a closed disclosure or at another width is skipped).
		for (const svg of document.querySelectorAll('svg[role="img"], figure svg')) {
			if (!shown(svg) || svg.closest('svg') !== svg) continue;
			const frame = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')].filter((t) => shown(t) && t.textContent?.trim());
			const boxes = texts.map((t) => t.getBoundingClientRect());
			texts.forEach((text, i) => {
				const box = boxes[i];
				if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
					problems.push(`${describe(text)} is drawn outside its chart`);
				}
				// The size on screen: the font size scaled by the SVG's own scaling.
				const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
				if (size < minText - 0.05) problems.push(`${describe(text)} is ${size.toFixed(1)} px`);
				for (let j = 0; j < i; j++) {
					const other = boxes[j];
					// A halo drawn as a copy of the same text in the same place is one label, not two.
					if (texts[j].textContent === text.textContent && Math.abs(other.x - box.x) < 1 && Math.abs(other.y - box.y) < 1) continue;
					const overlapX = Math.min(box.right, other.right) - Math.max(box.left, other.left);
					const overlapY = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
					// Glyph boxes include line spacing; a sliver of overlap is not text over text.
					if (overlapX > 1 && overlapY > Math.min(box.height, other.height) * 0.3) problems.push(`${describe(text)} overlaps ${describe(texts[j])}`);
				}
			});
		}
		return problems;
	}, MIN_TEXT_PX);
}
