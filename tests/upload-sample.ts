/**
 * The example file of /upload/ (static/examples), checked as the page checks it and loaded as the
 * table `upload_dfe_children_in_need_example` with the view `uploaded_series`, into any engine:
 * the uploads query then has rows to give on Node's DuckDB and on duckdb-wasm alike.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Engine } from '../src/lib/data/engine';
import type { Authority } from '../src/lib/data/schema';
import { AreaMatcher } from '../src/lib/upload/areas';
import { SERIES_COLUMNS } from '../src/lib/upload/check';
import { ingest, inspect } from '../src/lib/upload/ingest';
import { uploadedSeriesView, uploadTableName } from '../src/lib/upload/load';
import { EXAMPLE_FILE } from './fixtures/make-upload-corpus';
import { root } from './shared';

export async function loadSampleUpload(engine: Engine): Promise<void> {
	const authorities = Papa.parse<Authority>(readFileSync(`${root}/data/authorities.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => ({ ...a, valid_from: a.valid_from || null, valid_to: a.valid_to || null, other_codes: a.other_codes || null }));
	const bytes = new Uint8Array(readFileSync(EXAMPLE_FILE));
	const source = { name: 'dfe-children-in-need-example.csv', size: bytes.length, read: async (s: number, e: number) => bytes.subarray(s, e) };
	let csv = '';
	await ingest(source, await inspect(source), new AreaMatcher(authorities), { write: (t) => void (csv += t), reset: () => void (csv = '') });
	const table = uploadTableName(source.name, []);
	const types: Record<string, string> = { source_row: 'INTEGER', year: 'INTEGER', period_end: 'DATE', value: 'DOUBLE' };
	await engine.query(`CREATE OR REPLACE TEMP TABLE ${table} (${SERIES_COLUMNS.map((c) => `${c} ${types[c] ?? 'VARCHAR'}`).join(', ')})`);
	const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
	for (const row of rows) await engine.query(`INSERT INTO ${table} VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row.map((v) => (v === '' ? null : v)));
	await engine.query(uploadedSeriesView([table]));
}
