/** The trends page as it opens (England, as at the latest data, the last five years): for the page and its embeds. */
import { dataDates, inadequateSpells, indicatorByGrade, inspectionGaps, inspectionWindows, movers, presetCodes, runQuery, transitions } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { DEFAULT_AUTHORITY, DEFAULT_INDICATOR } from '$lib/site';
import { prerendered, siteEngine } from './site-engine';

export async function trendsPicture() {
	const engine = await siteEngine();
	const [dates] = await runQuery(engine, dataDates, {});
	const end = monthEnd(dates.latest_inspection);
	const published_by = dates.latest_publication;
	return {
		dates,
		transitions: await prerendered(transitions, { kind: 'consecutive', as_at: end, frameworks: 'all', region: null }),
		spells: await prerendered(inadequateSpells, { as_at: end }),
		neighbours: await prerendered(presetCodes, { preset: 'neighbours', ons_code: DEFAULT_AUTHORITY }),
		movers: await prerendered(movers, { from: `${Number(end.slice(0, 4)) - 5}${end.slice(4)}`, to: end, published_by, region: null }),
		distribution: await prerendered(indicatorByGrade, { indicator: DEFAULT_INDICATOR, as_at: end, published_by }),
		windows: await prerendered(inspectionWindows, { as_at: end, published_by }),
		gaps: await runQuery(engine, inspectionGaps, { published_by })
	};
}
