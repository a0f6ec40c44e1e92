/** An authority's journey as its page and its embed page show it: the authority, its inspections, visits and case reviews, and the time axis. */
import { error } from '@sveltejs/kit';
import { INDICATOR_KEYS } from '$lib/data/indicators';
import { areasAtInspections, authorities, benchmark, benchmarkField, benchmarkTrends, caseReviews, dataDates, indicatorSeries, inspectionsOf, runQuery, timeAxis, visitsOf } from '$lib/data/queries';
import { DEFAULT_INDICATOR, ENGLAND_CODE } from '$lib/site';
import { prerendered, siteEngine } from './site-engine';

/** Every authority, abolished ones included: each has a page and an embedded journey. */
export async function authorityEntries() {
	return (await runQuery(await siteEngine(), authorities, {})).map((a) => ({ code: a.ons_code }));
}

export async function authorityJourney(code: string) {
	const engine = await siteEngine();
	const authority = (await runQuery(engine, authorities, {})).find((a) => a.ons_code === code);
	if (!authority) error(404, `No local authority has the code “${code}”.`);
	const [dates] = await runQuery(engine, dataDates, {});
	const reviews = await runQuery(engine, caseReviews, { ons_code: authority.ons_code });
	const axis = timeAxis(dates);
	// Reach back to the year of the earliest dated review, so every review sits on the axis.
	const earliestReview = Math.min(...reviews.flatMap((r) => (r.publication_year ? [r.publication_year] : [])));
	if (earliestReview < Number(axis.start.slice(0, 4))) axis.start = `${earliestReview}-01-01`;
	return {
		authority,
		dates,
		axis,
		reviews,
		inspections: await runQuery(engine, inspectionsOf, { ons_code: authority.ons_code }),
		visits: await runQuery(engine, visitsOf, { ons_code: authority.ons_code })
	};
}

/** An authority's benchmark: every indicator's latest figure beside all authorities, the spread it sits in, and its trends. */
export async function authorityBenchmark(code: string) {
	const engine = await siteEngine();
	const args = { codes: [code], indicators: INDICATOR_KEYS };
	const [rows, field, trends] = await Promise.all([runQuery(engine, benchmark, args), runQuery(engine, benchmarkField, args), runQuery(engine, benchmarkTrends, args)]);
	return { rows, field, trends };
}

/** An authority's charts as its page and their embed pages open: its journey, its region and England at each inspection, the default context indicator and the benchmark. */
export async function authorityCharts(code: string) {
	const journey = await authorityJourney(code);
	const { authority, dates } = journey;
	return {
		...journey,
		benchmark: await authorityBenchmark(authority.ons_code),
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [authority.ons_code, authority.region_code, ENGLAND_CODE] }),
		areas: await runQuery(await siteEngine(), areasAtInspections, { ons_code: authority.ons_code, published_by: dates.latest_publication })
	};
}
