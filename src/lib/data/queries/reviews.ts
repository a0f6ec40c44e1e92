/** Case reviews, the grades of the authorities they name, and national notifications. */
import type { Grade, TimelineEvent } from '../schema';
import { codesValue, defineQuery } from './define';
import type { AuthorityLink } from './grades';

export interface CaseReviewRow {
	review_id: string;
	area_name: string;
	review_type: string;
	subject: string | null;
	publication_date: string | null;
	publication_year: number | null;
	date_precision: 'day' | 'year' | 'unknown';
	abuse_types: string[];
	children_count: number | null;
	agencies: string[];
	source_url: string;
	source_title: string;
	/** The link goes to a third party's copy, not the publisher's own page. */
	source_is_copy: boolean;
	quote: string;
	/** The authorities the review covers. */
	authorities: AuthorityLink[];
	regions: string[];
}

/** Case reviews with their authorities, only those covering `ons_code` unless it is null; newest first, undated last. */
export const caseReviews = defineQuery<{ ons_code: string | null }, CaseReviewRow>({
	name: 'caseReviews',
	sql: `
		SELECT r.review_id, r.area_name, r.review_type, r.subject, CAST(r.publication_date AS VARCHAR) AS publication_date,
		       r.publication_year, r.date_precision,
		       coalesce(string_split(r.abuse_types, ';'), []) AS abuse_types, r.children_count,
		       coalesce(string_split(r.agencies, ';'), []) AS agencies,
		       r.source_url, r.source_title, r.source_is_copy, r.quote,
		       list({'ons_code': a.ons_code, 'name': a.name} ORDER BY a.name) AS authorities,
		       list(DISTINCT a.region ORDER BY a.region) AS regions
		FROM case_reviews r JOIN case_review_authorities l USING (review_id) JOIN authorities a USING (ons_code)
		WHERE CAST($ons_code AS VARCHAR) IS NULL OR r.review_id IN (SELECT review_id FROM case_review_authorities WHERE ons_code = $ons_code)
		GROUP BY ALL
		ORDER BY publication_year DESC NULLS LAST, publication_date DESC NULLS LAST, review_id`,
	params: (a) => ({ ons_code: a.ons_code }),
	samples: [{ ons_code: null }, { ons_code: 'E08000026' }]
});

/** A case review as a timeline event. */
export function reviewEvent(review: CaseReviewRow): TimelineEvent {
	return {
		id: review.review_id,
		title: review.subject ? `${review.review_type}: ${review.subject}` : review.source_title,
		kind: review.review_type,
		date: review.publication_date,
		year: review.publication_year,
		precision: review.date_precision,
		url: review.source_url
	};
}

export interface GradeAtReviewRow {
	/** 'reviewed' for the authorities the reviews name; 'all' for every authority on the same dates. */
	group: 'reviewed' | 'all';
	grade: Grade | 'Not yet inspected';
	grade_rank: number | null;
	count: number;
}

/**
 * For reviews published on a known day (all of them, or only `review_ids`): the overall grade of
 * each authority a review names, as at that day, against the grades of all authorities on the same
 * days (each review's day counted once per review, so the two groups weigh the days alike).
 */
export const gradesAtReviews = defineQuery<{ review_ids: string[] | null }, GradeAtReviewRow>({
	name: 'gradesAtReviews',
	sql: `
		WITH reviewed AS (
			SELECT r.review_id, r.publication_date AS day, l.ons_code
			FROM case_reviews r JOIN case_review_authorities l USING (review_id)
			WHERE r.date_precision = 'day' AND (CAST($review_ids AS VARCHAR) IS NULL OR list_contains(string_split($review_ids, ','), r.review_id))
		),
		days AS (SELECT DISTINCT review_id, day FROM reviewed),
		graded AS (SELECT d.review_id, g.* FROM days d, LATERAL latest_grades(d.day) g)
		SELECT 'reviewed' AS "group", coalesce(g.overall_effectiveness, 'Not yet inspected') AS grade, g.grade_rank, CAST(count(*) AS INTEGER) AS count
		FROM reviewed r JOIN graded g ON g.review_id = r.review_id AND g.ons_code = r.ons_code
		GROUP BY ALL
		UNION ALL
		SELECT 'all', coalesce(overall_effectiveness, 'Not yet inspected'), grade_rank, CAST(count(*) AS INTEGER)
		FROM graded GROUP BY ALL
		ORDER BY 1 DESC, 3 NULLS LAST`,
	params: (a) => ({ review_ids: a.review_ids === null ? null : codesValue(a.review_ids) }),
	samples: [{ review_ids: null }]
});

export interface NotificationRow {
	period_label: string;
	period_start: string;
	total: number;
	child_death: number | null;
	serious_harm: number | null;
	source_url: string;
}

/** National serious-incident notification totals, for the years found (partial). */
export const notifications = defineQuery<Record<string, never>, NotificationRow>({
	name: 'notifications',
	sql: `
		SELECT period_label, CAST(period_start AS VARCHAR) AS period_start, total, child_death, serious_harm, source_url
		FROM notifications ORDER BY period_start`,
	samples: [{}]
});
