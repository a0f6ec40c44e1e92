import { inspectionWindows, journeys, neighboursOf, runQuery, type WindowRow } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { authorityCharts, authorityEntries } from '$lib/server/authority';
import { siteManifest } from '$lib/server/manifest';
import { siteEngine } from '$lib/server/site-engine';

/** Every authority's window as at the end of the latest inspection's month: the same for every page, so computed once. */
let windows: ReturnType<typeof runQuery<{ as_at: string; published_by: string }, WindowRow>> | undefined;
async function windowsAtLatest(dates: { latest_inspection: string; latest_publication: string }) {
	windows ??= siteEngine().then((engine) => runQuery(engine, inspectionWindows, { as_at: monthEnd(dates.latest_inspection), published_by: dates.latest_publication }));
	return windows;
}

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
		/** Days since its last inspection and its next inspection's window, as at the latest data (none for an abolished council). */
		window: (await windowsAtLatest(charts.dates)).find((w) => w.ons_code === code) ?? null,
		/** The Ofsted releases the grades come from, as the build recorded them. */
		releases: siteManifest().sources.filter((s) => s.publisher === 'Ofsted')
	};
}
