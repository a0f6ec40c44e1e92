/** An authority's journey: its inspections, its region and England at each, several journeys side by side. */
import type { Grade } from '../schema';
import { codesValue, defineQuery } from './define';

export interface InspectionOfRow {
	inspection_id: string;
	framework: 'SIF' | 'ILACS';
	inspection_type: string;
	inspection_date: string | null;
	publication_date: string;
	judged_on: string;
	overall_effectiveness: Grade;
	help_and_protection: Grade | null;
	children_in_care: Grade | null;
	adoption: Grade | null;
	care_leavers: Grade | null;
	leadership: Grade | null;
	lscb: Grade | null;
	report_url: string | null;
	source_file: string;
	source_row: number;
	also_in: string | null;
	source_conflicts: string | null;
}

/** One authority's graded inspections, oldest first. */
export const inspectionsOf = defineQuery<{ ons_code: string }, InspectionOfRow>({
	name: 'inspectionsOf',
	sql: `
		SELECT * EXCLUDE (ons_code, inspection_date, publication_date),
		       CAST(inspection_date AS VARCHAR) AS inspection_date, CAST(publication_date AS VARCHAR) AS publication_date,
		       CAST(coalesce(inspection_date, publication_date) AS VARCHAR) AS judged_on
		FROM inspections WHERE ons_code = $ons_code
		ORDER BY judged_on`,
	params: (a) => ({ ons_code: a.ons_code }),
	samples: [{ ons_code: 'E08000026' }]
});

export interface VisitOfRow {
	visit_id: string;
	visit_type: 'Focused visit' | 'Monitoring visit';
	visit_date: string;
	publication_date: string | null;
	theme: string | null;
	report_url: string | null;
	source_file: string;
	source_row: number;
}

/** One authority's ungraded visits (focused and monitoring), oldest first: April 2022 to March 2025 only. */
export const visitsOf = defineQuery<{ ons_code: string }, VisitOfRow>({
	name: 'visitsOf',
	sql: `
		SELECT visit_id, visit_type, CAST(visit_date AS VARCHAR) AS visit_date, CAST(publication_date AS VARCHAR) AS publication_date,
		       theme, report_url, source_file, source_row
		FROM visits WHERE ons_code = $ons_code
		ORDER BY visit_date`,
	params: (a) => ({ ons_code: a.ons_code }),
	samples: [{ ons_code: 'E08000032' }]
});

export interface AreaAtInspectionRow {
	inspection_id: string;
	as_at: string;
	/** 'England' or the region's name. */
	area: string;
	grade: Grade;
	authorities: number;
	/** Share among the area's authorities with a grade on that date, 0–1. */
	share: number;
}

/** The grade distribution of the authority's region and of England as at each of its inspections. */
export const areasAtInspections = defineQuery<{ ons_code: string; published_by: string }, AreaAtInspectionRow>({
	name: 'areasAtInspections',
	sql: `
		WITH own AS (
			SELECT i.inspection_id, coalesce(i.inspection_date, i.publication_date) AS as_at, a.region
			FROM inspections i JOIN authorities a USING (ons_code)
			WHERE i.ons_code = $ons_code
		),
		latest AS (
			SELECT own.inspection_id, own.as_at, own.region AS own_region, lg.*
			FROM own, LATERAL latest_grades(own.as_at, published_by := CAST($published_by AS DATE)) AS lg
			WHERE lg.grade_rank IS NOT NULL
		),
		counted AS (
			SELECT inspection_id, as_at, 'England' AS area, 0 AS area_order, overall_effectiveness AS grade, grade_rank, count(*) AS n
			FROM latest GROUP BY ALL
			UNION ALL
			SELECT inspection_id, as_at, region, 1, overall_effectiveness, grade_rank, count(*)
			FROM latest WHERE region = own_region GROUP BY ALL
		)
		SELECT inspection_id, CAST(as_at AS VARCHAR) AS as_at, area, grade, CAST(n AS INTEGER) AS authorities,
		       n / sum(n) OVER (PARTITION BY inspection_id, area) AS share
		FROM counted
		ORDER BY as_at, area_order, grade_rank`,
	params: (a) => ({ ons_code: a.ons_code, published_by: a.published_by }),
	samples: [{ ons_code: 'E08000026', published_by: '2025-06-30' }]
});

export type JourneyRow = InspectionOfRow & { ons_code: string; name: string };

/** The graded inspections of several authorities, for journeys side by side. */
export const journeys = defineQuery<{ codes: string[] }, JourneyRow>({
	name: 'journeys',
	sql: `
		SELECT i.* EXCLUDE (inspection_date, publication_date), a.name,
		       CAST(i.inspection_date AS VARCHAR) AS inspection_date, CAST(i.publication_date AS VARCHAR) AS publication_date,
		       CAST(coalesce(i.inspection_date, i.publication_date) AS VARCHAR) AS judged_on
		FROM inspections i JOIN authorities a USING (ons_code)
		WHERE list_contains(string_split($codes, ','), i.ons_code)
		ORDER BY a.name, judged_on`,
	params: (a) => ({ codes: codesValue(a.codes) }),
	samples: [{ codes: ['E08000026', 'E06000015'] }, { codes: ['E10000021', 'E06000061', 'E06000062'] }]
});
