/** The plain-language summaries, on the real data. */
import { afterAll, describe, expect, it } from 'vitest';
import { summariseAreas, summariseJourney, summariseShares } from '../../src/lib/charts/summaries';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { queriesOn, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());
const dates = await q(queries.dataDates, {}).then(([d]) => d);

describe('summaries', () => {
	it('tell Coventry’s journey', async () => {
		const coventry = await q(queries.inspectionsOf, { ons_code: 'E08000026' });
		expect(summariseJourney('Coventry', coventry, null)).toBe(
			'Coventry was judged inadequate in March 2014, requires improvement in June 2017 and good in June 2022 for overall effectiveness. Overall, it has improved from inadequate to good.'
		);
		const areas = await q(queries.areasAtInspections, { ons_code: 'E08000026', published_by: dates.latest_publication });
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
		const rows = await q(queries.gradeShareOverTime, { from: '2019-03-31', to: '2024-03-31', published_by: '2024-03-31', region: null });
		const text = summariseShares(rows, '2024-03-31', 'England');
		expect(text).toMatch(/^As at 31 March 2024, 60% of the 151 local authorities in England with a grade were judged good or outstanding/);
		expect(text).toContain('Five years earlier, as at 31 March 2019');
	});
});
