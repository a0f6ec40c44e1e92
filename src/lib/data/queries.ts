/**
 * Every chart's data, as named queries: SQL text plus the shape of its rows. The same text runs on
 * DuckDB in Node (prerender) and on duckdb-wasm in the browser (when a control changes).
 */
import type { Db } from './db';
import type { Grade } from './schema';

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

/** Share of authorities at each overall grade, as at the end of each month from `from` to `to`. */
export function gradeShareOverTime(db: Db, from: string, to: string, region: string | null = null) {
	return db.query<GradeShareRow>(`
		WITH months AS (
			SELECT CAST(last_day(m) AS DATE) AS as_at
			FROM range(CAST(${dateLiteral(from)} AS TIMESTAMP), CAST(${dateLiteral(to)} AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS r(m)
		),
		latest AS (
			SELECT months.as_at, lg.* FROM months, LATERAL latest_grades(months.as_at) AS lg
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
