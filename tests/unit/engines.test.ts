/**
 * Every named query (the registry, so nothing the browser runs is left out) gives identical rows
 * on DuckDB in Node (build) and duckdb-wasm (browser), with each of its sample arguments.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { QUERIES, runQuery, uploadedByGrade } from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { siteDb } from '../shared';
import { loadSampleUpload } from '../upload-sample';
import { openWasmNodeEngine } from '../wasm-node';

const node = await openNodeEngine(siteDb);
const wasm = await openWasmNodeEngine(siteDb);
// An uploaded series, as /upload/ loads it, for the query of uploads.
await loadSampleUpload(node);
await loadSampleUpload(wasm);
afterAll(() => node.close());

const cases = QUERIES.flatMap((query) => query.samples.map((args) => [`${query.name} ${JSON.stringify(args)}`, query, args] as const));

describe('DuckDB in Node and duckdb-wasm agree', () => {
	it('run different engines (node-api 1.5, wasm 1.4.3)', async () => {
		const [{ v }] = await node.query<{ v: string }>('SELECT version() AS v');
		expect(v).not.toBe(wasm.version);
		expect(wasm.version).toMatch(/^v1\.4\./);
	});

	it('on every query in the registry', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(20); // every topic module's queries are collected
		expect(new Set(QUERIES.map((q) => q.name)).size).toBe(QUERIES.length);
		expect(QUERIES.every((q) => q.samples.length > 0)).toBe(true);
	});

	it.each(cases)('%s', async (_, query, args) => {
		const fromNode = await runQuery(node, query as never, args);
		const fromWasm = await runQuery(wasm, query as never, args);
		expect(fromNode.length).toBeGreaterThan(0);
		expect(fromWasm).toEqual(fromNode);
	});

	it('on an uploaded series by grade: Coventry’s own value (812.4, 2024) beside its grade as at 31 March 2025', async () => {
		const rows = await runQuery(node, uploadedByGrade, { upload: 'upload_dfe_children_in_need_example', measure: 'Anypoint_episodes_rate (Children in Need)', as_at: '2025-03-31', published_by: '2025-03-31' });
		expect(rows).toEqual([{ ons_code: 'E08000026', name: 'Coventry', grade: 'Good', grade_rank: 2, period: 2024, value: 812.4, release: 'upload_dfe_children_in_need_example' }]);
	});

	it('on the latest_grades macro, all columns', async () => {
		const sql = `SELECT * FROM latest_grades(DATE '2022-09-30') ORDER BY ons_code`;
		expect(await wasm.query(sql)).toEqual(await node.query(sql));
	});

	it.each([
		['node', node],
		['wasm', wasm]
	])('bind values on %s: quotes, semicolons and SQL reach the query as a value', async (_, engine) => {
		const hostile = `x'); DROP TABLE authorities; SELECT ('`;
		const rows = await runQuery(engine, QUERIES.find((q) => q.name === 'inspectionsOf')! as never, { ons_code: hostile });
		expect(rows).toEqual([]);
		const [{ echoed }] = await engine.query<{ echoed: string }>('SELECT $1 AS echoed', [hostile]);
		expect(echoed).toBe(hostile);
		const [{ n }] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM authorities');
		expect(n).toBe(158);
	});
});
