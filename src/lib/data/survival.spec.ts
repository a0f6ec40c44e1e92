/** Kaplan–Meier and Greenwood on a fixture worked by hand (working in the comments). */
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from './survival';

// Six spells (months): events at 3, 5, 8 and 12; censored at 5 and 10.
const spells = [
	{ time: 3, event: true },
	{ time: 5, event: true },
	{ time: 5, event: false },
	{ time: 8, event: true },
	{ time: 10, event: false },
	{ time: 12, event: true }
];

describe('kaplanMeier', () => {
	const curve = kaplanMeier(spells);
	const at = (time: number) => curve.steps.find((s) => s.time === time)!;

	it('estimates survival step by step', () => {
		// t=3: 6 at risk, 1 event: S = 5/6
		expect(at(3)).toMatchObject({ atRisk: 6, events: 1, censored: 0 });
		expect(at(3).survival).toBeCloseTo(0.833, 3);
		// t=5: 5 at risk (the censored one still counts at its own time), 1 event: S = 5/6 · 4/5 = 2/3
		expect(at(5)).toMatchObject({ atRisk: 5, events: 1, censored: 1 });
		expect(at(5).survival).toBeCloseTo(0.667, 3);
		// t=8: 3 at risk, 1 event: S = 2/3 · 2/3 = 4/9
		expect(at(8).survival).toBeCloseTo(0.444, 3);
		// t=10: censoring only, S unchanged
		expect(at(10)).toMatchObject({ atRisk: 2, events: 0, censored: 1 });
		expect(at(10).survival).toBeCloseTo(0.444, 3);
		// t=12: the last one leaves: S = 0
		expect(at(12).survival).toBe(0);
	});

	it('gives Greenwood standard errors and a 95% band', () => {
		// Σ d/(n(n-d)): 1/30 = 0.03333; se = 0.8333 · √0.03333 = 0.152
		expect(at(3).se).toBeCloseTo(0.152, 3);
		expect(at(3).lower).toBeCloseTo(0.535, 3); // 0.8333 − 1.96 · 0.15215
		expect(at(3).upper).toBe(1); // clipped
		// + 1/20 = 0.08333; se = 0.6667 · 0.28868 = 0.192
		expect(at(5).se).toBeCloseTo(0.192, 3);
		expect(at(5).lower).toBeCloseTo(0.289, 3);
		// + 1/6 = 0.25; se = 0.4444 · 0.5 = 0.222
		expect(at(8).se).toBeCloseTo(0.222, 3);
		expect(at(8).lower).toBeCloseTo(0.009, 3);
		expect(at(8).upper).toBeCloseTo(0.880, 3);
	});

	it('finds the median and its interval', () => {
		expect(curve.median).toBe(8); // first S ≤ 0.5
		expect(curve.medianLower).toBe(5); // band's lower edge first ≤ 0.5
		expect(curve.medianUpper).toBe(12); // upper edge first ≤ 0.5
		expect(curve).toMatchObject({ observations: 6, events: 4 });
	});

	it('has no median when fewer than half the spells end', () => {
		expect(kaplanMeier([{ time: 4, event: true }, { time: 6, event: false }, { time: 9, event: false }]).median).toBeNull();
	});
});
