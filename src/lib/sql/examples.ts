/** The console's example queries, one click away; each is run by the tests on both engines. */
import { DEFAULT_AUTHORITY } from '../site';

export interface Example {
	title: string;
	sql: string;
}

export const EXAMPLES: Example[] = [
	{
		title: 'Coventry’s journey',
		sql: `-- Every graded inspection of Coventry, oldest first
SELECT framework, inspection_type, inspection_date, publication_date,
       overall_effectiveness, report_url
FROM inspections
WHERE ons_code = '${DEFAULT_AUTHORITY}'
ORDER BY publication_date`
	},
	{
		title: 'Good or outstanding, by region, at a date',
		sql: `-- Share of graded authorities judged good or outstanding, by region, as at 31 March 2025
SELECT region,
       count(overall_effectiveness) AS graded,
       round(100 * count(*) FILTER (WHERE overall_effectiveness IN ('Outstanding', 'Good'))
             / count(overall_effectiveness), 1) AS pct_good_or_outstanding
FROM latest_grades(DATE '2025-03-31')
GROUP BY region
ORDER BY pct_good_or_outstanding DESC`
	},
	{
		title: 'Time out of inadequate',
		sql: `-- Months from an inadequate judgement to the next graded inspection that was better
WITH graded AS (
  SELECT ons_code, judged_on, overall_effectiveness AS grade,
         lag(overall_effectiveness) OVER (PARTITION BY ons_code ORDER BY judged_on) AS previous_grade
  FROM grade_spans(DATE '9999-12-31')
),
spells AS (
  SELECT s.ons_code, s.judged_on AS inadequate_on,
         (SELECT min(n.judged_on) FROM graded n
          WHERE n.ons_code = s.ons_code AND n.judged_on > s.judged_on AND n.grade <> 'Inadequate') AS better_on
  FROM graded s
  WHERE s.grade = 'Inadequate' AND coalesce(s.previous_grade, '') <> 'Inadequate'
)
SELECT a.name, inadequate_on, better_on,
       round(date_diff('day', inadequate_on, better_on) / (365.25 / 12), 1) AS months
FROM spells JOIN authorities a USING (ons_code)
WHERE better_on IS NOT NULL
ORDER BY months`
	},
	{
		title: 'Your upload beside the ratings',
		sql: `-- Needs a series loaded on the upload page: its values in 2024, by each authority's grade then
SELECT u.measure, g.overall_effectiveness AS grade_at_31_march_2024,
       count(*) AS areas, round(avg(u.value), 1) AS mean_value
FROM uploaded_series u
JOIN latest_grades(DATE '2024-03-31') g USING (ons_code)
WHERE u.year = 2024 AND u.value IS NOT NULL
GROUP BY ALL
ORDER BY u.measure, min(g.grade_rank)`
	}
];
