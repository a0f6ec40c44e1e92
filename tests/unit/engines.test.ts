/** The query layer gives identical rows on DuckDB in Node (build) and duckdb-wasm (browser). */
import { afterAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import { openNodeDb } from '../../src/lib/db/node';
import { siteDb } from '../shared';
import { openWasmNodeDb } from '../wasm-node';

const node = await openNodeDb(siteDb);
const wasm = await openWasmNodeDb(siteDb);
afterAll(() => node.close());

const dates = await queries.dataDates(node);
const cases: [string, (db: typeof node) => Promise<unknown[] | unknown>][] = [
	['dataDates', (db) => queries.dataDates(db)],
	['gradeShareOverTime England', (db) => queries.gradeShareOverTime(db, '2014-01-31', '2025-03-31', dates.latest_publication)],
	['gradeShareOverTime London', (db) => queries.gradeShareOverTime(db, '2014-01-31', '2025-03-31', dates.latest_publication, 'London')],
	['latestGradesAt 2019-08-31', (db) => queries.latestGradesAt(db, '2019-08-31', '2019-09-30')],
	['authorities', (db) => queries.authorities(db)],
	['inspectionsOf Coventry', (db) => queries.inspectionsOf(db, 'E08000026')],
	['areasAtInspections Coventry', (db) => queries.areasAtInspections(db, 'E08000026', dates.latest_publication)],
	['latest_grades macro, all columns', (db) => db.query(`SELECT * FROM latest_grades(DATE '2022-09-30') ORDER BY ons_code`)],
	['transitions', (db) => queries.transitions(db, 'consecutive', '2025-03-31')],
	['inadequateSpells', (db) => queries.inadequateSpells(db, '2025-03-31')],
	['movers', (db) => queries.movers(db, '2019-03-31', '2025-03-31', dates.latest_publication)],
	['journeys', (db) => queries.journeys(db, ['E08000026', 'E06000015'])],
	['indicatorSeries', (db) => queries.indicatorSeries(db, 'sw_turnover', ['E08000026', 'E12000005', 'E92000001'])],
	['indicatorByGrade', (db) => queries.indicatorByGrade(db, 'cla_rate', '2024-03-31', '2024-03-31')]
];

describe('DuckDB in Node and duckdb-wasm agree', () => {
	it('run different engines (node-api 1.5, wasm 1.4.3)', async () => {
		const [{ v }] = await node.query<{ v: string }>('SELECT version() AS v');
		expect(v).not.toBe(wasm.version);
		expect(wasm.version).toMatch(/^v1\.4\./);
	});

	it.each(cases)('%s', async (_, run) => {
		const fromNode = await run(node);
		const fromWasm = await run(wasm as never);
		expect(Array.isArray(fromNode) ? fromNode.length : 1).toBeGreaterThan(0);
		expect(fromWasm).toEqual(fromNode);
	});
});
