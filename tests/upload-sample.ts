/**
 * The example file of /upload/ (static/examples) and a case-review log (tests/fixtures/upload),
 * checked as the page checks them and loaded as `upload_dfe_children_in_need_example` and
 * `upload_case_review_log` with the views `uploaded_series` and `uploaded_reviews`, into any engine:
 * the uploads queries then have rows to give on Node's DuckDB and on duckdb-wasm alike.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import type { Engine } from '../src/lib/data/engine';
import type { Authority } from '../src/lib/data/schema';
import { AreaMatcher } from '../src/lib/upload/areas';
import { ingest, inspect } from '../src/lib/upload/ingest';
import { quoteIdentifier, reviewLogColumns, uploadedReviewsView, uploadedSeriesView, uploadTableName } from '../src/lib/upload/load';
import { EXAMPLE_FILE, UPLOAD_FIXTURES } from './fixtures/make-upload-corpus';
import { root } from './shared';

/** Checks a file as /upload/ does and creates its table from the checked rows, as typed loads type them. */
async function loadChecked(engine: Engine, path: string, matcher: AreaMatcher) {
	const bytes = new Uint8Array(readFileSync(path));
	const source = { name: basename(path), size: bytes.length, read: async (s: number, e: number) => bytes.subarray(s, e) };
	const inspection = await inspect(source);
	let csv = '';
	const { columns } = await ingest(source, inspection, matcher, { write: (t) => void (csv += t), reset: () => void (csv = '') });
	const table = uploadTableName(source.name, []);
	const types: Record<string, string> = { source_row: 'INTEGER', year: 'INTEGER', period_end: 'DATE', value: 'DOUBLE' };
	await engine.query(`CREATE OR REPLACE TEMP TABLE ${table} (${columns.map((c) => `${quoteIdentifier(c)} ${types[c] ?? 'VARCHAR'}`).join(', ')})`);
	for (const row of Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1)) {
		await engine.query(`INSERT INTO ${table} VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row.map((v) => (v === '' ? null : v)));
	}
	return { table, inspection };
}

export async function loadSampleUpload(engine: Engine): Promise<void> {
	const authorities = Papa.parse<Authority>(readFileSync(`${root}/data/authorities.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => ({ ...a, valid_from: a.valid_from || null, valid_to: a.valid_to || null, other_codes: a.other_codes || null }));
	const matcher = new AreaMatcher(authorities);
	const series = await loadChecked(engine, EXAMPLE_FILE, matcher);
	await engine.query(uploadedSeriesView([series.table]));
	const log = await loadChecked(engine, join(UPLOAD_FIXTURES, 'case-review-log.csv'), matcher);
	await engine.query(uploadedReviewsView([reviewLogColumns(log.table, log.inspection.plan, log.inspection.header)!]));
}
