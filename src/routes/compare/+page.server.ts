import { dataDates, indicatorSeries, journeys, presetCodes, runQuery, timeAxis } from '$lib/data/queries';
import { prerendered, siteEngine } from '$lib/server/site-engine';
import { DEFAULT_AUTHORITY, DEFAULT_INDICATOR, ENGLAND_CODE } from '$lib/site';

/** The page is prerendered with an example: the default authority and its ten statistical neighbours. */
export async function load() {
	const engine = await siteEngine();
	const [dates] = await runQuery(engine, dataDates, {});
	const codes = (await runQuery(engine, presetCodes, { preset: 'neighbours', ons_code: DEFAULT_AUTHORITY })).map((r) => r.ons_code);
	return {
		dates,
		axis: timeAxis(dates),
		journeys: await prerendered(journeys, { codes }),
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [...codes, ENGLAND_CODE] })
	};
}
