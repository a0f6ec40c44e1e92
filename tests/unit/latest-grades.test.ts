/** `latest_grades` reproduces Ofsted's published figures, through the bundled database. */
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../src/lib/engine/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { normaliseGrade } from '../../src/lib/data/schema';
import { hasRaw, rawDir, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
afterAll(() => db.close());

/** Share good or outstanding among authorities with a grade, in percent to one place. */
async function goodOrBetter(asAt: string, region: string | null, publishedBy?: string) {
	const [row] = await db.query<{ pct: number }>(`
		SELECT round(100 * avg(CASE WHEN grade_rank <= 2 THEN 1 ELSE 0 END), 1) AS pct
		FROM latest_grades(DATE '${asAt}'${publishedBy ? `, published_by := DATE '${publishedBy}'` : ''})
		WHERE grade_rank IS NOT NULL ${region ? `AND region = '${region}'` : ''}`);
	return row.pct;
}

describe('latest_grades against Ofsted statistics', () => {
	// "Local authority and children's homes in England inspections and outcomes autumn 2019":
	// as at 31 August 2019, published by 30 September 2019.
	it('as at 2019-08-31: London 79%, West Midlands 21% good or outstanding', async () => {
		expect(Math.round(await goodOrBetter('2019-08-31', 'London', '2019-09-30'))).toBe(79);
		expect(Math.round(await goodOrBetter('2019-08-31', 'West Midlands', '2019-09-30'))).toBe(21);
	});

	// "Local authority inspection outcomes as at 31 March 2024", main findings.
	it('as at 2024-03-31: England 60%, London 85%, North West 36%', async () => {
		expect(Math.round(await goodOrBetter('2024-03-31', null))).toBe(60);
		expect(Math.round(await goodOrBetter('2024-03-31', 'London'))).toBe(85);
		expect(Math.round(await goodOrBetter('2024-03-31', 'North West'))).toBe(36);
	});

	// "Children's social care in England 2017": as at 31 March 2017, reports published by 30 April 2017.
	it('as at 2017-03-31, published by 2017-04-30: 127 graded, 30 inadequate, counting SIF reports published in April', async () => {
		const [counts] = await db.query<{ graded: number; inadequate: number }>(`
			SELECT count(grade_rank) AS graded, count(*) FILTER (WHERE grade_rank = 4) AS inadequate
			FROM latest_grades(DATE '2017-03-31', published_by := DATE '2017-04-30')`);
		expect(counts).toEqual({ graded: 127, inadequate: 30 });
		const late = await db.query<{ name: string }>(`
			SELECT name FROM latest_grades(DATE '2017-03-31', published_by := DATE '2017-04-30') WHERE judged_on > DATE '2017-03-31' ORDER BY name`);
		expect(late.map((r) => r.name)).toEqual(['Bedford', 'Redcar and Cleveland', 'Tower Hamlets']);
		// With a cut-off beyond the reporting lag (the charts' latest publication) they count from publication.
		const [later] = await db.query<{ graded: number }>(`
			SELECT count(grade_rank) AS graded FROM latest_grades(DATE '2017-03-31', published_by := DATE '2025-06-30')`);
		expect(later.graded).toBe(124);
	});

	it('returns one row per authority that existed on the date, grade NULL where none', async () => {
		const counts = async (asAt: string) =>
			(await db.query<{ n: number; graded: number }>(`SELECT count(*) AS n, count(grade_rank) AS graded FROM latest_grades(DATE '${asAt}')`))[0];
		expect(await counts('2013-10-31')).toEqual({ n: 152, graded: 0 });
		expect(await counts('2019-03-31')).toMatchObject({ n: 152 }); // Bournemouth, Poole, Dorset CC still there
		expect(await counts('2019-04-01')).toMatchObject({ n: 151 }); // BCP and Dorset instead
		expect(await counts('2025-03-31')).toMatchObject({ n: 153 });
	});

	it('follows Coventry through its three inspections, publication-gated', async () => {
		const coventry = async (asAt: string, publishedBy?: string) =>
			(await db.query<{ overall_effectiveness: string | null }>(
				`SELECT overall_effectiveness FROM latest_grades(DATE '${asAt}'${publishedBy ? `, published_by := DATE '${publishedBy}'` : ''}) WHERE ons_code = 'E08000026'`
			))[0].overall_effectiveness;
		expect(await coventry('2014-03-20')).toBeNull();
		expect(await coventry('2014-03-21')).toBe('Inadequate');
		expect(await coventry('2017-06-13')).toBe('Requires improvement');
		// Inspected 2022-06-20 but not published until 2022-08-12.
		expect(await coventry('2022-07-01')).toBe('Requires improvement');
		expect(await coventry('2022-07-01', '2022-12-31')).toBe('Good');
		expect(await coventry('2022-08-12')).toBe('Good');
	});
});

describe('latest_grades against Ofsted’s own list of latest judgements', () => {
	// ofsted_2025_latest_judgements_at_31_march_2025.csv: Good 67, Outstanding 36, RI 31, Inadequate 19.
	it('as at 2025-03-31, published since, gives the 2025 release’s distribution', async () => {
		const rows = await db.query<{ grade: string; n: number }>(`
			SELECT overall_effectiveness AS grade, count(*) AS n
			FROM latest_grades(DATE '2025-03-31', published_by := (SELECT max(publication_date) FROM inspections))
			GROUP BY ALL ORDER BY ALL`);
		expect(rows).toEqual([
			{ grade: 'Good', n: 67 },
			{ grade: 'Inadequate', n: 19 },
			{ grade: 'Outstanding', n: 36 },
			{ grade: 'Requires improvement', n: 31 }
		]);
	});
});

describe.skipIf(!hasRaw)('latest_grades against the 2025 release, authority by authority', () => {
	it('gives each authority the overall grade and inspection date Ofsted lists as at 31 March 2025', async () => {
		const file = join(rawDir, 'ofsted/extracted/ofsted_2025_latest_judgements_at_31_march_2025.csv');
		const official = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
		const ours = new Map(
			(
				await db.query<{ ons_code: string; overall_effectiveness: string; judged_on: string }>(`
					SELECT ons_code, overall_effectiveness, CAST(judged_on AS VARCHAR) AS judged_on
					FROM latest_grades(DATE '2025-03-31', published_by := (SELECT max(publication_date) FROM inspections))`)
			).map((r) => [r.ons_code, r])
		);
		expect(official).toHaveLength(153);
		for (const row of official) {
			const code = row['Local authority area code'];
			expect(ours.get(code), code).toMatchObject({
				overall_effectiveness: normaliseGrade(row['Overall effectiveness']),
				judged_on: row['Inspection date'].slice(0, 10)
			});
		}
	});
});
