/**
 * Every chart's data, as named queries: SQL text plus the shape of its rows. The same text runs on
 * DuckDB in Node (prerender) and on duckdb-wasm in the browser (when a control changes).
 */
import type { Db } from './db';
import { monthEnd } from '../format';
import type { IndicatorKey } from './indicators';
import type { Authority, Grade, TimelineEvent } from './schema';

/** A SQL literal for a `YYYY-MM-DD` date; anything else is refused, so no text reaches SQL unquoted. */
export function dateLiteral(date: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
	return `DATE '${date}'`;
}

export function stringLiteral(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/** The rows of authorities in `region`, or every authority when region is null. */
const inRegion = (region: string | null, column = 'region') =>
	region === null ? 'TRUE' : `${column} = ${stringLiteral(region)}`;

export interface GradeShareRow {
	as_at: string;
	grade: Grade | 'Not yet inspected';
	authorities: number;
	/** Share of the authorities with a grade on that date (the base Ofsted uses), 0–1; null for not inspected. */
	share: number | null;
}

export interface DataDates {
	first_publication: string;
	latest_inspection: string;
	latest_publication: string;
	/** The end of the latest period of any context indicator. */
	latest_indicator: string;
}

/**
 * The time axis shared by an authority's journey and its context indicators: from the month of the
 * first published inspection to the later of the latest inspection month and the latest indicator.
 */
export function timeAxis(dates: DataDates): { start: string; end: string } {
	const latestMonth = monthEnd(dates.latest_inspection);
	return { start: `${dates.first_publication.slice(0, 7)}-01`, end: dates.latest_indicator > latestMonth ? dates.latest_indicator : latestMonth };
}

/** The span of the data: what "latest" means on every page. */
export async function dataDates(db: Db): Promise<DataDates> {
	const [dates] = await db.query<DataDates>(`
		SELECT CAST(min(publication_date) AS VARCHAR) AS first_publication,
		       CAST(max(coalesce(inspection_date, publication_date)) AS VARCHAR) AS latest_inspection,
		       CAST(max(publication_date) AS VARCHAR) AS latest_publication,
		       (SELECT CAST(max(period_end) AS VARCHAR) FROM indicators) AS latest_indicator
		FROM inspections`);
	return dates;
}

/**
 * Share of authorities at each overall grade, as at the end of each month from `from` to `to`, counting
 * inspections published by `publishedBy` (the charts use the latest publication: grades as now known).
 */
export function gradeShareOverTime(db: Db, from: string, to: string, publishedBy: string, region: string | null = null) {
	return db.query<GradeShareRow>(`
		WITH months AS (
			SELECT CAST(last_day(m) AS DATE) AS as_at
			FROM range(CAST(${dateLiteral(from)} AS TIMESTAMP), CAST(${dateLiteral(to)} AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS r(m)
		),
		latest AS (
			SELECT months.as_at, lg.* FROM months, LATERAL latest_grades(months.as_at, published_by := ${dateLiteral(publishedBy)}) AS lg
			WHERE ${inRegion(region, 'lg.region')}
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
		ORDER BY as_at, coalesce(grade_rank, 5)`);
}

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

/** Each authority's latest grade as at a date, published by `publishedBy` (the map and its list). */
export function latestGradesAt(db: Db, asAt: string, publishedBy: string, region: string | null = null) {
	return db.query<LatestGradeRow>(`
		SELECT ons_code, name, region, overall_effectiveness, grade_rank, inspection_type,
		       CAST(judged_on AS VARCHAR) AS judged_on, CAST(publication_date AS VARCHAR) AS publication_date
		FROM latest_grades(${dateLiteral(asAt)}, published_by := ${dateLiteral(publishedBy)})
		WHERE ${inRegion(region)}
		ORDER BY name`);
}

/** An authority as the pages use it: its successors and predecessors named rather than coded. */
export type AuthorityRow = Omit<Authority, 'successor_codes' | 'other_codes'> & {
	/** Successors of an abolished council, as "code|name" pairs. */
	successors: string[];
	/** Abolished councils this one took over from, as "code|name" pairs. */
	predecessors: string[];
};

/** Every authority, current and abolished, with its successors and predecessors named. */
export function authorities(db: Db) {
	return db.query<AuthorityRow>(`
		WITH links AS (
			SELECT a.ons_code AS abolished, unnest(string_split(a.successor_codes, ';')) AS successor FROM authorities a
			WHERE a.successor_codes IS NOT NULL
		)
		SELECT a.ons_code, a.dfe_code, a.name, a.region_code, a.region, a.subregion, a.ofsted_region,
		       CAST(a.valid_from AS VARCHAR) AS valid_from, CAST(a.valid_to AS VARCHAR) AS valid_to,
		       coalesce((SELECT list(s.ons_code || '|' || s.name ORDER BY s.name) FROM links l JOIN authorities s ON s.ons_code = l.successor WHERE l.abolished = a.ons_code), []) AS successors,
		       coalesce((SELECT list(p.ons_code || '|' || p.name ORDER BY p.name) FROM links l JOIN authorities p ON p.ons_code = l.abolished WHERE l.successor = a.ons_code), []) AS predecessors
		FROM authorities a
		ORDER BY a.name, a.valid_to NULLS FIRST`);
}

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
export function inspectionsOf(db: Db, onsCode: string) {
	return db.query<InspectionOfRow>(`
		SELECT * EXCLUDE (ons_code, inspection_date, publication_date),
		       CAST(inspection_date AS VARCHAR) AS inspection_date, CAST(publication_date AS VARCHAR) AS publication_date,
		       CAST(coalesce(inspection_date, publication_date) AS VARCHAR) AS judged_on
		FROM inspections WHERE ons_code = ${stringLiteral(onsCode)}
		ORDER BY judged_on`);
}

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
export function areasAtInspections(db: Db, onsCode: string, publishedBy: string) {
	return db.query<AreaAtInspectionRow>(`
		WITH own AS (
			SELECT i.inspection_id, coalesce(i.inspection_date, i.publication_date) AS as_at, a.region
			FROM inspections i JOIN authorities a USING (ons_code)
			WHERE i.ons_code = ${stringLiteral(onsCode)}
		),
		latest AS (
			SELECT own.inspection_id, own.as_at, own.region AS own_region, lg.*
			FROM own, LATERAL latest_grades(own.as_at, published_by := ${dateLiteral(publishedBy)}) AS lg
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
		ORDER BY as_at, area_order, grade_rank`);
}

/** Graded inspections with their authority's previous one: the pairs transitions and spells are made of. */
const SEQUENCE = `
	SELECT i.ons_code, a.name, a.region, a.valid_to, i.inspection_id, i.framework, i.inspection_type, i.overall_effectiveness AS grade, g.grade_rank,
	       coalesce(i.inspection_date, i.publication_date) AS judged_on,
	       lag(i.overall_effectiveness) OVER w AS previous_grade,
	       lag(g.grade_rank) OVER w AS previous_rank,
	       lag(i.framework) OVER w AS previous_framework,
	       lag(coalesce(i.inspection_date, i.publication_date)) OVER w AS previous_judged_on,
	       row_number() OVER w AS sequence
	FROM inspections i JOIN authorities a USING (ons_code) JOIN grades g ON g.grade = i.overall_effectiveness
	WINDOW w AS (PARTITION BY i.ons_code ORDER BY coalesce(i.inspection_date, i.publication_date))`;

/**
 * Which pairs of judgements: every consecutive pair; each authority's first SIF against its latest
 * grade; or, for authorities inspected more than once under ILACS, the first ILACS against the latest.
 */
export type TransitionKind = 'consecutive' | 'first-sif-to-latest' | 'first-ilacs-to-latest-ilacs';
/** Which consecutive pairs: any, SIF re-inspections, SIF → first ILACS, ILACS → ILACS. */
export type TransitionFrameworks = 'all' | 'SIF-SIF' | 'SIF-ILACS' | 'ILACS-ILACS';

export interface TransitionRow {
	from_grade: Grade;
	to_grade: Grade;
	from_rank: number;
	to_rank: number;
	pairs: number;
	/** Share of the pairs starting from `from_grade`, 0–1. */
	share: number;
	/** The authorities in the cell, as "code|name|from date|to date". */
	authorities: string[];
}

/** Moves between overall grades among judgements made by `asAt` (each pair counted once). */
export function transitions(db: Db, kind: TransitionKind, asAt: string, frameworks: TransitionFrameworks = 'all', region: string | null = null) {
	const [fromFramework, toFramework] = frameworks.split('-');
	const pairs = {
		consecutive: `
			SELECT ons_code, name, region, previous_grade AS from_grade, previous_rank AS from_rank, grade AS to_grade, grade_rank AS to_rank,
			       previous_judged_on AS from_date, judged_on AS to_date
			FROM sequence
			WHERE previous_grade IS NOT NULL AND judged_on <= ${dateLiteral(asAt)}
			  ${frameworks === 'all' ? '' : `AND previous_framework = '${fromFramework}' AND framework = '${toFramework}'`}`,
		'first-sif-to-latest': `
			SELECT s.ons_code, s.name, s.region, s.grade AS from_grade, s.grade_rank AS from_rank, l.overall_effectiveness AS to_grade, l.grade_rank AS to_rank,
			       s.judged_on AS from_date, l.judged_on AS to_date
			FROM sequence s JOIN latest_grades(${dateLiteral(asAt)}) l USING (ons_code)
			WHERE s.sequence = 1 AND s.framework = 'SIF' AND s.judged_on <= ${dateLiteral(asAt)}`,
		'first-ilacs-to-latest-ilacs': `
			SELECT f.ons_code, f.name, f.region, f.grade AS from_grade, f.grade_rank AS from_rank, l.grade AS to_grade, l.grade_rank AS to_rank,
			       f.judged_on AS from_date, l.judged_on AS to_date
			FROM ilacs f JOIN ilacs l USING (ons_code)
			WHERE f.nth = 1 AND l.nth = l.total AND l.total > 1`
	}[kind];
	return db.query<TransitionRow>(`
		WITH sequence AS (${SEQUENCE}),
		ilacs AS (
			SELECT *, row_number() OVER (PARTITION BY ons_code ORDER BY judged_on) AS nth, count(*) OVER (PARTITION BY ons_code) AS total
			FROM sequence WHERE framework = 'ILACS' AND judged_on <= ${dateLiteral(asAt)}
		),
		pairs AS (${pairs})
		SELECT from_grade, to_grade, from_rank, to_rank, CAST(count(*) AS INTEGER) AS pairs,
		       count(*) / sum(count(*)) OVER (PARTITION BY from_grade) AS share,
		       list(ons_code || '|' || name || '|' || CAST(from_date AS VARCHAR) || '|' || CAST(to_date AS VARCHAR) ORDER BY name, from_date) AS authorities
		FROM pairs WHERE ${inRegion(region)}
		GROUP BY from_grade, to_grade, from_rank, to_rank ORDER BY from_rank, to_rank`);
}

export interface InadequateSpell {
	ons_code: string;
	name: string;
	region: string;
	/** The inadequate judgement that began the spell. */
	start: string;
	/** The next better judgement, or the censoring date (as-at date, or abolition). */
	end: string;
	/** True when the spell ended with a better grade; false when censored. */
	left: boolean;
	end_grade: Grade | null;
	months: number;
}

/**
 * Spells of inadequate: from each inadequate overall judgement that follows a better one (or none)
 * to the next better judgement; censored at `asAt`, or at abolition for councils abolished first.
 * Months are days / (365.25 / 12).
 */
export function inadequateSpells(db: Db, asAt: string, region: string | null = null) {
	return db.query<InadequateSpell>(`
		WITH sequence AS (${SEQUENCE}),
		starts AS (
			SELECT * FROM sequence
			WHERE grade = 'Inadequate' AND coalesce(previous_grade, '') <> 'Inadequate' AND judged_on <= ${dateLiteral(asAt)}
		),
		spells AS (
			SELECT s.ons_code, s.name, s.region, s.judged_on AS start,
			       (SELECT min(n.judged_on) FROM sequence n WHERE n.ons_code = s.ons_code AND n.judged_on > s.judged_on
			          AND n.grade_rank < 4 AND n.judged_on <= ${dateLiteral(asAt)}) AS better_on,
			       least(${dateLiteral(asAt)}, coalesce(s.valid_to, ${dateLiteral(asAt)})) AS censor_on
			FROM starts s
		)
		SELECT sp.ons_code, sp.name, sp.region, CAST(sp.start AS VARCHAR) AS start,
		       CAST(coalesce(sp.better_on, sp.censor_on) AS VARCHAR) AS "end",
		       sp.better_on IS NOT NULL AS "left",
		       (SELECT grade FROM sequence n WHERE n.ons_code = sp.ons_code AND n.judged_on = sp.better_on) AS end_grade,
		       date_diff('day', sp.start, coalesce(sp.better_on, sp.censor_on)) / (365.25 / 12) AS months
		FROM spells sp WHERE ${inRegion(region, 'sp.region')}
		ORDER BY sp.name, sp.start`);
}

export interface MoverRow {
	ons_code: string;
	name: string;
	region: string;
	from_grade: Grade;
	to_grade: Grade;
	/** Grade steps gained: positive is better (Inadequate → Good is +2). */
	change: number;
}

/** Each authority's latest grade at `from` against its latest grade at `to`, biggest changes first. */
export function movers(db: Db, from: string, to: string, publishedBy: string, region: string | null = null) {
	return db.query<MoverRow>(`
		SELECT b.ons_code, b.name, b.region, a.overall_effectiveness AS from_grade, b.overall_effectiveness AS to_grade,
		       CAST(a.grade_rank - b.grade_rank AS INTEGER) AS change
		FROM latest_grades(${dateLiteral(from)}, published_by := ${dateLiteral(publishedBy)}) a
		JOIN latest_grades(${dateLiteral(to)}, published_by := ${dateLiteral(publishedBy)}) b USING (ons_code)
		WHERE a.grade_rank IS NOT NULL AND b.grade_rank IS NOT NULL AND ${inRegion(region, 'b.region')}
		ORDER BY abs(a.grade_rank - b.grade_rank) DESC, change DESC, b.name`);
}

/** A SQL list of ONS codes, each checked, for `IN (…)`. */
function codeList(codes: string[]): string {
	if (codes.length === 0) return "('')";
	for (const code of codes) if (!/^E\d{8}$/.test(code)) throw new Error(`not an ONS code: ${code}`);
	return `(${codes.map((c) => `'${c}'`).join(', ')})`;
}

export type JourneyRow = InspectionOfRow & { ons_code: string; name: string };

/** The graded inspections of several authorities, for journeys side by side. */
export function journeys(db: Db, codes: string[]) {
	return db.query<JourneyRow>(`
		SELECT i.* EXCLUDE (inspection_date, publication_date), a.name,
		       CAST(i.inspection_date AS VARCHAR) AS inspection_date, CAST(i.publication_date AS VARCHAR) AS publication_date,
		       CAST(coalesce(i.inspection_date, i.publication_date) AS VARCHAR) AS judged_on
		FROM inspections i JOIN authorities a USING (ons_code)
		WHERE i.ons_code IN ${codeList(codes)}
		ORDER BY a.name, judged_on`);
}

export type ComparisonPreset = 'neighbours' | 'region' | 'first-sif-grade';

/** Authorities to compare with `code`: its DfE statistical neighbours, its region, or those whose first SIF grade matched its own. */
export async function presetCodes(db: Db, preset: ComparisonPreset, code: string): Promise<string[]> {
	const self = stringLiteral(code);
	const sql = {
		neighbours: `SELECT neighbour_code AS ons_code FROM statistical_neighbours WHERE ons_code = ${self} ORDER BY rank`,
		region: `SELECT ons_code FROM authorities WHERE valid_to IS NULL AND ons_code <> ${self}
			AND region = (SELECT region FROM authorities WHERE ons_code = ${self}) ORDER BY name`,
		'first-sif-grade': `
			WITH first AS (
				SELECT ons_code, overall_effectiveness FROM inspections WHERE framework = 'SIF'
				QUALIFY row_number() OVER (PARTITION BY ons_code ORDER BY publication_date) = 1
			)
			SELECT f.ons_code FROM first f JOIN authorities a USING (ons_code)
			WHERE f.ons_code <> ${self} AND f.overall_effectiveness = (SELECT overall_effectiveness FROM first WHERE ons_code = ${self})
			ORDER BY a.name`
	}[preset];
	return [code, ...(await db.query<{ ons_code: string }>(sql)).map((r) => r.ons_code)];
}

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
export function indicatorSeries(db: Db, indicator: IndicatorKey, codes: string[]) {
	return db.query<IndicatorPoint>(`
		SELECT ons_code, period, CAST(period_end AS VARCHAR) AS period_end, value, suppression, unit, release, source
		FROM indicators_latest
		WHERE indicator = ${stringLiteral(indicator)} AND ons_code IN ${codeList(codes)}
		ORDER BY ons_code, period`);
}

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
 * Each authority's latest overall grade as at `asAt`, with the indicator's value for the latest year
 * ending on or before that date (one year for all, newest release; authorities without a published
 * value that year are left out).
 */
export function indicatorByGrade(db: Db, indicator: IndicatorKey, asAt: string, publishedBy: string) {
	return db.query<IndicatorByGradeRow>(`
		WITH year AS (
			SELECT max(period) AS period FROM indicators_latest
			WHERE indicator = ${stringLiteral(indicator)} AND period_end <= ${dateLiteral(asAt)} AND value IS NOT NULL
		)
		SELECT g.ons_code, g.name, g.overall_effectiveness AS grade, g.grade_rank, i.period, i.value, i.release
		FROM latest_grades(${dateLiteral(asAt)}, published_by := ${dateLiteral(publishedBy)}) g
		JOIN indicators_latest i ON i.ons_code = g.ons_code AND i.indicator = ${stringLiteral(indicator)}
		JOIN year ON i.period = year.period
		WHERE g.grade_rank IS NOT NULL AND i.value IS NOT NULL
		ORDER BY g.grade_rank, i.value, g.name`);
}

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
	quote: string;
	/** The authorities the review covers, as "code|name" pairs. */
	authorities: string[];
	regions: string[];
}

/** Case reviews with their authorities, optionally only those covering `onsCode`; newest first, undated last. */
export function caseReviews(db: Db, onsCode: string | null = null) {
	return db.query<CaseReviewRow>(`
		SELECT r.review_id, r.area_name, r.review_type, r.subject, CAST(r.publication_date AS VARCHAR) AS publication_date,
		       r.publication_year, r.date_precision,
		       coalesce(string_split(r.abuse_types, ';'), []) AS abuse_types, r.children_count,
		       coalesce(string_split(r.agencies, ';'), []) AS agencies,
		       r.source_url, r.source_title, r.quote,
		       list(a.ons_code || '|' || a.name ORDER BY a.name) AS authorities,
		       list(DISTINCT a.region ORDER BY a.region) AS regions
		FROM case_reviews r JOIN case_review_authorities l USING (review_id) JOIN authorities a USING (ons_code)
		${onsCode ? `WHERE r.review_id IN (SELECT review_id FROM case_review_authorities WHERE ons_code = ${stringLiteral(onsCode)})` : ''}
		GROUP BY ALL
		ORDER BY publication_year DESC NULLS LAST, publication_date DESC NULLS LAST, review_id`);
}

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
 * For reviews published on a known day: the overall grade of each authority a review names, as at
 * that day, against the grades of all authorities on the same days (each review's day counted once
 * per review, so the two groups weigh the days alike).
 */
export function gradesAtReviews(db: Db, reviewIds: string[] | null = null) {
	const only = reviewIds ? `AND r.review_id IN (${reviewIds.map(stringLiteral).join(', ') || "''"})` : '';
	return db.query<GradeAtReviewRow>(`
		WITH reviewed AS (
			SELECT r.review_id, r.publication_date AS day, l.ons_code
			FROM case_reviews r JOIN case_review_authorities l USING (review_id)
			WHERE r.date_precision = 'day' ${only}
		),
		days AS (SELECT DISTINCT review_id, day FROM reviewed),
		graded AS (SELECT d.review_id, g.* FROM days d, LATERAL latest_grades(d.day) g)
		SELECT 'reviewed' AS "group", coalesce(g.overall_effectiveness, 'Not yet inspected') AS grade, g.grade_rank, CAST(count(*) AS INTEGER) AS count
		FROM reviewed r JOIN graded g ON g.review_id = r.review_id AND g.ons_code = r.ons_code
		GROUP BY ALL
		UNION ALL
		SELECT 'all', coalesce(overall_effectiveness, 'Not yet inspected'), grade_rank, CAST(count(*) AS INTEGER)
		FROM graded GROUP BY ALL
		ORDER BY 1 DESC, 3 NULLS LAST`);
}

export interface NotificationRow {
	period_label: string;
	period_start: string;
	total: number;
	child_death: number | null;
	serious_harm: number | null;
	source_url: string;
}

export function notifications(db: Db) {
	return db.query<NotificationRow>(`
		SELECT period_label, CAST(period_start AS VARCHAR) AS period_start, total, child_death, serious_harm, source_url
		FROM notifications ORDER BY period_start`);
}
