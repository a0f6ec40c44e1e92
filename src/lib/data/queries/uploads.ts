/** The user's own series (uploaded on /upload/, loaded in the page's DuckDB), beside the site's figures. */
import type { TimelineEvent } from '../schema';
import { codesValue, defineQuery } from './define';
import type { IndicatorByGradeRow } from './indicators';

export interface UploadedPoint {
	ons_code: string;
	period: string;
	year: number;
	/** Where the point sits on a time axis: the date the file gives, or 31 March of the year given. */
	period_end: string;
	value: number | null;
	suppression: string | null;
}

/** One uploaded series for some areas, oldest first. */
export const uploadedSeries = defineQuery<{ upload: string; measure: string; codes: string[] }, UploadedPoint>({
	name: 'uploadedSeries',
	sql: `
		SELECT ons_code, period, year, CAST(coalesce(period_end, make_date(year, 3, 31)) AS VARCHAR) AS period_end, value, suppression
		FROM uploaded_series
		WHERE upload = $upload AND measure = $measure AND year IS NOT NULL AND list_contains(string_split($codes, ','), ons_code)
		ORDER BY ons_code, period_end, source_row`,
	params: (a) => ({ upload: a.upload, measure: a.measure, codes: codesValue(a.codes) }),
	// tests/upload-sample.ts loads this upload (the example file of /upload/) into both engines.
	samples: [{ upload: 'upload_dfe_children_in_need_example', measure: 'Anypoint_episodes_rate (Children in Need)', codes: ['E08000026', 'E06000029', 'E92000001'] }]
});

export interface UploadedReviewRow {
	upload: string;
	source_row: number;
	review_type: string | null;
	subject: string | null;
	url: string | null;
	published_on: string | null;
	year: number | null;
}

/** The reviews of the user's uploaded review logs that name an authority, oldest first. */
export const uploadedReviews = defineQuery<{ ons_code: string }, UploadedReviewRow>({
	name: 'uploadedReviews',
	sql: `
		SELECT upload, source_row, review_type, subject, url, CAST(published_on AS VARCHAR) AS published_on, year
		FROM uploaded_reviews
		WHERE ons_code = $ons_code
		ORDER BY published_on NULLS LAST, year NULLS LAST, upload, source_row`,
	params: (a) => ({ ons_code: a.ons_code }),
	// tests/upload-sample.ts loads a review log (tests/fixtures/upload/case-review-log.csv) into both engines.
	samples: [{ ons_code: 'E08000026' }]
});

/** A review of the user's log as a timeline event; only a web address (http or https) becomes a link. */
export function uploadedReviewEvent(row: UploadedReviewRow): TimelineEvent {
	return {
		id: `${row.upload}-${row.source_row}`,
		title: `Your log: ${row.review_type ?? 'review'}${row.subject ? `: ${row.subject}` : ''}`,
		kind: row.review_type ?? 'review',
		date: row.published_on,
		year: row.year,
		precision: row.published_on ? 'day' : row.year ? 'year' : 'unknown',
		url: row.url && /^https?:\/\//i.test(row.url.trim()) ? row.url.trim() : null
	};
}

/**
 * Each authority's latest overall grade as at `as_at`, with its value of an uploaded series for the
 * latest year of that series ending by that date (a year alone ends on 31 March); authorities
 * without a value that year are left out. Rows are shaped as `indicatorByGrade`'s, the upload as release.
 */
export const uploadedByGrade = defineQuery<{ upload: string; measure: string; as_at: string; published_by: string }, IndicatorByGradeRow>({
	name: 'uploadedByGrade',
	sql: `
		WITH mine AS (
			SELECT ons_code, year, value, coalesce(period_end, make_date(year, 3, 31)) AS ends
			FROM uploaded_series
			WHERE upload = $upload AND measure = $measure AND value IS NOT NULL AND year IS NOT NULL
			  AND coalesce(period_end, make_date(year, 3, 31)) <= CAST($as_at AS DATE)
		),
		latest AS (
			SELECT * FROM mine WHERE year = (SELECT max(year) FROM mine)
			QUALIFY row_number() OVER (PARTITION BY ons_code ORDER BY ends DESC) = 1
		)
		SELECT g.ons_code, g.name, g.overall_effectiveness AS grade, g.grade_rank, l.year AS period, l.value, CAST($upload AS VARCHAR) AS release
		FROM latest_grades(CAST($as_at AS DATE), published_by := CAST($published_by AS DATE)) g
		JOIN latest l ON l.ons_code = g.ons_code
		WHERE g.grade_rank IS NOT NULL
		ORDER BY g.grade_rank, l.value, g.name`,
	params: (a) => ({ upload: a.upload, measure: a.measure, as_at: a.as_at, published_by: a.published_by }),
	samples: [{ upload: 'upload_dfe_children_in_need_example', measure: 'Anypoint_episodes_rate (Children in Need)', as_at: '2025-03-31', published_by: '2025-03-31' }]
});
