/**
 * The benchmark, worked out by hand for Coventry on three indicators and compared with the query:
 * social worker turnover (DfE: lower is better; seven authorities without a figure: four published only jointly with another), children looked
 * after per 10,000 (no direction stated; two without) and re-referrals (lower is better). The figures
 * are read from DfE's own files when ../shared is here, otherwise from the committed rows of the same
 * release (which the import test reproduces from those files). Polarity comes from the dictionary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import type { IndicatorKey } from '../../src/lib/data/indicators';
import { openNodeEngine } from '../../src/lib/engine/node';
import { hasRaw, queriesOn, rawDir, root, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());

const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
const committed = (name: string) => csv(join(root, 'data', name));
const COVENTRY = 'E08000026';
const ENGLAND = 'E92000001';
const WEST_MIDLANDS = 'E12000005';

interface Case {
	indicator: IndicatorKey;
	period: number;
	/** The release whose rows hold that year (the newest that has it). */
	release: string;
	/** DfE's file, the rows of the year, and the column. */
	raw: { file: string; column: string; only?: [string, string] };
}

const CASES: Case[] = [
	{ indicator: 'sw_turnover', period: 2025, release: 'csww-2025', raw: { file: 'dfe/csww_indicators_2017_to_2025.csv', column: 'turnover_rate_fte' } },
	{
		indicator: 'cla_rate',
		period: 2025,
		release: 'cla-2025',
		raw: { file: 'dfe/cla_number_and_rate_per_10k_children_2021_to_2025.csv', column: 'rate_per_10000', only: ['population_type', 'Children looked after on 31 March each year'] }
	},
	{ indicator: 'rereferral_rate', period: 2025, release: 'cin-referrals-2025', raw: { file: 'dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', column: 'rereferral_percent' } }
];

/** Each area's figure that year (null where DfE put a code in its place): from DfE's file, or the committed rows of its release. */
function figures(c: Case): Map<string, number | null> {
	const number = (text: string) => (/^-?[\d.]+$/.test(text) ? Number(text) : null);
	if (hasRaw) {
		const rows = csv(join(rawDir, c.raw.file)).filter((r) => r.time_period === String(c.period) && (!c.raw.only || r[c.raw.only[0]] === c.raw.only[1]));
		// DfE's files give some authorities a code of theirs other than the one used here (Barnsley's E08000038).
		const current = new Map(committed('authorities.csv').flatMap((a) => [a.ons_code, ...a.other_codes.split(';').filter(Boolean)].map((other) => [other, a.ons_code])));
		const code = (r: Record<string, string>) => (r.geographic_level === 'National' ? r.country_code : r.geographic_level === 'Regional' ? r.region_code : (current.get(r.new_la_code) ?? r.new_la_code));
		return new Map(rows.filter((r) => ['National', 'Regional', 'Local authority'].includes(r.geographic_level)).map((r) => [code(r), number(r[c.raw.column])]));
	}
	const rows = committed('indicator_values.csv').filter((r) => r.indicator === c.indicator && r.period === String(c.period) && r.release === c.release);
	return new Map(rows.map((r) => [r.ons_code, r.value === '' ? null : Number(r.value)]));
}

/** The benchmark by hand: competition rank (ties share the better rank), bands by quarters of the ranks, plain means. */
function byHand(c: Case) {
	const values = figures(c);
	const polarity = committed('indicator_polarity.csv').find((p) => p.indicator === c.indicator)!.polarity;
	const periodEnd = `${c.period}-${c.indicator.startsWith('sw_') ? '09-30' : '03-31'}`;
	const existing = committed('authorities.csv').filter((a) => (!a.valid_from || a.valid_from <= periodEnd) && (!a.valid_to || a.valid_to >= periodEnd));
	const ranked = existing.flatMap((a) => (typeof values.get(a.ons_code) === 'number' ? [values.get(a.ons_code)!] : []));
	const own = values.get(COVENTRY)!;
	const better = ranked.filter((v) => (polarity === 'Low' ? v < own : v > own)).length;
	const rank = better + 1;
	const neighbours = committed('statistical_neighbours.csv')
		.filter((n) => n.ons_code === COVENTRY)
		.flatMap((n) => (typeof values.get(n.neighbour_code) === 'number' ? [values.get(n.neighbour_code)!] : []));
	return {
		value: own,
		rank,
		ranked: ranked.length,
		unranked: existing.length - ranked.length,
		band: 'ABCD'[Math.floor((4 * (rank - 1)) / ranked.length)],
		polarity: polarity || null,
		neighbours_average: neighbours.reduce((s, v) => s + v, 0) / neighbours.length,
		neighbours_with_value: neighbours.length,
		region_value: values.get(WEST_MIDLANDS),
		england_value: values.get(ENGLAND)
	};
}

describe('the benchmark', () => {
	it(`ranks, bands and averages Coventry as worked out by hand (from ${hasRaw ? 'DfE’s files' : 'the committed rows: ../shared is absent'})`, async () => {
		const rows = await q(queries.benchmark, { codes: [COVENTRY], indicators: CASES.map((c) => c.indicator) });
		expect(rows.map((r) => r.indicator)).toEqual(CASES.map((c) => c.indicator));
		for (const c of CASES) {
			const row = rows.find((r) => r.indicator === c.indicator)!;
			const expected = byHand(c);
			expect(row.period, c.indicator).toBe(c.period);
			const { neighbours_average, ...exact } = expected;
			expect(row, c.indicator).toMatchObject(exact);
			expect(row.neighbours_average, c.indicator).toBeCloseTo(neighbours_average, 9);
		}
	});

	it('pins the figures of the hand-worked cases, and the directions the dictionary gives them', async () => {
		const rows = await q(queries.benchmark, { codes: [COVENTRY], indicators: CASES.map((c) => c.indicator) });
		expect(rows.map((r) => [r.indicator, r.value, r.rank, r.ranked, r.unranked, r.band, r.polarity])).toEqual([
			['sw_turnover', 11.3, 66, 146, 7, 'B', 'Low'],
			['cla_rate', 82, 46, 151, 2, 'B', null],
			['rereferral_rate', 18.5, 55, 153, 0, 'B', 'Low']
		]);
	});

	it('leaves a suppressed authority unranked, with its code, and ranks an abolished council in its last year', async () => {
		const rows = await q(queries.benchmark, { codes: ['E06000053', 'E10000021'], indicators: ['cla_rate'] });
		const scilly = rows.find((r) => r.ons_code === 'E06000053')!;
		expect(scilly).toMatchObject({ period: 2025, value: null, suppression: 'z', rank: null, band: null, ranked: 151, unranked: 2 });
		const northamptonshire = rows.find((r) => r.ons_code === 'E10000021')!;
		expect(northamptonshire).toMatchObject({ period: 2021, value: 67 });
		expect(northamptonshire.rank).toBeGreaterThan(0);
	});

	it('gives the spread of every authority with a figure, and each authority’s series', async () => {
		const args = { codes: [COVENTRY], indicators: ['sw_turnover'] as IndicatorKey[] };
		const [field] = await q(queries.benchmarkField, args);
		const values = field.values.split(',').map(Number);
		expect(field.period).toBe(2025);
		expect(values).toHaveLength(146);
		expect(values.every(Number.isFinite)).toBe(true);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(values).toContain(11.3);
		const trends = await q(queries.benchmarkTrends, args);
		expect(trends.map((t) => t.period)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
	});
});
