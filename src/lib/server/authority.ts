/** An authority's journey as its page and its embed page show it: the authority, its inspections and case reviews, and the time axis. */
import { error } from '@sveltejs/kit';
import { areasAtInspections, authorities, caseReviews, dataDates, indicatorSeries, inspectionsOf, runQuery, timeAxis } from '$lib/data/queries';
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
	return { authority, dates, axis, reviews, inspections: await runQuery(engine, inspectionsOf, { ons_code: authority.ons_code }) };
}

/** An authority's charts as its page and their embed pages open: its journey, its region and England at each inspection, and the default context indicator. */
export async function authorityCharts(code: string) {
	const journey = await authorityJourney(code);
	const { authority, dates } = journey;
	return {
		...journey,
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [authority.ons_code, authority.region_code, ENGLAND_CODE] }),
		areas: await runQuery(await siteEngine(), areasAtInspections, { ons_code: authority.ons_code, published_by: dates.latest_publication })
	};
}
