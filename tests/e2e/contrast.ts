/**
 * Our own contrast check for what axe leaves "incomplete": text inside SVG charts (role="img") and
 * text over drawn shapes. For each node, the text colour against what is actually painted behind
 * it (the shape under its centre, its own halo stroke, or the nearest background colour).
 */
import type { Page } from 'playwright-core';

export interface ContrastResult {
	target: string;
	ratio: number;
	foreground: string;
	background: string;
}

export function contrastOf(page: Page, targets: string[]): Promise<ContrastResult[]> {
	return page.evaluate((selectors) => {
		const rgb = (color: string): number[] => {
			const probe = document.createElement('canvas').getContext('2d')!;
			probe.fillStyle = color;
			const hex = probe.fillStyle as string;
			if (hex.startsWith('#')) return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			const parts = hex.match(/[\d.]+/g)!.map(Number);
			return parts[3] === 0 ? [255, 255, 255] : parts.slice(0, 3);
		};
		const luminance = (c: number[]) => {
			const [r, g, b] = c.map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const backgroundOf = (el: Element): string => {
			const style = getComputedStyle(el);
			if (el instanceof SVGElement && style.stroke !== 'none' && style.paintOrder.startsWith('stroke')) return style.stroke;
			el.scrollIntoView({ block: 'center', inline: 'center' }); // hit-testing sees only the viewport
			const box = el.getBoundingClientRect();
			const under = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
			for (const candidate of under) {
				if (candidate === el || candidate.contains(el)) continue;
				if (candidate instanceof SVGGeometryElement || candidate instanceof SVGUseElement) {
					const fill = getComputedStyle(candidate).fill;
					if (fill !== 'none') return fill;
				}
			}
			for (let node: Element | null = el; node; node = node.parentElement) {
				const bg = getComputedStyle(node).backgroundColor;
				if (bg && !/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
			}
			return '#ffffff';
		};
		return selectors.flatMap((selector) => {
			const el = document.querySelector(selector);
			if (!el) return [];
			const style = getComputedStyle(el);
			const foreground = el instanceof SVGElement ? style.fill : style.color;
			const background = backgroundOf(el);
			const [l1, l2] = [luminance(rgb(foreground)), luminance(rgb(background))].sort((a, b) => b - a);
			return [{ target: selector, ratio: (l1 + 0.05) / (l2 + 0.05), foreground, background }];
		});
	}, targets);
}
