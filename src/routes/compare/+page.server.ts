import { dataDates, journeys, presetCodes } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteDb } from '$lib/server/db';

/** The page is prerendered with an example: Coventry and its ten statistical neighbours. */
export async function load() {
	const focus = 'E08000026';
	const db = await siteDb();
	const dates = await dataDates(db);
	const codes = await presetCodes(db, 'neighbours', focus);
	return {
		dates,
		axisStart: `${dates.first_publication.slice(0, 7)}-01`,
		axisEnd: monthEnd(dates.latest_inspection),
		focus,
		codes,
		journeys: await journeys(db, codes)
	};
}
