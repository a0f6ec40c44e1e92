import { describe, expect, it } from 'vitest';
import type { BenchmarkRow } from '../data/queries';
import { benchmarkSummary, changeSince, sortRows } from './benchmark';

const row = (over: Partial<BenchmarkRow>): BenchmarkRow => ({
	ons_code: 'E08000026', name: 'Coventry', indicator: 'sw_turnover', period: 2025, value: 11.3, suppression: null, previous_period: 2024, previous_value: 17.7,
	rank: 66, ranked: 146, unranked: 7, band: 'B', polarity: 'Low', neighbours_average: 12.6, neighbours_with_value: 10, neighbours: 10,
	region: 'West Midlands', region_value: 11.5, england_value: 11.8, release: 'r', source: 's', ...over
});

describe('the benchmark in words', () => {
	it('calls a fall better only where DfE says lower is better, and gives no verdict where DfE states no direction', () => {
		expect(changeSince(row({}))).toEqual({ arrow: '↓', words: 'down 6.4 percentage points since 2024', verdict: 'better' });
		expect(changeSince(row({ value: 20 })).verdict).toBe('worse');
		expect(changeSince(row({ indicator: 'cla_rate', polarity: null, value: 82, previous_value: 83 }))).toEqual({ arrow: '↓', words: 'down 1 since 2024', verdict: null });
		expect(changeSince(row({ value: null, suppression: 'x' })).words).toBe('no figure to compare with 2024');
		expect(changeSince(row({ value: 17.7 })).words).toBe('no change since 2024');
	});

	it('sorts by a column either way, rows without a figure last', () => {
		const rows = [row({ ons_code: 'a', rank: 3 }), row({ ons_code: 'b', rank: null }), row({ ons_code: 'c', rank: 1 })];
		expect(sortRows(rows, 'rank', true, (r) => r.ons_code).map((r) => r.ons_code)).toEqual(['c', 'a', 'b']);
		expect(sortRows(rows, 'rank', false, (r) => r.ons_code).map((r) => r.ons_code)).toEqual(['a', 'c', 'b']);
		expect(sortRows(rows, 'label', false, (r) => r.ons_code).map((r) => r.ons_code)).toEqual(['c', 'b', 'a']);
	});

	it('counts the bands and the directed moves', () => {
		expect(benchmarkSummary('Coventry', [row({}), row({ indicator: 'cla_rate', polarity: null, band: 'A' })])).toBe(
			'Coventry’s quartile bands among all authorities: A on 1, B on 1 (of 2 ranked measures). Of the 1 measure where DfE says which direction is better, 1 moved that way since the year before and 0 the other way.'
		);
	});
});
