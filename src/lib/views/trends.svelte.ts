/**
 * The trends page's view: its parameters (in the URL) and live queries, made once per page by the
 * page and by the embed pages of its sections, so a link and an embed of one view agree.
 */
import { INDICATOR_KEYS, INDICATORS } from '$lib/data/indicators';
import { inadequateSpells, indicatorByGrade, inspectionWindows, movers, presetCodes, TRANSITION_FRAMEWORKS, TRANSITION_KINDS, transitions } from '$lib/data/queries';
import { formatDay, lowerFirst } from '$lib/format';
import { knownCode, monthEndWithin, oneOf, oneOfOrNone, onWhen } from '$lib/live/kinds';
import { urlParam } from '$lib/live/param.svelte';
import { LiveQuery } from '$lib/live/query.svelte';
import { regionsOf } from '$lib/regions';
import { FRAMEWORKS, KINDS } from '$lib/sections/TransitionsSection.svelte';
import type { SearchEntry } from '$lib/components/AuthoritySearch.svelte';
import type { trendsPicture } from '$lib/server/trends';

export type TrendsData = Awaited<ReturnType<typeof trendsPicture>> & { search: SearchEntry[] };

export function trendsView(first: TrendsData) {
	const [min, max] = [first.dates.first_publication, first.spells.args.as_at];
	const regions = regionsOf(first.search);
	const names = new Map(first.search.map((e) => [e.ons_code, e.name]));
	const within = monthEndWithin(min, max);
	const asAt = urlParam('as_at', max, within, formatDay);
	const region = urlParam('region', null, oneOfOrNone(regions), (r) => r ?? 'England');
	const kind = urlParam('pairs', first.transitions.args.kind, oneOf(TRANSITION_KINDS), (k) => lowerFirst(KINDS[k].label));
	const frameworks = urlParam('frameworks', first.transitions.args.frameworks, oneOf(TRANSITION_FRAMEWORKS), (f) => lowerFirst(FRAMEWORKS[f]));
	const mark = urlParam('mark', first.neighbours.args.ons_code, knownCode(first.spells.rows.map((s) => s.ons_code)), (code) => names.get(code) ?? code);
	const withNeighbours = urlParam('set', false, onWhen('neighbours'), (on) => (on ? 'the comparison set' : 'no comparison set'));
	const from = urlParam('from', first.movers.args.from, within, formatDay);
	const to = urlParam('to', first.movers.args.to, within, formatDay);
	const indicator = urlParam('indicator', first.distribution.args.indicator, oneOf(INDICATOR_KEYS), (key) => INDICATORS[key].label);

	const areaAt = (a: { region: string | null; as_at: string }) => `${a.region ?? 'England'}, as at ${formatDay(a.as_at)}`;
	const transitionRows = new LiveQuery({
		query: transitions,
		args: () => ({ kind: kind.value, as_at: asAt.value, frameworks: kind.value === 'consecutive' ? frameworks.value : 'all', region: region.value }),
		initial: first.transitions,
		params: [asAt, region, kind, frameworks],
		describe: (a) => `moves between grades in ${areaAt(a)}`
	});
	const spells = new LiveQuery({ query: inadequateSpells, args: () => ({ as_at: asAt.value }), initial: first.spells, params: [asAt], describe: (a) => `spells of inadequate as at ${formatDay(a.as_at)}` });
	const neighbours = new LiveQuery({
		query: presetCodes,
		args: () => (withNeighbours.value ? { preset: 'neighbours' as const, ons_code: mark.value } : undefined),
		initial: first.neighbours,
		params: [mark, withNeighbours],
		describe: (a) => `${names.get(a.ons_code)} and its statistical neighbours`
	});
	const moverRows = new LiveQuery({
		query: movers,
		args: () => ({ ...first.movers.args, from: from.value, to: to.value, region: region.value }),
		initial: first.movers,
		params: [from, to, region],
		describe: (a) => `movers in ${a.region ?? 'England'} from ${formatDay(a.from)} to ${formatDay(a.to)}`
	});
	const distribution = new LiveQuery({
		query: indicatorByGrade,
		args: () => ({ ...first.distribution.args, indicator: indicator.value, as_at: asAt.value }),
		initial: first.distribution,
		params: [indicator, asAt],
		describe: (a) => `${INDICATORS[a.indicator].label} by grade as at ${formatDay(a.as_at)}`
	});
	const windows = new LiveQuery({ query: inspectionWindows, args: () => ({ ...first.windows.args, as_at: asAt.value }), initial: first.windows, params: [asAt], describe: (a) => `inspection windows as at ${formatDay(a.as_at)}` });
	return {
		min,
		max,
		regions,
		params: { asAt, region, kind, frameworks, mark, withNeighbours, from, to, indicator },
		queries: { transitionRows, spells, neighbours, moverRows, distribution, windows },
		/** The parameters each section's embed takes, for its address. */
		embeds: {
			transitions: [asAt, region, kind, frameworks],
			survival: [asAt, region, mark, withNeighbours],
			movers: [from, to, region],
			distribution: [indicator, asAt, mark]
		}
	};
}
