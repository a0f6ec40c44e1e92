/**
 * The benchmark: for chosen authorities and indicators, each one's latest published value, where it
 * ranks among every authority with a value that year, its quartile band, and the statistical
 * neighbours' average, its region and England beside it. Direction is DfE's own (`indicator_polarity`,
 * read from LAIT's data dictionary): rank 1 is the lowest value where DfE says lower is better, and
 * the highest otherwise (where DfE states no direction, that order implies none).
 */
import type { IndicatorKey } from '../indicators';
import { codesValue, defineQuery } from './define';

/**
 * The latest year of each chosen authority and indicator (while it existed), and every authority that
 * existed at that year's end, with its value then (null where suppressed or not published).
 */
const FIELD = `
	chosen AS (
		SELECT a.ons_code, a.name, a.region_code, a.region, i.indicator, max(i.period) AS period
		FROM authorities a JOIN indicators_latest i USING (ons_code)
		WHERE list_contains(string_split($codes, ','), a.ons_code) AND list_contains(string_split($indicators, ','), i.indicator)
		  AND i.period_end BETWEEN coalesce(a.valid_from, DATE '0001-01-01') AND coalesce(a.valid_to, DATE '9999-12-31')
		GROUP BY ALL
	),
	periods AS (
		SELECT DISTINCT c.indicator, c.period, CAST(c.period || '-' || d.period_end_month_day AS DATE) AS period_end
		FROM chosen c JOIN indicator_definitions d USING (indicator)
	),
	field AS (
		SELECT p.indicator, p.period, a.ons_code, i.value, i.suppression
		FROM periods p
		JOIN authorities a ON p.period_end BETWEEN coalesce(a.valid_from, DATE '0001-01-01') AND coalesce(a.valid_to, DATE '9999-12-31')
		LEFT JOIN indicators_latest i ON i.ons_code = a.ons_code AND i.indicator = p.indicator AND i.period = p.period
	)`;

export interface BenchmarkRow {
	ons_code: string;
	name: string;
	indicator: IndicatorKey;
	period: number;
	/** Null when suppressed (then `suppression` holds DfE's code). */
	value: number | null;
	suppression: string | null;
	previous_period: number | null;
	previous_value: number | null;
	/** Null when the authority's own value is suppressed: it is not ranked. */
	rank: number | null;
	/** How many authorities have a value that year (the ranked ones). */
	ranked: number;
	/** How many authorities of that year have none: suppressed, not applicable or not published. */
	unranked: number;
	band: 'A' | 'B' | 'C' | 'D' | null;
	polarity: 'Low' | 'High' | null;
	neighbours_average: number | null;
	/** Of the authority's statistical neighbours, how many have a value that year (the average is of these). */
	neighbours_with_value: number;
	neighbours: number;
	region: string;
	region_value: number | null;
	england_value: number | null;
	release: string;
	source: string;
}

export const benchmark = defineQuery<{ codes: string[]; indicators: IndicatorKey[] }, BenchmarkRow>({
	name: 'benchmark',
	sql: `
		WITH ${FIELD},
		ranked AS (
			SELECT f.indicator, f.period, f.ons_code,
			       rank() OVER (PARTITION BY f.indicator, f.period ORDER BY CASE WHEN p.polarity = 'Low' THEN f.value ELSE -f.value END)::INTEGER AS rank,
			       count(*) OVER (PARTITION BY f.indicator, f.period)::INTEGER AS ranked
			FROM field f LEFT JOIN indicator_polarity p USING (indicator)
			WHERE f.value IS NOT NULL
		),
		totals AS (
			SELECT indicator, period, count(value)::INTEGER AS ranked, count(*) FILTER (WHERE value IS NULL)::INTEGER AS unranked
			FROM field GROUP BY ALL
		),
		neighbours AS (
			SELECT c.ons_code, c.indicator, avg(f.value) AS neighbours_average,
			       count(f.value)::INTEGER AS neighbours_with_value, count(*)::INTEGER AS neighbours
			FROM chosen c
			JOIN statistical_neighbours s ON s.ons_code = c.ons_code
			LEFT JOIN field f ON f.ons_code = s.neighbour_code AND f.indicator = c.indicator AND f.period = c.period
			GROUP BY ALL
		)
		SELECT c.ons_code, c.name, c.indicator, c.period, own.value, own.suppression,
		       previous.period AS previous_period, previous.value AS previous_value,
		       r.rank, t.ranked, t.unranked,
		       CASE WHEN r.rank IS NOT NULL THEN substr('ABCD', 1 + (4 * (r.rank - 1) // t.ranked)::INTEGER, 1) END AS band,
		       p.polarity,
		       n.neighbours_average, coalesce(n.neighbours_with_value, 0) AS neighbours_with_value, coalesce(n.neighbours, 0) AS neighbours,
		       c.region, region.value AS region_value, england.value AS england_value,
		       own.release, own.source
		FROM chosen c
		JOIN indicators_latest own ON own.ons_code = c.ons_code AND own.indicator = c.indicator AND own.period = c.period
		JOIN totals t ON t.indicator = c.indicator AND t.period = c.period
		LEFT JOIN ranked r ON r.ons_code = c.ons_code AND r.indicator = c.indicator AND r.period = c.period
		LEFT JOIN indicators_latest previous ON previous.ons_code = c.ons_code AND previous.indicator = c.indicator AND previous.period = c.period - 1
		LEFT JOIN indicator_polarity p ON p.indicator = c.indicator
		LEFT JOIN neighbours n ON n.ons_code = c.ons_code AND n.indicator = c.indicator
		LEFT JOIN indicators_latest region ON region.ons_code = c.region_code AND region.indicator = c.indicator AND region.period = c.period
		LEFT JOIN indicators_latest england ON england.ons_code = 'E92000001' AND england.indicator = c.indicator AND england.period = c.period
		ORDER BY list_position(string_split($indicators, ','), c.indicator), list_position(string_split($codes, ','), c.ons_code)`,
	params: (a) => ({ codes: codesValue(a.codes), indicators: a.indicators.join(',') }),
	samples: [
		{ codes: ['E08000026'], indicators: ['sw_turnover', 'cla_rate', 'cpp_rate'] },
		{ codes: ['E08000026', 'E09000003', 'E10000021'], indicators: ['cla_rate'] }
	]
});

export interface BenchmarkFieldRow {
	indicator: IndicatorKey;
	period: number;
	/** Every authority's value that year, lowest first, comma-separated: a page carries thousands, so as one text each. */
	values: string;
}

/** The spread each benchmark row is placed in: every authority's value in the year the row shows. */
export const benchmarkField = defineQuery<{ codes: string[]; indicators: IndicatorKey[] }, BenchmarkFieldRow>({
	name: 'benchmarkField',
	sql: `
		WITH ${FIELD}
		SELECT indicator, period, string_agg(CAST(value AS VARCHAR), ',' ORDER BY value) AS "values"
		FROM field WHERE value IS NOT NULL GROUP BY ALL ORDER BY indicator, period`,
	params: (a) => ({ codes: codesValue(a.codes), indicators: a.indicators.join(',') }),
	samples: [{ codes: ['E08000026'], indicators: ['sw_turnover', 'cla_rate'] }]
});

export interface BenchmarkTrendRow {
	ons_code: string;
	indicator: IndicatorKey;
	period: number;
	value: number | null;
}

/** Each chosen authority's published series of each indicator, for the benchmark's sparklines. */
export const benchmarkTrends = defineQuery<{ codes: string[]; indicators: IndicatorKey[] }, BenchmarkTrendRow>({
	name: 'benchmarkTrends',
	sql: `
		SELECT ons_code, indicator, period, value FROM indicators_latest
		WHERE list_contains(string_split($codes, ','), ons_code) AND list_contains(string_split($indicators, ','), indicator)
		ORDER BY ons_code, indicator, period`,
	params: (a) => ({ codes: codesValue(a.codes), indicators: a.indicators.join(',') }),
	samples: [{ codes: ['E08000026'], indicators: ['sw_turnover', 'cla_rate'] }]
});
