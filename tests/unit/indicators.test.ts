/** Context indicators: spot checks against the source rows, releases kept, suppression kept. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { hasRaw, queriesOn, rawDir, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());

/** Row `row` of a raw file (row 1 is the header), as the import numbers them. */
const sourceRow = (file: string, row: number) =>
	Papa.parse<Record<string, string>>(readFileSync(join(rawDir, file), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data[row - 2];

const coventry = async (indicator: string) =>
	new Map(
		(
			await db.query<{ period: number; value: number; release: string; source: string }>(
				`SELECT period, value, release, source FROM indicators_latest WHERE ons_code = 'E08000026' AND indicator = '${indicator}'`
			)
		).map((r) => [r.period, r])
	);

describe('indicators for Coventry, against their source rows', () => {
	it('children looked after per 10,000: 2016 from LAIT, 2025 from the 2025 release', async () => {
		const cla = await coventry('cla_rate');
		expect(cla.get(2016)).toMatchObject({ value: 77, release: 'Local Authority Interactive Tool (DfE), data of April 2026', source: 'lait_bds_long_csc_extract.csv, row 30' });
		expect(cla.get(2025)).toMatchObject({ value: 82, release: 'Children looked after in England 2025 (DfE)', source: 'cla_number_and_rate_per_10k_children_2021_to_2025.csv, row 243' });
		if (hasRaw) {
			expect(sourceRow('lait/lait_bds_long_csc_extract.csv', 30)).toMatchObject({ 'Short Desc': 'LAC', Years: '2016', 'LA and Regions': 'Coventry', Values: '77' });
			expect(sourceRow('dfe/cla_number_and_rate_per_10k_children_2021_to_2025.csv', 243)).toMatchObject({ time_period: '2025', la_name: 'Coventry', rate_per_10000: '82' });
		}
	});

	it('social worker turnover: 2017 and 2025 from the 2025 workforce release', async () => {
		const turnover = await coventry('sw_turnover');
		expect(turnover.get(2017)).toMatchObject({ value: 13.9, release: 'Children’s social work workforce 2025 (DfE)', source: 'csww_indicators_2017_to_2025.csv, row 1374' });
		expect(turnover.get(2025)).toMatchObject({ value: 11.3, source: 'csww_indicators_2017_to_2025.csv, row 75' });
		if (hasRaw) {
			expect(sourceRow('dfe/csww_indicators_2017_to_2025.csv', 1374)).toMatchObject({ time_period: '2017', la_name: 'Coventry', turnover_rate_fte: '13.9' });
			expect(sourceRow('dfe/csww_indicators_2017_to_2025.csv', 75)).toMatchObject({ time_period: '2025', la_name: 'Coventry', turnover_rate_fte: '11.3' });
		}
	});

	it('keeps every release’s value: the 2023 CLA rate was revised from 92 to 93', async () => {
		const rows = await db.query<{ value: number; release_id: string }>(
			`SELECT value, release_id FROM indicators WHERE ons_code = 'E08000026' AND indicator = 'cla_rate' AND period = 2023 ORDER BY release_year DESC, release_id`
		);
		expect(rows).toEqual([
			{ value: 93, release_id: 'cla-2025' },
			{ value: 93, release_id: 'cla-2024' },
			{ value: 92, release_id: 'cla-2023' },
			{ value: 93, release_id: 'lait-2026-04' }
		]);
	});
});

describe('suppression', () => {
	it('turns DfE suppression codes into NULL with the code kept, never zero', async () => {
		const rows = await db.query<{ code: string; n: number; non_null: number }>(
			`SELECT suppression AS code, count(*) AS n, count(value) AS non_null FROM indicators WHERE suppression IS NOT NULL GROUP BY ALL ORDER BY 1`
		);
		expect(rows.map((r) => r.code).sort()).toEqual(expect.arrayContaining(['c', 'u', 'x', 'z']));
		expect(rows.every((r) => r.non_null === 0)).toBe(true);
		const [{ explained }] = await db.query<{ explained: number }>(
			`SELECT count(*) AS explained FROM (SELECT DISTINCT suppression FROM indicators WHERE suppression IS NOT NULL) s JOIN suppression_codes c ON c.code = s.suppression`
		);
		expect(explained).toBe(rows.length);
	});
});

describe('indicator queries', () => {
	it('give Coventry, its region and England side by side', async () => {
		const rows = await q(queries.indicatorSeries, { indicator: 'cla_rate', codes: ['E08000026', 'E12000005', 'E92000001'] });
		expect(new Set(rows.map((r) => r.ons_code))).toEqual(new Set(['E08000026', 'E12000005', 'E92000001']));
		expect(rows.find((r) => r.ons_code === 'E08000026' && r.period === 2025)).toMatchObject({ value: 82, period_end: '2025-03-31', unit: 'per 10,000' });
	});

	it('pair each graded authority with its indicator value as at a date', async () => {
		const rows = await q(queries.indicatorByGrade, { indicator: 'cla_rate', as_at: '2024-03-31', published_by: '2024-03-31' });
		expect(rows.length).toBeGreaterThan(140);
		expect(rows.find((r) => r.ons_code === 'E08000026')).toMatchObject({ grade: 'Good', period: 2024, value: 83 });
	});
});
