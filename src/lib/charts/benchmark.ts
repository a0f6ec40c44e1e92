/** What the benchmark says of each row: values as read, the change in words, and the orders it sorts in. */
import { INDICATORS, SUPPRESSION } from '../data/indicators';
import type { BenchmarkRow } from '../data/queries';

/** A figure with its unit's sign, as DfE prints it (at most one decimal place, as averages are worked out). */
export function formatFigure(value: number | null, unit: string): string {
	if (value === null) return '–';
	const number = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
	return unit === '%' ? `${number}%` : number;
}

/** A value, or what DfE published in its place. */
export function valueText(row: Pick<BenchmarkRow, 'value' | 'suppression' | 'indicator'>): string {
	if (row.value !== null) return formatFigure(row.value, INDICATORS[row.indicator].unit);
	return row.suppression ? `${row.suppression} (${SUPPRESSION[row.suppression] ?? 'not published'})` : 'not published';
}

export type Verdict = 'better' | 'worse' | null;

/** The change since the year before, in words, and whether DfE’s polarity calls it better (no verdict where DfE states no direction). */
export function changeSince(row: BenchmarkRow): { arrow: string; words: string; verdict: Verdict } {
	if (row.value === null || row.previous_value === null || row.previous_period === null) {
		return { arrow: '', words: row.previous_period === null ? 'no earlier year' : `no figure to compare with ${row.previous_period}`, verdict: null };
	}
	const unit = INDICATORS[row.indicator].unit;
	const change = Number((row.value - row.previous_value).toPrecision(12));
	const by = formatFigure(Math.abs(change), unit === '%' ? '' : unit);
	const size = unit === '%' ? `${by} percentage points` : by;
	if (change === 0) return { arrow: '→', words: `no change since ${row.previous_period}`, verdict: null };
	const verdict = row.polarity === null ? null : (change < 0) === (row.polarity === 'Low') ? 'better' : 'worse';
	return { arrow: change > 0 ? '↑' : '↓', words: `${change > 0 ? 'up' : 'down'} ${size} since ${row.previous_period}`, verdict };
}

/** A count's region and England figures are totals, not comparable with one authority's: only rates, percentages and caseloads are. */
export const comparableAcrossAreas = (indicator: BenchmarkRow['indicator']) => ['per 10,000', '%', 'cases'].includes(INDICATORS[indicator].unit);

/** The table's summary in words: how many measures fall in each band, and how the directed ones moved. */
export function benchmarkSummary(subject: string, rows: BenchmarkRow[]): string {
	const ranked = rows.filter((r) => r.band !== null);
	if (ranked.length === 0) return `No figure of ${subject} is ranked.`;
	const bands = (['A', 'B', 'C', 'D'] as const).flatMap((band) => {
		const n = ranked.filter((r) => r.band === band).length;
		return n ? [`${band} on ${n}`] : [];
	});
	const directed = rows.filter((r) => r.polarity !== null);
	const better = directed.filter((r) => changeSince(r).verdict === 'better').length;
	const worse = directed.filter((r) => changeSince(r).verdict === 'worse').length;
	return (
		`${subject}’s quartile bands among all authorities: ${bands.join(', ')} (of ${ranked.length} ranked measures).` +
		(directed.length ? ` Of the ${directed.length} ${directed.length === 1 ? 'measure' : 'measures'} where DfE says which direction is better, ${better} moved that way since the year before and ${worse} the other way.` : '')
	);
}

/** What rank 1 means for this row, in words. */
export function rankOrder(polarity: BenchmarkRow['polarity']): string {
	if (polarity === 'Low') return 'lowest first (DfE: lower is better)';
	if (polarity === 'High') return 'highest first (DfE: higher is better)';
	return 'highest first (no direction implied)';
}

/** The columns the benchmark table sorts by, each with the value it sorts on (absent values last). */
export const SORTS = {
	label: (r: BenchmarkRow, label: string) => label,
	value: (r: BenchmarkRow) => r.value,
	change: (r: BenchmarkRow) => (r.value !== null && r.previous_value !== null ? r.value - r.previous_value : null),
	rank: (r: BenchmarkRow) => r.rank,
	neighbours: (r: BenchmarkRow) => r.neighbours_average,
	region: (r: BenchmarkRow) => r.region_value,
	england: (r: BenchmarkRow) => r.england_value
} satisfies Record<string, (r: BenchmarkRow, label: string) => string | number | null>;
export type SortKey = keyof typeof SORTS;

/** Rows sorted by a column, ascending or descending; rows without a value there go last either way, ties keep their order. */
export function sortRows<T extends BenchmarkRow>(rows: T[], key: SortKey, ascending: boolean, label: (row: T) => string): T[] {
	const keyed = rows.map((row, index) => ({ row, index, by: SORTS[key](row, label(row)) }));
	return keyed
		.sort((a, b) => {
			if (a.by === null || b.by === null) return a.by === b.by ? a.index - b.index : a.by === null ? 1 : -1;
			const order = typeof a.by === 'string' ? a.by.localeCompare(b.by as string) : a.by - (b.by as number);
			return (ascending ? order : -order) || a.index - b.index;
		})
		.map((k) => k.row);
}
