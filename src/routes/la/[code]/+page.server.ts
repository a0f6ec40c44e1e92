import { journeys, neighboursOf, runQuery } from '$lib/data/queries';
import { authorityCharts, authorityEntries } from '$lib/server/authority';
import { siteManifest } from '$lib/server/manifest';
import { siteEngine } from '$lib/server/site-engine';

/** Every authority, abolished ones included, gets a page. */
export const entries = authorityEntries;

export async function load({ params }) {
	const engine = await siteEngine();
	const charts = await authorityCharts(params.code);
	const code = charts.authority.ons_code;
	const related = [...charts.authority.predecessors, ...charts.authority.successors].map((a) => a.ons_code);
	return {
		...charts,
		// A council created by reorganisation is shown with the councils it replaced, and vice versa.
		lineage: related.length ? await runQuery(engine, journeys, { codes: [code, ...related] }) : [],
		neighbours: await runQuery(engine, neighboursOf, { ons_code: code }),
		/** The Ofsted releases the grades come from, as the build recorded them. */
		releases: siteManifest().sources.filter((s) => s.publisher === 'Ofsted')
	};
}
