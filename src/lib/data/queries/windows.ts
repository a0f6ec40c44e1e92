/**
 * The next inspection's window, measured from the data: for each grade given at an ILACS inspection,
 * the days from that inspection to the authority's next graded inspection, where one has followed
 * (observed gaps only: an authority still waiting adds none, so long waits are under-represented).
 * Not Ofsted's rule: what the published inspections show.
 */
import type { Grade } from '../schema';
import { defineQuery } from './define';

/** Observed gaps after ILACS inspections, by grade, from inspections published by `published_by`. */
const GAPS = `
	WITH graded AS (
		SELECT ons_code, framework, overall_effectiveness AS grade, judged_on,
		       lead(judged_on) OVER (PARTITION BY ons_code ORDER BY judged_on, publication_date) AS next_judged_on
		FROM grade_spans(CAST($published_by AS DATE))
	)
	SELECT grade, count(*)::INTEGER AS cases,
	       quantile_cont(datediff('day', judged_on, next_judged_on), 0.5) AS median_days,
	       quantile_cont(datediff('day', judged_on, next_judged_on), 0.25) AS q1_days,
	       quantile_cont(datediff('day', judged_on, next_judged_on), 0.75) AS q3_days
	FROM graded
	WHERE framework = 'ILACS' AND next_judged_on IS NOT NULL
	GROUP BY grade`;

export interface GapRow {
	grade: Grade;
	cases: number;
	median_days: number;
	q1_days: number;
	q3_days: number;
}

export const inspectionGaps = defineQuery<{ published_by: string }, GapRow>({
	name: 'inspectionGaps',
	sql: `SELECT g.* FROM (${GAPS}) g JOIN grades USING (grade) ORDER BY grade_rank`,
	params: (a) => ({ published_by: a.published_by }),
	samples: [{ published_by: '2025-09-25' }]
});

/** Where an authority stands against its window on a date: before it, inside it, past it, or with none measured. */
export type WindowStatus = 'before' | 'inside' | 'past' | 'no ILACS grade' | 'not inspected';

export interface WindowRow {
	ons_code: string;
	name: string;
	region: string;
	inspection_type: string | null;
	grade: Grade | null;
	judged_on: string | null;
	days_since: number | null;
	cases: number | null;
	median_days: number | null;
	window_opens: string | null;
	window_closes: string | null;
	status: WindowStatus;
}

/**
 * Every authority of `as_at`, its latest graded inspection then and the days since, and its window:
 * from the lower to the upper quartile of the observed gaps after an ILACS inspection of that grade.
 */
export const inspectionWindows = defineQuery<{ as_at: string; published_by: string }, WindowRow>({
	name: 'inspectionWindows',
	sql: `
		WITH gaps AS (${GAPS}),
		latest AS (SELECT * FROM latest_grades(CAST($as_at AS DATE), published_by := CAST($published_by AS DATE)))
		SELECT l.ons_code, l.name, l.region, l.inspection_type, l.overall_effectiveness AS grade, CAST(l.judged_on AS VARCHAR) AS judged_on,
		       datediff('day', l.judged_on, CAST($as_at AS DATE))::INTEGER AS days_since,
		       g.cases, g.median_days,
		       CAST(l.judged_on + CAST(round(g.q1_days) AS INTEGER) AS VARCHAR) AS window_opens,
		       CAST(l.judged_on + CAST(round(g.q3_days) AS INTEGER) AS VARCHAR) AS window_closes,
		       CASE WHEN l.judged_on IS NULL THEN 'not inspected'
		            WHEN g.grade IS NULL THEN 'no ILACS grade'
		            WHEN l.judged_on + CAST(round(g.q1_days) AS INTEGER) > CAST($as_at AS DATE) THEN 'before'
		            WHEN l.judged_on + CAST(round(g.q3_days) AS INTEGER) >= CAST($as_at AS DATE) THEN 'inside'
		            ELSE 'past' END AS status
		FROM latest l LEFT JOIN gaps g ON g.grade = l.overall_effectiveness AND l.framework = 'ILACS'
		ORDER BY l.name`,
	params: (a) => ({ as_at: a.as_at, published_by: a.published_by }),
	samples: [
		{ as_at: '2025-03-31', published_by: '2025-09-25' },
		{ as_at: '2018-12-31', published_by: '2025-09-25' }
	]
});
