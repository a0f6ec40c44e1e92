/**
 * The compare page's view: the chosen authorities and indicator (in the URL), their live queries and
 * what the page says of them; made by the page and by the embed pages of its charts.
 */
import type { SearchEntry } from '$lib/components/AuthoritySearch.svelte';
import { INDICATOR_KEYS, INDICATORS } from '$lib/data/indicators';
import { benchmark, benchmarkField, benchmarkTrends, indicatorSeries, journeys } from '$lib/data/queries';
import { GRADES } from '$lib/data/schema';
import { knownCodes, oneOf } from '$lib/live/kinds';
import { urlParam } from '$lib/live/param.svelte';
import { LiveQuery } from '$lib/live/query.svelte';
import type { comparePicture } from '$lib/server/compare';
import { ENGLAND_CODE } from '$lib/site';

export type CompareData = Awaited<ReturnType<typeof comparePicture>> & { search: SearchEntry[] };

/** The most authorities one comparison holds. */
export const MAX_COMPARED = 12;

export function compareView(first: CompareData) {
	const byCode = new Map(first.search.map((e) => [e.ons_code, e]));
	const names = (codes: string[]) => (codes.length > 3 ? `${byCode.get(codes[0])?.name} and ${codes.length - 1} others` : codes.map((c) => byCode.get(c)?.name).join(', '));
	const la = urlParam('la', first.journeys.args.codes, knownCodes(byCode.keys(), MAX_COMPARED), names);
	const indicator = urlParam('indicator', first.indicator.args.indicator, oneOf(INDICATOR_KEYS), (key) => INDICATORS[key].label);
	const rows = new LiveQuery({ query: journeys, args: () => ({ codes: la.value }), initial: first.journeys, params: [la], describe: (a) => names(a.codes) });
	const series = new LiveQuery({
		query: indicatorSeries,
		args: () => ({ indicator: indicator.value, codes: [...la.value, ENGLAND_CODE] }),
		initial: first.indicator,
		params: [indicator],
		describe: (a) => INDICATORS[a.indicator].label
	});

	// The chosen authorities ranked on the chosen indicator: three queries with the same inputs.
	const benchmarkArgs = () => ({ codes: la.value, indicators: [indicator.value] });
	const describeBenchmark = (a: { codes: string[]; indicators: (typeof INDICATOR_KEYS)[number][] }) => `${INDICATORS[a.indicators[0]].label}: ${names(a.codes)}`;
	const ranking = {
		rows: new LiveQuery({ query: benchmark, args: benchmarkArgs, initial: first.benchmark.rows, params: [la, indicator], describe: describeBenchmark }),
		field: new LiveQuery({ query: benchmarkField, args: benchmarkArgs, initial: first.benchmark.field, params: [la, indicator], describe: describeBenchmark }),
		trends: new LiveQuery({ query: benchmarkTrends, args: benchmarkArgs, initial: first.benchmark.trends, params: [la, indicator], describe: describeBenchmark })
	};

	const shown = $derived(rows.args.codes.map((code) => ({ ons_code: code, name: byCode.get(code)?.name ?? code, since: byCode.get(code)?.valid_from, until: byCode.get(code)?.valid_to })));
	const focus = $derived(shown[0] ?? null);
	const latest = $derived(shown.map((a) => ({ ...a, inspection: rows.rows.filter((r) => r.ons_code === a.ons_code).at(-1) ?? null })));
	const counts = $derived(GRADES.map((g) => [g, latest.filter((l) => l.inspection?.overall_effectiveness === g).length] as const).filter(([, n]) => n > 0));
	const summary = $derived(
		latest.length ? `${latest.length} authorities. At their latest inspections: ${counts.map(([g, n]) => `${n} ${g.toLowerCase()}`).join(', ')}. ${focus?.name} is listed first.` : 'No authorities chosen yet.'
	);
	// The chosen authorities (the first in bold) and England, with the first one's inspections marked: for DfE's figures and the user's own.
	const areas = $derived([...shown.map((a, i) => ({ code: a.ons_code, label: a.name, emphasis: i === 0 ? ('primary' as const) : ('muted' as const) })), { code: ENGLAND_CODE, label: 'England', emphasis: 'reference' as const }]);
	const markers = $derived(rows.rows.filter((r) => r.ons_code === focus?.ons_code).map((r) => ({ date: r.judged_on, grade: r.overall_effectiveness, label: r.inspection_type })));
	return {
		la,
		indicator,
		rows,
		series,
		ranking,
		get shown() {
			return shown;
		},
		get focus() {
			return focus;
		},
		get latest() {
			return latest;
		},
		get summary() {
			return summary;
		},
		get areas() {
			return areas;
		},
		get markers() {
			return markers;
		},
		embeds: { compare: [la], 'compare-indicators': [la, indicator], 'compare-benchmark': [la, indicator] }
	};
}
