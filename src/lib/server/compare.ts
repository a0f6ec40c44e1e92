/** The compare page as it opens, with an example (the default authority and its ten statistical neighbours): for the page and its embed. */
import { benchmark, benchmarkField, benchmarkTrends, dataDates, indicatorSeries, journeys, presetCodes, runQuery, timeAxis } from '$lib/data/queries';
import { DEFAULT_AUTHORITY, DEFAULT_INDICATOR, ENGLAND_CODE } from '$lib/site';
import { prerendered, siteEngine } from './site-engine';

export async function comparePicture() {
	const engine = await siteEngine();
	const [dates] = await runQuery(engine, dataDates, {});
	const codes = (await runQuery(engine, presetCodes, { preset: 'neighbours', ons_code: DEFAULT_AUTHORITY })).map((r) => r.ons_code);
	return {
		dates,
		axis: timeAxis(dates),
		journeys: await prerendered(journeys, { codes }),
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [...codes, ENGLAND_CODE] }),
		benchmark: {
			rows: await prerendered(benchmark, { codes, indicators: [DEFAULT_INDICATOR] }),
			field: await prerendered(benchmarkField, { codes, indicators: [DEFAULT_INDICATOR] }),
			trends: await prerendered(benchmarkTrends, { codes, indicators: [DEFAULT_INDICATOR] })
		}
	};
}
