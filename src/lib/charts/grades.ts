/**
 * How grades look. A blue–red diverging scheme (ColorBrewer RdBu), distinguishable with deuteranopia
 * and protanopia; the grade word or its abbreviation is always drawn too, so colour is never the
 * only cue. Text colours meet WCAG AA contrast on each fill.
 */
import { rgb } from 'd3';
import type { Grade } from '../data/schema';

export const NO_GRADE = 'Not yet inspected';
export type GradeOrNone = Grade | typeof NO_GRADE;

export const GRADE_STYLE: Record<GradeOrNone, { fill: string; text: string; short: string }> = {
	Outstanding: { fill: '#2166ac', text: '#ffffff', short: 'O' },
	Good: { fill: '#92c5de', text: '#0b0c0c', short: 'G' },
	'Requires improvement': { fill: '#f4a582', text: '#0b0c0c', short: 'RI' },
	Inadequate: { fill: '#b2182b', text: '#ffffff', short: 'I' },
	[NO_GRADE]: { fill: '#e8e8e8', text: '#0b0c0c', short: '–' }
};

/** WCAG relative luminance of a colour d3 can parse. */
function luminance(color: string): number {
	const { r, g, b } = rgb(color);
	const [R, G, B] = [r, g, b].map((v) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** Near-black or white, whichever contrasts more with `fill`, for text drawn on it. */
export function readableInk(fill: string): string {
	const l = luminance(fill);
	return (l + 0.05) / (luminance('#0b0c0c') + 0.05) >= 1.05 / (l + 0.05) ? '#0b0c0c' : '#ffffff';
}
