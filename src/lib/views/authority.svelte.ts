/**
 * An authority's view: the context indicator (in the URL) and its live query, against the
 * authority's region and England; made by its page and by the embed page of its indicator chart.
 */
import { INDICATOR_KEYS, INDICATORS } from '$lib/data/indicators';
import { indicatorSeries } from '$lib/data/queries';
import { oneOf } from '$lib/live/kinds';
import { urlParam } from '$lib/live/param.svelte';
import { LiveQuery } from '$lib/live/query.svelte';
import type { authorityCharts } from '$lib/server/authority';
import { ENGLAND_CODE } from '$lib/site';

export type AuthorityData = Awaited<ReturnType<typeof authorityCharts>>;

export function authorityView(first: AuthorityData) {
	const a = first.authority;
	const indicator = urlParam('indicator', first.indicator.args.indicator, oneOf(INDICATOR_KEYS), (key) => INDICATORS[key].label);
	const series = new LiveQuery({
		query: indicatorSeries,
		args: () => ({ ...first.indicator.args, indicator: indicator.value }),
		initial: first.indicator,
		params: [indicator],
		describe: (args) => INDICATORS[args.indicator].label
	});
	return {
		indicator,
		series,
		/** The authority in bold, its region and England. */
		areas: [
			{ code: a.ons_code, label: a.name, emphasis: 'primary' as const },
			{ code: a.region_code, label: a.region, emphasis: 'comparison' as const },
			{ code: ENGLAND_CODE, label: 'England', emphasis: 'reference' as const }
		],
		markers: first.inspections.map((i) => ({ date: i.judged_on, grade: i.overall_effectiveness, label: i.inspection_type })),
		embeds: { journey: [], areas: [], indicators: [indicator], benchmark: [] }
	};
}
