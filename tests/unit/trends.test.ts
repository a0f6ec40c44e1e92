/** Transitions, spells of inadequate and movers, on the bundled data. */
import { afterAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { queriesOn, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());
const dates = await q(queries.dataDates, {}).then(([d]) => d);
const total = (rows: queries.TransitionRow[]) => rows.reduce((sum, r) => sum + r.pairs, 0);

describe('transitions', () => {
	it('count every consecutive pair of graded inspections exactly once', async () => {
		const rows = await q(queries.transitions, { kind: 'consecutive', as_at: dates.latest_inspection, frameworks: 'all', region: null });
		const [{ expected }] = await db.query<{ expected: number }>('SELECT count(*) - count(DISTINCT ons_code) AS expected FROM inspections');
		expect(total(rows)).toBe(expected);
		// Each pair appears in one cell only, listed once.
		const listed = rows.flatMap((r) => r.authorities.map((a) => `${a.ons_code} ${a.from_date}`));
		expect(new Set(listed).size).toBe(expected);
		expect(rows.every((r) => r.authorities.length === r.pairs)).toBe(true);
	});

	it('split by framework into parts that add up to the whole', async () => {
		const parts = await Promise.all((['SIF-SIF', 'SIF-ILACS', 'ILACS-ILACS'] as const).map((f) => q(queries.transitions, { kind: 'consecutive', as_at: dates.latest_inspection, frameworks: f, region: null })));
		expect(parts.map(total).reduce((a, b) => a + b)).toBe(total(await q(queries.transitions, { kind: 'consecutive', as_at: dates.latest_inspection, frameworks: 'all', region: null })));
	});

	it('reproduce Ofsted: of the 65 LAs with more than one ILACS inspection as at 31 March 2024, 26 improved', async () => {
		const rows = await q(queries.transitions, { kind: 'first-ilacs-to-latest-ilacs', as_at: '2024-03-31', frameworks: 'all', region: null });
		expect(total(rows)).toBe(65);
		expect(rows.filter((r) => r.to_rank < r.from_rank).reduce((sum, r) => sum + r.pairs, 0)).toBe(26);
		expect(rows.filter((r) => r.to_rank > r.from_rank).reduce((sum, r) => sum + r.pairs, 0)).toBe(12); // "12 LAs (18%) had a decline"
	});

	it('list Coventry’s SIF re-inspection as inadequate → requires improvement', async () => {
		const rows = await q(queries.transitions, { kind: 'consecutive', as_at: dates.latest_inspection, frameworks: 'SIF-SIF', region: 'West Midlands' });
		const cell = rows.find((r) => r.from_grade === 'Inadequate' && r.to_grade === 'Requires improvement')!;
		expect(cell.authorities).toContainEqual({ ons_code: 'E08000026', name: 'Coventry', from_date: '2014-03-21', to_date: '2017-06-13' });
	});
});

describe('spells of inadequate', () => {
	it('include Coventry’s spell, March 2014 to June 2017, ended by requires improvement', async () => {
		const spells = await q(queries.inadequateSpells, { as_at: dates.latest_inspection });
		expect(spells.filter((s) => s.ons_code === 'E08000026')).toEqual([
			expect.objectContaining({ start: '2014-03-21', end: '2017-06-13', left: true, end_grade: 'Requires improvement' })
		]);
	});

	it('censor at the as-at date, and at abolition for abolished councils', async () => {
		const spells = await q(queries.inadequateSpells, { as_at: '2019-12-31' });
		const northamptonshire = spells.find((s) => s.ons_code === 'E10000021')!;
		expect(northamptonshire).toMatchObject({ left: false, end: '2019-12-31' });
		const at2022 = await q(queries.inadequateSpells, { as_at: '2022-12-31' });
		expect(at2022.find((s) => s.ons_code === 'E10000021')).toMatchObject({ left: false, end: '2021-03-31' });
		expect(spells.every((s) => s.months >= 0 && s.end <= '2019-12-31')).toBe(true);
	});
});

describe('movers', () => {
	it('compare latest grades at two dates, biggest change first', async () => {
		const rows = await q(queries.movers, { from: '2019-03-31', to: '2025-03-31', published_by: dates.latest_publication, region: null });
		expect(Math.abs(rows[0].change)).toBe(3);
		const coventry = rows.find((r) => r.ons_code === 'E08000026')!;
		expect(coventry).toMatchObject({ from_grade: 'Requires improvement', to_grade: 'Good', change: 1 });
	});
});
