/**
 * How grades look. A blue–red diverging scheme (ColorBrewer RdBu), distinguishable with deuteranopia
 * and protanopia; the grade word or its abbreviation is always drawn too, so colour is never the
 * only cue. Text colours meet WCAG AA contrast on each fill.
 */
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
