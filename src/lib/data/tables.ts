/**
 * The bundled database: each table's columns and types (loaded from data/*.csv at build time) and
 * the `latest_grades` macro that every trend uses. Kept in src/lib so the SQL console and the
 * schema browser can describe the same tables.
 */
import { INDICATORS, SUPPRESSION } from './indicators';
import { GRADES } from './schema';

export interface TableSpec {
	name: string;
	description: string;
	/** Column name → DuckDB type, in file order. */
	columns: Record<string, string>;
}

const GRADE = 'VARCHAR';

export const TABLES: TableSpec[] = [
	{
		name: 'authorities',
		description: 'The 153 current children\u2019s-services local authorities and the councils abolished since 2013.',
		columns: {
			ons_code: 'VARCHAR',
			dfe_code: 'VARCHAR',
			name: 'VARCHAR',
			region_code: 'VARCHAR',
			region: 'VARCHAR',
			subregion: 'VARCHAR',
			ofsted_region: 'VARCHAR',
			valid_from: 'DATE',
			valid_to: 'DATE',
			successor_codes: 'VARCHAR',
			other_codes: 'VARCHAR'
		}
	},
	{
		name: 'inspections',
		description: 'Every graded SIF (2013\u20132018) and ILACS (2018 on) inspection, with every sub-judgement.',
		columns: {
			inspection_id: 'VARCHAR',
			ons_code: 'VARCHAR',
			framework: 'VARCHAR',
			inspection_type: 'VARCHAR',
			inspection_date: 'DATE',
			publication_date: 'DATE',
			overall_effectiveness: GRADE,
			help_and_protection: GRADE,
			children_in_care: GRADE,
			adoption: GRADE,
			care_leavers: GRADE,
			leadership: GRADE,
			lscb: GRADE,
			report_url: 'VARCHAR',
			source_file: 'VARCHAR',
			source_row: 'INTEGER',
			also_in: 'VARCHAR',
			source_conflicts: 'VARCHAR'
		}
	},
	{
		name: 'visits',
		description:
			'Ofsted\u2019s ungraded visits: ILACS focused visits (with their theme) and monitoring visits, from the in-year tables of the 2023, 2024 and 2025 releases (April 2022 to March 2025 only: earlier visits are in no file read here).',
		columns: {
			visit_id: 'VARCHAR',
			ons_code: 'VARCHAR',
			visit_type: 'VARCHAR',
			visit_date: 'DATE',
			publication_date: 'DATE',
			theme: 'VARCHAR',
			report_url: 'VARCHAR',
			source_file: 'VARCHAR',
			source_row: 'INTEGER',
			also_in: 'VARCHAR',
			source_conflicts: 'VARCHAR'
		}
	},
	{
		name: 'indicator_values',
		description: 'Context indicators (children in need, protection plans, looked after, referrals, social work workforce, child population) for each authority, region and England, as each release published them. Query the indicators view.',
		columns: {
			ons_code: 'VARCHAR',
			indicator: 'VARCHAR',
			period: 'INTEGER',
			value: 'DOUBLE',
			suppression: 'VARCHAR',
			release: 'VARCHAR',
			source_row: 'INTEGER'
		}
	},
	{
		name: 'indicator_polarity',
		description:
			'Which direction of each context indicator DfE calls better, as LAIT\u2019s data dictionary states it (polarity Low or High; empty where DfE states none), with the LAIT measure and the dictionary row it was read from.',
		columns: { indicator: 'VARCHAR', lait_measure: 'VARCHAR', lait_measure_name: 'VARCHAR', polarity: 'VARCHAR', source_row: 'INTEGER' }
	},
	{
		name: 'releases',
		description:
			'Every official release the tables were built from: Ofsted’s, with the date its figures are as at and the last publication it counts (cut_off), newest first; then the indicator files, newest first (release_year 0: LAIT, a DfE compilation used only where no release has the year).',
		columns: {
			release: 'VARCHAR',
			publisher: 'VARCHAR',
			title: 'VARCHAR',
			as_at: 'DATE',
			cut_off: 'DATE',
			published: 'DATE',
			release_year: 'INTEGER',
			source_file: 'VARCHAR',
			url: 'VARCHAR',
			licence: 'VARCHAR'
		}
	},
	{
		name: 'case_reviews',
		description:
			'Published case reviews (serious case reviews, local child safeguarding practice reviews, national panel reviews, other inquiries), each with its source URL and a verbatim quote. A sample transcribed from public pages, not a complete list.',
		columns: {
			review_id: 'VARCHAR',
			area_name: 'VARCHAR',
			review_type: 'VARCHAR',
			subject: 'VARCHAR',
			publication_date: 'DATE',
			publication_year: 'INTEGER',
			date_precision: 'VARCHAR',
			abuse_types: 'VARCHAR',
			children_count: 'INTEGER',
			agencies: 'VARCHAR',
			source_url: 'VARCHAR',
			source_title: 'VARCHAR',
			source_is_copy: 'BOOLEAN',
			quote: 'VARCHAR',
			source_row: 'INTEGER'
		}
	},
	{
		name: 'case_review_authorities',
		description: 'Which authorities each case review covers (a partnership review maps to each of its councils).',
		columns: { review_id: 'VARCHAR', ons_code: 'VARCHAR' }
	},
	{
		name: 'notifications',
		description: 'National serious-incident notification totals, for the years a published figure was found (partial: missing years are missing).',
		columns: {
			period_label: 'VARCHAR',
			period_start: 'DATE',
			period_end: 'DATE',
			publisher: 'VARCHAR',
			total: 'INTEGER',
			child_death: 'INTEGER',
			serious_harm: 'INTEGER',
			other: 'INTEGER',
			source_url: 'VARCHAR',
			source_quote: 'VARCHAR'
		}
	},
	{
		name: 'statistical_neighbours',
		description: 'DfE\u2019s children\u2019s services statistical neighbours (2025 model): ten per authority, closest first.',
		columns: { ons_code: 'VARCHAR', neighbour_code: 'VARCHAR', rank: 'INTEGER', closeness: 'VARCHAR' }
	},
	{
		name: 'hex_layout',
		description: 'The equal-area map: each authority\u2019s hexagon (or half of one) on an odd-r grid, rows rising northwards, from Open Innovations\u2019 layout (MIT) recoded to these authorities.',
		columns: { ons_code: 'VARCHAR', q: 'INTEGER', r: 'INTEGER', half: 'VARCHAR', placement: 'VARCHAR' }
	}
];

/** The grade scale as a table, so SQL can order and compare grades by rank. */
export const GRADES_SQL = `CREATE TABLE grades AS SELECT * FROM (VALUES ${GRADES.map((g, i) => `(${i + 1}, '${g}')`).join(', ')}) AS t(grade_rank, grade)`;

/**
 * The "as at" logic, in one place, as three macros:
 *  - `grade_spans(published_by)`: each graded inspection published by `published_by`, with the date
 *    it is dated by (`judged_on`: an ILACS inspection by its inspection, a SIF one by its publication,
 *    the only date SIF files give), the date from which it counts (`counts_from`) and the date a later
 *    one superseded it (`superseded_on`, NULL while it is the latest).
 *  - `latest_grades_on(days, published_by)`: for each date in the list `days`, one row per authority
 *    that existed then, with the inspection counting on that date (NULL grade where none).
 *  - `latest_grades(as_at, published_by := as_at)`: the same for one date, published by
 *    `published_by` (by default, as known on that date).
 * A month-by-month series is one `latest_grades_on` call, not one `latest_grades` call per month.
 * Open ends are far dates rather than `OR … IS NULL`, so DuckDB plans range joins, not loops.
 *
 * A SIF report was published some weeks after its inspection. Ofsted's own tables ("as at 31 March,
 * published by 30 April") count a SIF report published between the date and the cut-off: the
 * inspection had been carried out by then. So a SIF report published within SIF_REPORTING_LAG
 * before the cut-off counts from the cut-off less that lag. With a later cut-off (the charts use the
 * latest publication) every SIF report counts from its publication: none is pulled back in time.
 */
/**
 * One month: Ofsted's SIF-era tables counted reports published in the month after their as-at date
 * (as at 31 March 2017, published by 30 April 2017: 127 authorities graded, 30 inadequate), and a SIF
 * report was published within weeks of the inspection's end.
 */
const SIF_REPORTING_LAG = '1 MONTH';

export const LATEST_GRADES_SQL = [
	`CREATE MACRO grade_spans(published_by) AS TABLE
WITH published AS (
  SELECT *, coalesce(inspection_date, publication_date) AS judged_on,
         CASE WHEN framework = 'SIF' THEN least(publication_date, CAST(CAST(published_by AS DATE) - INTERVAL ${SIF_REPORTING_LAG} AS DATE))
              ELSE inspection_date END AS counts_from
  FROM inspections
  WHERE publication_date <= CAST(published_by AS DATE)
)
SELECT *, lead(counts_from) OVER (PARTITION BY ons_code ORDER BY counts_from, publication_date) AS superseded_on
FROM published`,
	`CREATE MACRO latest_grades_on(days, published_by) AS TABLE
SELECT d.as_at, a.ons_code, a.name, a.region, a.ofsted_region,
       j.inspection_id, j.framework, j.inspection_type, j.judged_on, j.publication_date,
       j.overall_effectiveness, g.grade_rank,
       j.help_and_protection, j.children_in_care, j.adoption, j.care_leavers, j.leadership, j.lscb
FROM (SELECT CAST(unnest(days) AS DATE) AS as_at) d
JOIN authorities a ON d.as_at BETWEEN coalesce(a.valid_from, DATE '0001-01-01') AND coalesce(a.valid_to, DATE '9999-12-31')
LEFT JOIN grade_spans(published_by) j ON j.ons_code = a.ons_code AND d.as_at >= j.counts_from AND d.as_at < coalesce(j.superseded_on, DATE '9999-12-31')
LEFT JOIN grades g ON g.grade = j.overall_effectiveness`,
	`CREATE MACRO latest_grades(as_at, published_by := NULL) AS TABLE
SELECT * EXCLUDE (as_at) FROM latest_grades_on([CAST(as_at AS DATE)], coalesce(published_by, as_at))`
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** What each indicator measures and what each suppression code means, as tables for SQL users. */
export const INDICATOR_DEFINITIONS_SQL = [
	`CREATE TABLE indicator_definitions AS SELECT * FROM (VALUES ${Object.entries(INDICATORS)
		.map(([key, d]) => `(${literal(key)}, ${literal(d.label)}, ${literal(d.unit)}, ${literal(d.periodEnd)})`)
		.join(', ')}) AS t(indicator, label, unit, period_end_month_day)`,
	`CREATE TABLE suppression_codes AS SELECT * FROM (VALUES ${Object.entries(SUPPRESSION)
		.map(([code, meaning]) => `(${literal(code)}, ${literal(meaning)})`)
		.join(', ')}) AS t(code, meaning)`
];

/**
 * `indicators`: the long table, every value of every release with its unit, period end date, release
 * and source row. `indicators_latest`: one row per area, indicator and year, from the newest release
 * that has it (LAIT only where no release does); a table, written once by the build, because the
 * context charts read it on every change.
 */
export const INDICATOR_VIEWS_SQL = [
	`CREATE VIEW indicators AS
	SELECT v.ons_code, v.indicator, v.period, CAST(v.period || '-' || d.period_end_month_day AS DATE) AS period_end,
	       v.value, v.suppression, d.unit, r.title AS release, r.release_year, v.release AS release_id,
	       r.source_file || ', row ' || v.source_row AS source
	FROM indicator_values v JOIN releases r USING (release) JOIN indicator_definitions d USING (indicator)`,
	`CREATE TABLE indicators_latest AS
	SELECT * FROM indicators
	QUALIFY row_number() OVER (PARTITION BY ons_code, indicator, period ORDER BY release_year DESC, release_id) = 1`
];

/**
 * One line for each object of the database that is not a downloaded table: DuckDB keeps these (and
 * each table's description) as the objects' comments, so every reader of the catalogue (the SQL
 * console's schema browser, `duckdb_tables()`) gets the same words.
 */
export const CATALOGUE_COMMENTS: { kind: 'TABLE' | 'VIEW' | 'MACRO TABLE'; name: string; comment: string }[] = [
	{ kind: 'TABLE', name: 'grades', comment: 'The four grades, with their rank (1 Outstanding … 4 Inadequate).' },
	{ kind: 'TABLE', name: 'indicator_definitions', comment: 'What each context indicator measures: its label, unit and the month and day its period ends.' },
	{ kind: 'TABLE', name: 'suppression_codes', comment: 'DfE\u2019s suppression codes (c, x, z, low, k, u) and what each means.' },
	{ kind: 'VIEW', name: 'indicators', comment: 'Every indicator value of every release, with its unit, period end, release and source row.' },
	{ kind: 'TABLE', name: 'indicators_latest', comment: 'One value per area, indicator and year: from the newest release that has it.' },
	{ kind: 'MACRO TABLE', name: 'grade_spans', comment: 'grade_spans(published_by): each graded inspection published by that date, with the dates it counted from and was superseded on.' },
	{ kind: 'MACRO TABLE', name: 'latest_grades_on', comment: 'latest_grades_on(days, published_by): for each date in the list days, every authority that existed then with its latest grade.' },
	{
		kind: 'MACRO TABLE',
		name: 'latest_grades',
		comment: 'latest_grades(as_at, published_by := as_at): every authority that existed on as_at, with its latest graded inspection on or before it, published by published_by.'
	}
];
