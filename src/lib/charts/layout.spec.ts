import { describe, expect, it } from 'vitest';
import { fitText, flowKey, spread, textWidth, wrap } from './layout';

describe('textWidth', () => {
	it('gives wide letters more room than narrow ones, in proportion to the size', () => {
		expect(textWidth('MMMM', 12)).toBeGreaterThan(textWidth('iiii', 12) * 2);
		expect(textWidth('Req. improvement 20%', 24)).toBeCloseTo(textWidth('Req. improvement 20%', 12) * 2);
		expect(textWidth('', 12)).toBe(0);
	});
});

describe('bold text', () => {
	it('is given a tenth more room, in width, fitting and wrapping', () => {
		expect(textWidth('Coventry', 12, true)).toBeCloseTo(textWidth('Coventry', 12) * 1.1);
		const room = textWidth('Coventry', 12) + 1;
		expect(fitText('Coventry', room, 12)).toBe('Coventry');
		expect(fitText('Coventry', room, 12, true)).toMatch(/…$/);
		expect(wrap('Coventry Coventry', textWidth('Coventry Coventry', 12) + 1, 12, true)).toEqual(['Coventry', 'Coventry']);
	});
});

describe('spread', () => {
	it('leaves labels that do not touch where they are', () => {
		expect(spread([{ at: 50, size: 20 }, { at: 150, size: 20 }], 0, 300)).toEqual([50, 150]);
	});

	it('moves the later of two touching labels along, keeping the gap', () => {
		const [a, b] = spread([{ at: 100, size: 20 }, { at: 110, size: 60 }], 0, 300, 4);
		expect(a).toBe(100);
		expect(b - 30 - (a + 10)).toBe(4);
	});

	it('keeps labels inside the bounds, pushing back from the far end', () => {
		const centres = spread([{ at: 280, size: 40 }, { at: 290, size: 40 }], 0, 300, 4);
		expect(centres[1] + 20).toBeLessThanOrEqual(300);
		expect(centres[1] - 20 - (centres[0] + 20)).toBeGreaterThanOrEqual(4);
	});

	it('keeps the labels’ order whatever order they come in', () => {
		const [late, early] = spread([{ at: 105, size: 30 }, { at: 100, size: 30 }], 0, 300);
		expect(early).toBeLessThan(late);
	});
});

describe('flowKey', () => {
	it('puts a key on one row when it fits, and wraps an item that would pass the edge', () => {
		expect(flowKey(['Good', 'Inadequate'], 10, 700).map((p) => p.row)).toEqual([0, 0]);
		const narrow = flowKey(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'], 10, 200);
		expect(narrow[0]).toEqual({ x: 10, row: 0 });
		expect(narrow.at(-1)!.row).toBeGreaterThan(0);
		for (const [i, { x }] of narrow.entries()) expect(x + 18 + textWidth(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'][i], 12)).toBeLessThanOrEqual(200);
	});
});
