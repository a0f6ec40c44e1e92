/**
 * `npm run data:bundle` (part of `npm run build`): turns the committed tables in data/ into the
 * site's data files in static/db/: `site.duckdb` (readable by the browser's DuckDB 1.4), a CSV copy of
 * each table for download, the boundaries, and `manifest.json` (tables, row counts, sha256, as-at
 * dates, sources).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { MAP_FILE, renderMapSvg } from '../src/lib/charts/map';
import { spreadsheetCsv } from '../src/lib/csv';
import { CATALOGUE_COMMENTS, GRADES_SQL, INDICATOR_DEFINITIONS_SQL, INDICATOR_VIEWS_SQL, LATEST_GRADES_SQL, TABLES } from '../src/lib/data/tables';
import { dataDir, siteDataDir as outDir, siteDbPath as dbPath } from './paths';
import { SOURCES } from './sources';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function bundle() {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const run = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

	// The browser runs DuckDB 1.4: write the file in a storage format it reads.
	await run(`ATTACH ${quote(dbPath)} AS site (STORAGE_VERSION 'v1.4.0')`);
	await run('USE site');
	const tables = [];
	for (const table of TABLES) {
		const csv = join(dataDir, `${table.name}.csv`);
		const columns = Object.entries(table.columns).map(([name, type]) => `${quote(name)}: ${quote(type)}`).join(', ');
		await run(`CREATE TABLE ${table.name} AS SELECT * FROM read_csv(${quote(csv)}, header = true, columns = {${columns}})`);
		const [{ rows }] = await run(`SELECT count(*)::INTEGER AS rows FROM ${table.name}`);
		// The download is for spreadsheets: byte-order mark, no cell that runs as a formula.
		const download = join(outDir, `${table.name}.csv`);
		writeFileSync(download, spreadsheetCsv(Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: true }).data));
		tables.push({ name: table.name, description: table.description, rows, csv: `${table.name}.csv`, sha256: sha256(download) });
	}
	await run(GRADES_SQL);
	for (const sql of LATEST_GRADES_SQL) await run(sql);
	for (const sql of [...INDICATOR_DEFINITIONS_SQL, ...INDICATOR_VIEWS_SQL]) await run(sql);
	for (const { kind, name, comment } of [...TABLES.map((t) => ({ kind: 'TABLE', name: t.name, comment: t.description })), ...CATALOGUE_COMMENTS]) {
		await run(`COMMENT ON ${kind} ${name} IS ${quote(comment)}`);
	}
	const [dates] = await run(`SELECT max(coalesce(inspection_date, publication_date))::VARCHAR AS latest_inspection,
		max(publication_date)::VARCHAR AS latest_publication FROM inspections`);
	const releases = await run('SELECT * FROM releases');
	await run('USE memory');
	await run('DETACH site');
	connection.closeSync();
	instance.closeSync();

	const map = renderMapSvg(readFileSync(join(dataDir, 'boundaries.topojson'), 'utf8'));
	writeFileSync(join(outDir, MAP_FILE), map.svg);
	const manifest = {
		database: { file: 'site.duckdb', sha256: sha256(dbPath), storage_version: 'v1.4.0' },
		map: { file: MAP_FILE, codes: map.codes },
		tables,
		as_at: dates,
		releases,
		sources: SOURCES.sources,
		licence: SOURCES.licence
	};
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const manifest = await bundle();
	console.log(`static/db: ${manifest.tables.map((t) => `${t.name} ${t.rows} rows`).join(', ')}`);
}
