/**
 * The uploads loaded in this page's DuckDB: restored from private storage when the engine starts,
 * added by /upload/, removed one by one or all. Each is a temporary table `upload_<name>`; series
 * uploads are also rows of the view `uploaded_series`, which the charts read.
 */
import { UPLOAD_FILES } from '../engine/settings';
import type { BrowserEngine } from '../engine/browser';
import { loadStatements, uploadedReviewsView, uploadedSeriesView } from './load';
import { readIndex, removeStoredCsv, storedCsv, writeIndex, type StoredUpload } from './store';

export const uploads = $state<{ list: StoredUpload[]; restored: boolean; problems: string[] }>({ list: [], restored: false, problems: [] });

/** Where an upload's CSV is registered with the engine: the one folder its locked SQL may read. */
const fileName = (table: string) => `${UPLOAD_FILES}${table}.csv`;
/** Series offered in the charts' pickers, per upload. */
const MAX_MEASURES = 500;

/** The views the charts read: every series upload, and every review log. */
async function refreshView(engine: BrowserEngine) {
	await engine.query(uploadedSeriesView(uploads.list.filter((u) => u.kind === 'series').map((u) => u.table)));
	await engine.query(uploadedReviewsView(uploads.list.flatMap((u) => (u.review ? [u.review] : []))));
}

/** Loads `csv` (the checked table) as `upload.table`; on failure every table stays as it was. */
export async function addUpload(engine: BrowserEngine, upload: StoredUpload, csv: Blob): Promise<void> {
	await engine.registerFile(fileName(upload.table), csv);
	for (const sql of loadStatements(upload.table, fileName(upload.table), upload.columns, upload.kind)) await engine.query(sql);
	const [{ rows }] = await engine.query<{ rows: number }>(`SELECT count(*)::INTEGER AS rows FROM temp."${upload.table}"`);
	const measures = upload.kind === 'series' ? (await engine.query<{ measure: string }>(`SELECT DISTINCT measure FROM temp."${upload.table}" ORDER BY measure LIMIT ${MAX_MEASURES}`)).map((r) => r.measure) : [];
	uploads.list = [...uploads.list.filter((u) => u.table !== upload.table), { ...upload, rows, measures }];
	await refreshView(engine);
	await writeIndex(uploads.list);
}

/** Removes an upload from the page's DuckDB and from this browser's storage; the list changes only once both are done. */
export async function removeUpload(engine: BrowserEngine, table: string): Promise<void> {
	const remaining = uploads.list.filter((u) => u.table !== table);
	await writeIndex(remaining);
	await removeStoredCsv(table);
	await engine.query(`DROP TABLE IF EXISTS temp."${table}"`);
	await engine.dropFile(fileName(table)).catch(() => undefined);
	uploads.list = remaining;
	await refreshView(engine);
}

/** On engine start: the view (empty when there are no uploads) and every upload kept from earlier visits. */
export async function restoreUploads(engine: BrowserEngine): Promise<void> {
	await refreshView(engine);
	const problems: string[] = [];
	for (const upload of await readIndex()) {
		const csv = await storedCsv(upload.table);
		if (!csv) {
			problems.push(`${upload.file}: its stored table is missing from this browser’s storage; upload the file again`);
			continue;
		}
		try {
			await addUpload(engine, upload, csv);
		} catch (error) {
			problems.push(`${upload.file}: could not be restored (${(error as Error).message.split('\n')[0]}); upload it again`);
		}
	}
	uploads.problems = problems;
	uploads.restored = true;
}
