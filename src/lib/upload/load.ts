/**
 * Turning a checked upload (the CSV the checks wrote) into a table of DuckDB, the same SQL in the
 * browser and in Node: a series upload becomes `upload_<name>(source_row, ons_code, area, period,
 * year, period_end, measure, value, suppression)`, a records upload its own columns with `ons_code`.
 * Tables are temporary (they live in the page's DuckDB, never in the site's database, which is
 * read-only) and are built under another name, then swapped in one transaction: a failed load leaves
 * every table as it was.
 */
import { slugOf } from '../format';
import { RECORD_COLUMNS, recordColumns, SERIES_COLUMNS } from './check';
import type { Plan } from './plan';

export const UPLOAD_PREFIX = 'upload_';

/** A table name from a file name: `upload_` and lower-case letters, digits and underscores, not one of `taken`. */
export function uploadTableName(fileName: string, taken: string[]): string {
	const stem = slugOf(fileName.replace(/\.[a-z0-9]{1,5}$/i, ''), '_', 40) || 'file';
	let name = `${UPLOAD_PREFIX}${stem}`;
	for (let n = 2; taken.includes(name); n++) name = `${UPLOAD_PREFIX}${stem}_${n}`;
	return name;
}

/** An identifier, quoted for SQL. */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The statements that load `csvFile` (a file the engine can read) into `table`, replacing any table of that name. */
export function loadStatements(table: string, csvFile: string, columns: string[], kind: 'series' | 'records'): string[] {
	if (!table.startsWith(UPLOAD_PREFIX) || !/^[a-z0-9_]+$/.test(table)) throw new Error(`not an upload table name: ${table}`);
	const loading = quoteIdentifier(`${table}__loading`);
	const read = `read_csv(${quoteText(csvFile)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', columns = {${columns.map((c) => `${quoteText(c)}: 'VARCHAR'`).join(', ')}})`;
	const select =
		kind === 'series'
			? `SELECT CAST(source_row AS INTEGER) AS source_row, ons_code, area, period, CAST(nullif(year, '') AS INTEGER) AS year,
			          CAST(nullif(period_end, '') AS DATE) AS period_end, measure, CAST(nullif(value, '') AS DOUBLE) AS value, nullif(suppression, '') AS suppression
			   FROM ${read}`
			: `SELECT * REPLACE (CAST(source_row AS INTEGER) AS source_row, CAST(nullif(year, '') AS INTEGER) AS year, CAST(nullif(period_end, '') AS DATE) AS period_end) FROM ${read}`;
	return [
		`DROP TABLE IF EXISTS temp.${loading}`,
		`CREATE TEMP TABLE ${loading} AS ${select}`,
		'BEGIN TRANSACTION',
		`DROP TABLE IF EXISTS temp.${quoteIdentifier(table)}`,
		`ALTER TABLE temp.${loading} RENAME TO ${quoteIdentifier(table)}`,
		'COMMIT'
	];
}

/** The view every chart reads uploaded series from: all series uploads, each row with its table's name. */
export function uploadedSeriesView(seriesTables: string[]): string {
	const empty = `SELECT NULL::VARCHAR AS upload, ${SERIES_COLUMNS.map((c) => `NULL::${c === 'source_row' || c === 'year' ? 'INTEGER' : c === 'period_end' ? 'DATE' : c === 'value' ? 'DOUBLE' : 'VARCHAR'} AS ${c}`).join(', ')} WHERE false`;
	const parts = seriesTables.map((t) => `SELECT ${quoteText(t)} AS upload, ${SERIES_COLUMNS.join(', ')} FROM temp.${quoteIdentifier(t)}`);
	return `CREATE OR REPLACE TEMP VIEW uploaded_series AS ${parts.length ? parts.join(' UNION ALL ') : empty}`;
}

/** A review log's table, and the columns (as its table names them) of each review's type, subject and address. */
export interface ReviewLog {
	table: string;
	type: string;
	subject: string | null;
	url: string | null;
}

/** A review log's columns in its table, from the plan's names of them in the file. */
export function reviewLogColumns(table: string, plan: Plan, header: string[]): ReviewLog | null {
	if (!plan.review) return null;
	const columns = recordColumns(header);
	const named = (name: string | null) => (name === null ? null : columns[RECORD_COLUMNS.length + header.indexOf(name)]);
	return { table, type: named(plan.review.type)!, subject: named(plan.review.subject), url: named(plan.review.url) };
}

/** The view of every uploaded case-review log, one row per review, for the authorities' timelines. */
export function uploadedReviewsView(logs: ReviewLog[]): string {
	const text = (column: string | null) => (column === null ? 'NULL::VARCHAR' : `CAST(${quoteIdentifier(column)} AS VARCHAR)`);
	const parts = logs.map(
		(log) => `SELECT ${quoteText(log.table)} AS upload, source_row, ons_code, period_end AS published_on, year, ${text(log.type)} AS review_type, ${text(log.subject)} AS subject, ${text(log.url)} AS url FROM temp.${quoteIdentifier(log.table)}`
	);
	const empty = 'SELECT NULL::VARCHAR AS upload, NULL::INTEGER AS source_row, NULL::VARCHAR AS ons_code, NULL::DATE AS published_on, NULL::INTEGER AS year, NULL::VARCHAR AS review_type, NULL::VARCHAR AS subject, NULL::VARCHAR AS url WHERE false';
	return `CREATE OR REPLACE TEMP VIEW uploaded_reviews AS ${parts.length ? parts.join(' UNION ALL ') : empty}`;
}
