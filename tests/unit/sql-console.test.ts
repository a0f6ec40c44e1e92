/**
 * The SQL console's logic on real duckdb-wasm (the browser's engine, locked as in the browser):
 * statements split by DuckDB's tokens, hostile ones refused before anything runs, DuckDB's errors
 * placed in the text, shared links read safely, and the examples giving the same rows on both engines.
 */
import { deflateSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../src/lib/engine/node';
import { EXAMPLES } from '../../src/lib/sql/examples';
import { forgetHistory, MAX_HISTORY, readHistory, remember } from '../../src/lib/sql/history';
import { problemOf } from '../../src/lib/sql/problem';
import { ConsoleRunner } from '../../src/lib/sql/run';
import { chartChoices, resultCsv } from '../../src/lib/sql/result';
import { statementsOf, tokensOf } from '../../src/lib/sql/screen';
import { decodeSql, encodeSql, sqlInFragment } from '../../src/lib/sql/share';
import { siteDb } from '../shared';
import { loadSampleUpload } from '../upload-sample';
import { openWasmNodeEngine } from '../wasm-node';

const wasm = await openWasmNodeEngine(siteDb);
const node = await openNodeEngine(siteDb);
await loadSampleUpload(wasm);
await loadSampleUpload(node);
afterAll(() => node.close());
const runner = new ConsoleRunner(wasm);

const statements = async (sql: string) => statementsOf(sql, tokensOf(sql, await wasm.tokenize(sql))).map((s) => s.text);
const refusedWith = async (sql: string) => {
	const outcome = await runner.run(sql);
	if (outcome.kind !== 'refused' && outcome.kind !== 'failed') throw new Error(`${sql} ran`);
	return outcome.problem.message;
};
const answers = async () => ({
	authorities: await wasm.query('SELECT count(*) AS n, min(name) AS first FROM authorities'),
	grades: await wasm.query("SELECT overall_effectiveness, count(*) AS n FROM latest_grades(DATE '2025-03-31') GROUP BY ALL ORDER BY ALL")
});

describe('statements, as DuckDB tokenises them', () => {
	it('split at semicolons, never inside strings, quoted names or comments', async () => {
		expect(await statements("SELECT 'a;b' AS \"x;y\"; -- c;\nSELECT 2 /* ; */ ;")).toEqual(["SELECT 'a;b' AS \"x;y\"", 'SELECT 2']);
		expect(await statements('é; SELECT ünï;')).toEqual(['é', 'SELECT ünï']);
		expect(await statements(' ;; ')).toEqual([]);
	});
});

describe('hostile SQL is refused before anything runs, and the public data stays as it was', () => {
	const hostile: [string, RegExp][] = [
		["SELECT * FROM read_csv('http://example.com/a.csv')", /Permission Error: Cannot access file "http:\/\/example.com\/a.csv"/],
		['INSTALL httpfs', /^INSTALL is not allowed: extensions cannot be installed/],
		['LOAD httpfs', /^LOAD is not allowed/],
		['SET enable_external_access = true', /^SET is not allowed: the engine’s settings are locked/],
		["COPY (SELECT 1) TO 'out.csv'", /^COPY is not allowed: no file can be read or written/],
		["ATTACH 'http://example.com/x.db' AS x", /^ATTACH is not allowed: the console’s databases are fixed/],
		['USE memory', /^USE is not allowed/],
		['DROP TABLE authorities', /“authorities” is a public table, view or macro/],
		["UPDATE authorities SET name = 'x'", /“authorities” is a public table/],
		['DELETE FROM site.main.inspections', /“inspections” is a public table/],
		['CREATE TABLE mine AS SELECT 1', /^CREATE needs TEMP here/],
		['CREATE TEMP MACRO latest_grades(a) AS TABLE SELECT 1', /“latest_grades” is a public table, view or macro/],
		['CREATE OR REPLACE TEMPORARY VIEW "Inspections" AS SELECT 1', /“inspections” is a public/],
		['DROP TABLE upload_dfe_children_in_need_example', /one of your uploads/],
		['CREATE TEMP VIEW uploaded_series AS SELECT 1', /one of your uploads/],
		['WITH x AS (SELECT 1) DELETE FROM authorities', /^DELETE is not allowed inside a query/],
		['BEGIN TRANSACTION', /^BEGIN is not allowed: each statement runs on its own/],
		['SELECT 1; PRAGMA enable_profiling', /^PRAGMA is not allowed/],
		["SELECT * FROM glob('*')", /Permission Error/],
		['CHECKPOINT', /^CHECKPOINT is not allowed here/]
	];
	it.each(hostile)('%s', async (sql, message) => {
		const before = await answers();
		expect(await refusedWith(sql)).toMatch(message);
		expect(await answers()).toEqual(before);
	});
	it('a statement refused after one that is allowed stops the whole text, so the first never runs', async () => {
		expect(await refusedWith('CREATE TEMP TABLE first_one AS SELECT 1; INSTALL httpfs')).toMatch(/^INSTALL/);
		await expect(wasm.query('SELECT * FROM first_one')).rejects.toThrow(/does not exist/);
	});
	it('non-breaking spaces (pasted, or typed at a line’s end) separate words, and stay inside strings', async () => {
		const outcome = await runner.run("SELECT\u00a0'a\u00a0b' AS text,\u00a0count(*) AS n FROM\u00a0authorities");
		expect(outcome.kind === 'result' && outcome.table.getChild('text')?.get(0)).toBe('a\u00a0b');
	});
	it('queries over 100 KB are refused with a message', async () => {
		expect(await refusedWith(`SELECT '${'x'.repeat(110_000)}'`)).toBe('The query is longer than 100 KB: shorten it (a long list of values belongs in an upload).');
	});
	it('a temporary object of the user’s own is allowed, used and dropped', async () => {
		const made = await runner.run("CREATE TEMP TABLE my_counts AS SELECT region, count(*) AS n FROM authorities GROUP BY region; SELECT sum(n)::INTEGER AS n FROM my_counts");
		expect(made.kind === 'result' && made.table.getChild('n')?.get(0)).toBe(158);
		expect((await runner.run('DROP TABLE my_counts')).kind).toBe('result');
	});
});

describe('errors say what and where', () => {
	it('a syntax error marks its position in the text', async () => {
		const sql = 'SELECT 1;\nSELECT * FRM authorities';
		const outcome = await runner.run(sql);
		expect(outcome).toMatchObject({ kind: 'failed', problem: { message: 'Parser Error: syntax error at or near "authorities"' } });
		expect(outcome.kind === 'failed' && sql.slice(outcome.problem.at!)).toBe('authorities');
	});
	it('a query on a missing table names it', async () => {
		const outcome = await runner.run('SELECT * FROM missing_table');
		expect(outcome.kind === 'failed' && outcome.problem.message).toMatch(/^Catalog Error: Table with name missing_table does not exist!/);
	});
	it('a mistake in a long line is placed though DuckDB quotes only a window of it', async () => {
		const sql = `SELECT '${'a'.repeat(120)}', nope FROM (SELECT 1 AS yes) t WHERE '${'b'.repeat(90)}' = 'b'`;
		const outcome = await runner.run(sql);
		expect(outcome.kind === 'failed' && sql.slice(outcome.problem.at!, outcome.problem.at! + 4)).toBe('nope');
	});
});

describe('the examples', () => {
	it.each(EXAMPLES.map((e) => [e.title, e.sql]))('%s: the same rows on duckdb-wasm and in Node, and some rows', async (_, sql) => {
		const rows = await wasm.query(sql);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows).toEqual(await node.query(sql));
	});
	it('Coventry’s journey: inadequate, requires improvement, good', async () => {
		const rows = await wasm.query<{ publication_date: string; overall_effectiveness: string }>(EXAMPLES[0].sql);
		expect(rows.map((r) => [r.publication_date, r.overall_effectiveness])).toEqual([
			['2014-03-21', 'Inadequate'],
			['2017-06-13', 'Requires improvement'],
			['2022-08-12', 'Good']
		]);
	});
});

describe('a query in a link', () => {
	const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
	it('round-trips, long queries compactly', () => {
		const sql = EXAMPLES[2].sql;
		const encoded = encodeSql(sql);
		expect(decodeSql(encoded)).toEqual({ sql });
		expect(encoded.length).toBeLessThan(sql.length);
		expect(sqlInFragment(`#sql=${encoded}`)).toBe(encoded);
		expect(sqlInFragment('#mine=x')).toBeNull();
	});
	it.each([
		['not base64', '%%%<script>', 'it holds characters a shared query never has'],
		['cut short', encodeSql(EXAMPLES[2].sql).slice(0, 40), 'it is damaged or cut short'],
		['a bomb', base64Url(deflateSync(strToU8('a'.repeat(5_000_000)))), 'it is longer than 100 KB'],
		['not text', base64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0x80]))), 'it is not text']
	])('refuses %s, saying why', (_, encoded, reason) => {
		expect(decodeSql(encoded)).toEqual({ problem: `The query in this link could not be read: ${reason}. The editor holds the console’s example instead.` });
	});
});

describe('history', () => {
	const storage = () => {
		const items = new Map<string, string>();
		return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } as Storage;
	};
	it('newest first, each text once, at most 50, and damaged storage read as empty', () => {
		const s = storage();
		for (let i = 0; i < 60; i++) remember(`SELECT ${i}`, s);
		remember('SELECT 30', s);
		const list = readHistory(s);
		expect(list.length).toBe(MAX_HISTORY);
		expect(list.slice(0, 2).map((e) => e.sql)).toEqual(['SELECT 30', 'SELECT 59']);
		expect(list.filter((e) => e.sql === 'SELECT 30').length).toBe(1);
		s.setItem('sql-console-history', '{"not": "a list"');
		expect(readHistory(s)).toEqual([]);
		forgetHistory(s);
		expect(readHistory(s)).toEqual([]);
	});
});

describe('errors as the browser’s worker gives them (JSON with a byte position)', () => {
	it('are read, and the position counted in characters', () => {
		const sql = "SELECT 'é' * FRM authorities";
		const json = JSON.stringify({ exception_type: 'Parser', exception_message: 'syntax error at or near "authorities"\n\nLINE 1: …\n ^', error_subtype: 'SYNTAX_ERROR', position: String(new TextEncoder().encode(sql.slice(0, sql.indexOf('authorities'))).length) });
		const problem = problemOf(json, sql);
		expect(problem.message).toBe('Parser Error: syntax error at or near "authorities"');
		expect(sql.slice(problem.at!)).toBe('authorities');
	});
});

describe('results', () => {
	it('carry DuckDB’s own type names (a count is a BIGINT, though handed over as a double)', async () => {
		const outcome = await runner.run("SELECT region, count(*) AS n, max(valid_to) AS last_abolished FROM authorities GROUP BY region");
		expect(outcome.kind === 'result' && outcome.types).toEqual(['VARCHAR', 'BIGINT', 'DATE']);
	});
	it('offer the charts their columns allow, the most fitting first', () => {
		const col = (name: string, kind: 'number' | 'date' | 'text') => ({ name, type: '', kind, numeric: kind === 'number' });
		expect(chartChoices([col('region', 'text'), col('year', 'number'), col('pct', 'number')])).toEqual([
			{ kind: 'line', x: 'year', y: 'pct', series: 'region' },
			{ kind: 'bar', x: 'region', y: 'year', series: null },
			{ kind: 'bar', x: 'region', y: 'pct', series: null },
			{ kind: 'scatter', x: 'year', y: 'pct', series: null }
		]);
		expect(chartChoices([col('name', 'text'), col('note', 'text')])).toEqual([]);
	});
	// The Arrow download is tested in Chromium (tests/e2e/sql.test.ts): in Node, duckdb-wasm's build loads another copy of apache-arrow.
	it('export as CSV safe for spreadsheets', async () => {
		const outcome = await runner.run("SELECT '=HYPERLINK(\"http://x\")' AS formula, 1.5 AS value, DATE '2022-08-12' AS day");
		if (outcome.kind !== 'result') throw new Error(outcome.kind);
		expect(resultCsv(outcome.table)).toBe('\uFEFFformula,value,day\r\n"\'=HYPERLINK(""http://x"")",1.5,2022-08-12\r\n');
	});
});
