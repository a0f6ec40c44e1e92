/** Context indicators over time and by grade. */
import type { IndicatorKey } from '../indicators';
import type { Grade } from '../schema';
import { codesValue, defineQuery } from './define';

export interface IndicatorPoint {
	ons_code: string;
	period: number;
	period_end: string;
	value: number | null;
	suppression: string | null;
	unit: string;
	release: string;
	source: string;
}

/** One indicator over time for some areas (authorities, regions, England), from the newest release of each year. */
export const indicatorSeries = defineQuery<{ indicator: IndicatorKey; codes: string[] }, IndicatorPoint>({
	name: 'indicatorSeries',
	sql: `
		SELECT ons_code, period, CAST(period_end AS VARCHAR) AS period_end, value, suppression, unit, release, source
		FROM indicators_latest
		WHERE indicator = $indicator AND list_contains(string_split($codes, ','), ons_code)
		ORDER BY ons_code, period`,
	params: (a) => ({ indicator: a.indicator, codes: codesValue(a.codes) }),
	samples: [{ indicator: 'sw_turnover', codes: ['E08000026', 'E12000005', 'E92000001'] }]
});

export interface IndicatorByGradeRow {
	ons_code: string;
	name: string;
	grade: Grade;
	grade_rank: number;
	period: number;
	value: number;
	release: string;
}

/**
 * Each authority's latest overall grade as at `as_at`, with the indicator's value for the latest year
 * ending on or before that date (one year for all, newest release; authorities without a published
 * value that year are left out).
 */
export const indicatorByGrade = defineQuery<{ indicator: IndicatorKey; as_at: string; published_by: string }, IndicatorByGradeRow>({
	name: 'indicatorByGrade',
	sql: `
		WITH year AS (
			SELECT max(period) AS period FROM indicators_latest
			WHERE indicator = $indicator AND period_end <= CAST($as_at AS DATE) AND value IS NOT NULL
		)
		SELECT g.ons_code, g.name, g.overall_effectiveness AS grade, g.grade_rank, i.period, i.value, i.release
		FROM latest_grades(CAST($as_at AS DATE), published_by := CAST($published_by AS DATE)) g
		JOIN indicators_latest i ON i.ons_code = g.ons_code AND i.indicator = $indicator
		JOIN year ON i.period = year.period
		WHERE g.grade_rank IS NOT NULL AND i.value IS NOT NULL
		ORDER BY g.grade_rank, i.value, g.name`,
	params: (a) => ({ indicator: a.indicator, as_at: a.as_at, published_by: a.published_by }),
	samples: [{ indicator: 'cla_rate', as_at: '2024-03-31', published_by: '2024-03-31' }]
});
