import { areasAtInspections, indicatorSeries, journeys, neighboursOf, runQuery } from '$lib/data/queries';
import { DEFAULT_INDICATOR, ENGLAND_CODE } from '$lib/site';
import { authorityEntries, authorityJourney } from '$lib/server/authority';
import { siteManifest } from '$lib/server/manifest';
import { prerendered, siteEngine } from '$lib/server/site-engine';

/** Every authority, abolished ones included, gets a page. */
export const entries = authorityEntries;

export async function load({ params }) {
	const engine = await siteEngine();
	const journey = await authorityJourney(params.code);
	const { authority, dates } = journey;
	const code = authority.ons_code;
	const related = [...authority.predecessors, ...authority.successors].map((a) => a.ons_code);
	return {
		...journey,
		// A council created by reorganisation is shown with the councils it replaced, and vice versa.
		lineage: related.length ? await runQuery(engine, journeys, { codes: [code, ...related] }) : [],
		indicator: await prerendered(indicatorSeries, { indicator: DEFAULT_INDICATOR, codes: [code, authority.region_code, ENGLAND_CODE] }),
		areas: await runQuery(engine, areasAtInspections, { ons_code: code, published_by: dates.latest_publication }),
		neighbours: await runQuery(engine, neighboursOf, { ons_code: code }),
		/** The Ofsted releases the grades come from, as the build recorded them. */
		releases: siteManifest().sources.filter((s) => s.publisher === 'Ofsted')
	};
}
