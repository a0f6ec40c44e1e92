import { dataDates, indicatorSeries, journeys, presetCodes, timeAxis } from '$lib/data/queries';
import { siteDb } from '$lib/server/db';

/** The page is prerendered with an example: Coventry and its ten statistical neighbours. */
export async function load() {
	const focus = 'E08000026';
	const db = await siteDb();
	const dates = await dataDates(db);
	const codes = await presetCodes(db, 'neighbours', focus);
	return {
		dates,
		axis: timeAxis(dates),
		focus,
		codes,
		journeys: await journeys(db, codes),
		indicator: { indicator: 'cla_rate' as const, codes: [...codes, 'E92000001'], rows: await indicatorSeries(db, 'cla_rate', [...codes, 'E92000001']) }
	};
}
