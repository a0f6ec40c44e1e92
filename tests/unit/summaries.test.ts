/** The plain-language summaries, on the real data. */
import { afterAll, describe, expect, it } from 'vitest';
import { summariseAreas, summariseJourney, summariseShares } from '../../src/lib/charts/summaries';
import * as queries from '../../src/lib/data/queries';
import { openNodeDb } from '../../src/lib/db/node';
import { siteDb } from '../shared';

const db = await openNodeDb(siteDb);
afterAll(() => db.close());
const dates = await queries.dataDates(db);

describe('summaries', () => {
	it('tell Coventry’s journey', async () => {
		const coventry = await queries.inspectionsOf(db, 'E08000026');
		expect(summariseJourney('Coventry', coventry, null)).toBe(
			'Coventry was judged inadequate in March 2014, requires improvement in June 2017 and good in June 2022 for overall effectiveness. Overall, it has improved from inadequate to good.'
		);
		const areas = await queries.areasAtInspections(db, 'E08000026', dates.latest_publication);
		expect(summariseAreas('Coventry', coventry, areas)[0]).toMatch(
			/^March 2014: Coventry inadequate; West Midlands \d+ of \d+ graded good or outstanding \(\d+%\); England \d+ of \d+ graded good or outstanding \(\d+%\)\.$/
		);
	});

	it('say when an abolished council was never inspected under ILACS or SIF', () => {
		expect(summariseJourney('Somewhere', [], '2019-03-31')).toBe(
			'Somewhere has no graded SIF or ILACS inspection in the published data before it was abolished on 31 March 2019.'
		);
	});

	it('give England’s share as at 31 March 2024 as Ofsted published it (60%)', async () => {
		const rows = await queries.gradeShareOverTime(db, '2019-03-31', '2024-03-31', '2024-03-31');
		const text = summariseShares(rows, '2024-03-31', 'England');
		expect(text).toMatch(/^As at 31 March 2024, 60% of the 151 local authorities in England with a grade were judged good or outstanding/);
		expect(text).toContain('Five years earlier, as at 31 March 2019');
	});
});
