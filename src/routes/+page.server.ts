import { dataDates, gradeShareOverTime, latestGradesAt, runQuery } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteManifest } from '$lib/server/manifest';
import { prerendered, siteEngine } from '$lib/server/site-engine';

/** Prerendered with the defaults the page opens with: England, as at the latest data. */
export async function load() {
	const [dates] = await runQuery(await siteEngine(), dataDates, {});
	const start = monthEnd(dates.first_publication);
	const end = monthEnd(dates.latest_inspection);
	return {
		dates,
		series: await prerendered(gradeShareOverTime, { from: start, to: end, published_by: dates.latest_publication, region: null }),
		latest: await prerendered(latestGradesAt, { as_at: end, published_by: dates.latest_publication }),
		mapCodes: siteManifest().map.codes
	};
}
