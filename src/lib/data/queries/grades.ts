/** The national picture: the data's dates, grade shares over time, each authority's latest grade, the authorities. */
import { monthEnd } from '../../format';
import type { Authority, Grade, HexCell } from '../schema';
import { defineQuery } from './define';

export interface DataDates {
	first_publication: string;
	latest_inspection: string;
	latest_publication: string;
	/** The end of the latest period of any context indicator. */
	latest_indicator: string;
	/** Ofsted's newest release the data comes from (the releases table): its title, as-at date and publication. */
	release_title: string;
	release_as_at: string;
	release_published: string;
}

/** The span of the data and its newest Ofsted release: what "latest" means on every page. */
export const dataDates = defineQuery<Record<string, never>, DataDates>({
	name: 'dataDates',
	sql: `
		SELECT CAST(min(publication_date) AS VARCHAR) AS first_publication,
		       CAST(max(coalesce(inspection_date, publication_date)) AS VARCHAR) AS latest_inspection,
		       CAST(max(publication_date) AS VARCHAR) AS latest_publication,
		       (SELECT CAST(max(period_end) AS VARCHAR) FROM indicators) AS latest_indicator,
		       any_value(r.title) AS release_title, CAST(any_value(r.as_at) AS VARCHAR) AS release_as_at,
		       CAST(any_value(r.published) AS VARCHAR) AS release_published
		FROM inspections,
		     (SELECT title, as_at, published FROM releases WHERE publisher = 'Ofsted' ORDER BY as_at DESC LIMIT 1) r`,
	samples: [{}]
});

/**
 * The time axis shared by an authority's journey and its context indicators: from the month of the
 * first published inspection to the later of the latest inspection month and the latest indicator.
 */
export function timeAxis(dates: DataDates): { start: string; end: string } {
	const latestMonth = monthEnd(dates.latest_inspection);
	return { start: `${dates.first_publication.slice(0, 7)}-01`, end: dates.latest_indicator > latestMonth ? dates.latest_indicator : latestMonth };
}

export interface GradeShareRow {
	as_at: string;
	grade: Grade | 'Not yet inspected';
	authorities: number;
	/** Share of the authorities with a grade on that date (the base Ofsted uses), 0–1; null for not inspected. */
	share: number | null;
}

/**
 * Share of authorities at each overall grade, as at the end of each month from `from` to `to`, counting
 * inspections published by `published_by` (the charts use the latest publication: grades as now
 * known), in `region` or England when it is null.
 */
export const gradeShareOverTime = defineQuery<{ from: string; to: string; published_by: string; region: string | null }, GradeShareRow>({
	name: 'gradeShareOverTime',
	sql: `
		WITH months AS (
			SELECT list(CAST(last_day(m) AS DATE)) AS days
			FROM range(CAST(CAST($from AS DATE) AS TIMESTAMP), CAST(CAST($to AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS r(m)
		),
		latest AS (
			SELECT * FROM latest_grades_on((SELECT days FROM months), CAST($published_by AS DATE))
			WHERE CAST($region AS VARCHAR) IS NULL OR region = $region
		),
		counted AS (
			SELECT as_at, coalesce(overall_effectiveness, 'Not yet inspected') AS grade, grade_rank,
			       CAST(count(*) AS INTEGER) AS authorities
			FROM latest GROUP BY ALL
		)
		SELECT CAST(as_at AS VARCHAR) AS as_at, grade, authorities,
		       CASE WHEN grade_rank IS NULL THEN NULL
		            ELSE authorities / sum(CASE WHEN grade_rank IS NULL THEN 0 ELSE authorities END) OVER (PARTITION BY as_at) END AS share
		FROM counted
		ORDER BY as_at, coalesce(grade_rank, 5)`,
	params: (a) => ({ from: a.from, to: a.to, published_by: a.published_by, region: a.region }),
	samples: [
		{ from: '2014-01-31', to: '2025-03-31', published_by: '2025-06-30', region: null },
		{ from: '2014-01-31', to: '2025-03-31', published_by: '2025-06-30', region: 'London' }
	]
});

export interface LatestGradeRow {
	ons_code: string;
	name: string;
	region: string;
	overall_effectiveness: Grade | null;
	grade_rank: number | null;
	inspection_type: string | null;
	judged_on: string | null;
	publication_date: string | null;
}

/** Each authority's latest grade as at a date, published by `published_by` (the map, its list and the headline). */
export const latestGradesAt = defineQuery<{ as_at: string; published_by: string }, LatestGradeRow>({
	name: 'latestGradesAt',
	sql: `
		SELECT ons_code, name, region, overall_effectiveness, grade_rank, inspection_type,
		       CAST(judged_on AS VARCHAR) AS judged_on, CAST(publication_date AS VARCHAR) AS publication_date
		FROM latest_grades(CAST($as_at AS DATE), published_by := CAST($published_by AS DATE))
		ORDER BY name`,
	params: (a) => ({ as_at: a.as_at, published_by: a.published_by }),
	samples: [{ as_at: '2019-08-31', published_by: '2019-09-30' }]
});

/** Every authority's cell in the equal-area map (the `hex_layout` table). */
export const hexLayout = defineQuery<Record<string, never>, HexCell>({
	name: 'hexLayout',
	sql: 'SELECT ons_code, q, r, half, placement FROM hex_layout ORDER BY ons_code',
	samples: [{}]
});

/** An authority named, where pages link to it. */
export interface AuthorityLink {
	ons_code: string;
	name: string;
}

/** An authority as the pages use it: its successors and predecessors named rather than coded. */
export type AuthorityRow = Omit<Authority, 'successor_codes'> & {
	/** Successors of an abolished council. */
	successors: AuthorityLink[];
	/** Abolished councils this one took over from. */
	predecessors: AuthorityLink[];
};

/** Every authority, current and abolished, with its successors and predecessors named. */
export const authorities = defineQuery<Record<string, never>, AuthorityRow>({
	name: 'authorities',
	sql: `
		WITH links AS (
			SELECT a.ons_code AS abolished, unnest(string_split(a.successor_codes, ';')) AS successor FROM authorities a
			WHERE a.successor_codes IS NOT NULL
		)
		SELECT a.ons_code, a.dfe_code, a.name, a.region_code, a.region, a.subregion, a.ofsted_region,
		       CAST(a.valid_from AS VARCHAR) AS valid_from, CAST(a.valid_to AS VARCHAR) AS valid_to, a.other_codes,
		       coalesce((SELECT list({'ons_code': s.ons_code, 'name': s.name} ORDER BY s.name) FROM links l JOIN authorities s ON s.ons_code = l.successor WHERE l.abolished = a.ons_code), []) AS successors,
		       coalesce((SELECT list({'ons_code': p.ons_code, 'name': p.name} ORDER BY p.name) FROM links l JOIN authorities p ON p.ons_code = l.abolished WHERE l.successor = a.ons_code), []) AS predecessors
		FROM authorities a
		ORDER BY a.name, a.valid_to NULLS FIRST`,
	samples: [{}]
});
