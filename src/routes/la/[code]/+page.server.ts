import { error } from '@sveltejs/kit';
import { areasAtInspections, authorities, caseReviews, dataDates, indicatorSeries, inspectionsOf, journeys, neighboursOf, runQuery, timeAxis } from '$lib/data/queries';
import { DEFAULT_INDICATOR, ENGLAND_CODE } from '$lib/site';
import { siteManifest } from '$lib/server/manifest';
import { prerendered, siteEngine } from '$lib/server/site-engine';

/** Every authority, abolished ones included, gets a page. */
export async function entries() {
	return (await runQuery(await siteEngine(), authorities, {})).map((a) => ({ code: a.ons_code }));
}

export async function load({ params }) {
	const engine = await siteEngine();
	const authority = (await runQuery(engine, authorities, {})).find((a) => a.ons_code === params.code);
	if (!authority) error(404, `No local authority has the code “${params.code}”.`);
	const code = authority.ons_code;
	const [dates] = await runQuery(engine, dataDates, {});
	const reviews = await runQuery(engine, caseReviews, { ons_code: code });
	const axis = timeAxis(dates);
	// Reach back to the year of the earliest dated review, so every review sits on the axis.
	const earliestReview = Math.min(...reviews.flatMap((r) => (r.publication_year ? [r.publication_year] : [])));
	if (earliestReview < Number(axis.start.slice(0, 4))) axis.start = `${earliestReview}-01-01`;
	const related = [...authority.predecessors, ...authority.successors].map((a) => a.ons_code);
	return {
		authority,
		dates,
		axis,
		reviews,
		// A council created by reorganisation is shown with the councils it replaced, and vice versa.
		lineage: related.length ? await runQuery(engine, journeys, { codes: [code, ...related] }) : [],
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [code, authority.region_code, ENGLAND_CODE] }),
		inspections: await runQuery(engine, inspectionsOf, { ons_code: code }),
		areas: await runQuery(engine, areasAtInspections, { ons_code: code, published_by: dates.latest_publication }),
		neighbours: await runQuery(engine, neighboursOf, { ons_code: code }),
		/** The Ofsted releases the grades come from, as the build recorded them. */
		releases: siteManifest().sources.filter((s) => s.publisher === 'Ofsted')
	};
}
