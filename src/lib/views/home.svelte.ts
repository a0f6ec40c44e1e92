/**
 * The home page's view: the as-at date, region and map drawing (in the URL) and their live queries;
 * made by the page and by the embed pages of its charts.
 */
import type { SearchEntry } from '$lib/components/AuthoritySearch.svelte';
import { gradeShareOverTime, latestGradesAt } from '$lib/data/queries';
import { formatDay } from '$lib/format';
import { monthEndWithin, oneOfOrNone } from '$lib/live/kinds';
import { urlParam } from '$lib/live/param.svelte';
import { LiveQuery } from '$lib/live/query.svelte';
import { regionsOf } from '$lib/regions';
import { mapViewParam, type MapView } from '$lib/sections/GradeMapSection.svelte';
import type { nationalPicture } from '$lib/server/national';

export type HomeData = Awaited<ReturnType<typeof nationalPicture>> & { search: SearchEntry[] };

/** `mapDrawing`: the map's drawing when the link names none (an embed draws hexagons; the page fits the screen). */
export function homeView(first: HomeData, mapDrawing: MapView | null) {
	const regions = regionsOf(first.search);
	const asAt = urlParam('as_at', first.latest.args.as_at, monthEndWithin(first.series.args.from, first.series.args.to), formatDay);
	const region = urlParam('region', null, oneOfOrNone(regions), (r) => r ?? 'England');
	const mapView = mapViewParam(mapDrawing);
	const latest = new LiveQuery({
		query: latestGradesAt,
		args: () => ({ ...first.latest.args, as_at: asAt.value }),
		initial: first.latest,
		params: [asAt],
		describe: (a) => `the latest grades as at ${formatDay(a.as_at)}`
	});
	const series = new LiveQuery({
		query: gradeShareOverTime,
		args: () => ({ ...first.series.args, region: region.value }),
		initial: first.series,
		params: [region],
		describe: (a) => `grades over time in ${a.region ?? 'England'}`
	});
	return { regions, asAt, region, mapView, latest, series, embeds: { 'grade-shares': [asAt, region], map: [asAt, region, mapView] } };
}
