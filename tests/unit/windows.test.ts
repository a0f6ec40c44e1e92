/**
 * The next inspection's window: the observed gaps after ILACS inspections, worked out here from the
 * committed inspections table (data/inspections.csv) without SQL, must match the query's figures; an
 * authority whose latest grade is from the SIF, or that has none, gets no window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { queriesOn, root, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());
const PUBLISHED_BY = '2025-09-25';

const inspections = Papa.parse<Record<string, string>>(readFileSync(join(root, 'data', 'inspections.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
/** DuckDB's quantile_cont: linear interpolation between the closest ranks. */
function quantile(values: number[], p: number) {
	const sorted = [...values].sort((a, b) => a - b);
	const h = (sorted.length - 1) * p;
	return sorted[Math.floor(h)] + (h - Math.floor(h)) * (sorted[Math.ceil(h)] - sorted[Math.floor(h)]);
}

/** By hand: each authority's graded inspections in date order; an ILACS one followed by another gives a gap. */
function gapsByGrade() {
	const byAuthority = new Map<string, Record<string, string>[]>();
	for (const i of inspections.filter((i) => i.publication_date <= PUBLISHED_BY)) byAuthority.set(i.ons_code, [...(byAuthority.get(i.ons_code) ?? []), i]);
	const judged = (i: Record<string, string>) => i.inspection_date || i.publication_date;
	const gaps = new Map<string, number[]>();
	for (const list of byAuthority.values()) {
		list.sort((a, b) => judged(a).localeCompare(judged(b)) || a.publication_date.localeCompare(b.publication_date));
		list.forEach((i, n) => {
			if (i.framework === 'ILACS' && list[n + 1]) gaps.set(i.overall_effectiveness, [...(gaps.get(i.overall_effectiveness) ?? []), days(judged(i), judged(list[n + 1]))]);
		});
	}
	return gaps;
}

describe('the next inspection’s window', () => {
	it('reproduces the observed gaps after ILACS inspections, grade by grade, from the inspections table', async () => {
		const byHand = gapsByGrade();
		const rows = await q(queries.inspectionGaps, { published_by: PUBLISHED_BY });
		expect(rows.map((r) => r.grade)).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
		for (const row of rows) {
			const gaps = byHand.get(row.grade)!;
			expect(row.cases, row.grade).toBe(gaps.length);
			expect(row.median_days, row.grade).toBeCloseTo(quantile(gaps, 0.5), 6);
			expect(row.q1_days, row.grade).toBeCloseTo(quantile(gaps, 0.25), 6);
			expect(row.q3_days, row.grade).toBeCloseTo(quantile(gaps, 0.75), 6);
		}
	});

	it('gives Coventry, good at its 2022 ILACS, the window of that grade, and the days since', async () => {
		const good = (await q(queries.inspectionGaps, { published_by: PUBLISHED_BY })).find((r) => r.grade === 'Good')!;
		const rows = await q(queries.inspectionWindows, { as_at: '2025-03-31', published_by: PUBLISHED_BY });
		const coventry = rows.find((r) => r.ons_code === 'E08000026')!;
		const plus = (iso: string, n: number) => new Date(Date.parse(iso) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);
		expect(coventry).toMatchObject({ grade: 'Good', judged_on: '2022-06-20', days_since: days('2022-06-20', '2025-03-31'), cases: good.cases });
		expect([coventry.window_opens, coventry.window_closes]).toEqual([plus('2022-06-20', good.q1_days), plus('2022-06-20', good.q3_days)]);
		expect(coventry.status).toBe(coventry.window_opens! > '2025-03-31' ? 'before' : coventry.window_closes! >= '2025-03-31' ? 'inside' : 'past');
		expect(rows).toHaveLength(153);
	});

	it('gives no window to an authority whose latest grade is from the SIF, or that has none yet', async () => {
		const end2018 = await q(queries.inspectionWindows, { as_at: '2018-12-31', published_by: PUBLISHED_BY });
		expect(end2018.find((r) => r.ons_code === 'E08000026')).toMatchObject({ inspection_type: 'SIF re-inspection', status: 'no ILACS grade', window_opens: null, cases: null });
		const early = await q(queries.inspectionWindows, { as_at: '2014-01-31', published_by: PUBLISHED_BY });
		const coventry = early.find((r) => r.ons_code === 'E08000026')!;
		expect(coventry).toMatchObject({ grade: null, days_since: null, status: 'not inspected' });
	});
});
