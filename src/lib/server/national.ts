/** The national picture as the home page and its embeds open: England, as at the latest data. */
import { dataDates, gradeShareOverTime, hexLayout, latestGradesAt, runQuery } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteManifest } from './manifest';
import { prerendered, siteEngine } from './site-engine';

export async function nationalPicture() {
	const engine = await siteEngine();
	const [dates] = await runQuery(engine, dataDates, {});
	const start = monthEnd(dates.first_publication);
	const end = monthEnd(dates.latest_inspection);
	return {
		dates,
		series: await prerendered(gradeShareOverTime, { from: start, to: end, published_by: dates.latest_publication, region: null }),
		latest: await prerendered(latestGradesAt, { as_at: end, published_by: dates.latest_publication }),
		mapCodes: siteManifest().map.codes,
		hexes: await runQuery(engine, hexLayout, {})
	};
}
