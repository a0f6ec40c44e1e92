/**
 * What an uploaded table holds and how to read it: the known formats are recognised by their
 * columns (DfE Explore Education Statistics, LAIT's long format, Ofsted's inspection outcomes, a
 * case-review log); anything else gets a proposed mapping the user can change: which column names the
 * area, which the period, which hold values.
 */
import { readNumber, readPeriod } from './values';

export type FormatId = 'dfe-ees' | 'lait' | 'ofsted' | 'case-reviews' | 'annex-a' | 'custom';

export const FORMATS: Record<FormatId, string> = {
	'dfe-ees': 'DfE Explore Education Statistics data file',
	lait: 'DfE Local Authority Interactive Tool (LAIT), long format',
	ofsted: 'Ofsted inspection outcomes table',
	'case-reviews': 'Case-review log',
	'annex-a': 'Ofsted Annex A lists (child-level: personal data)',
	custom: 'Your own layout'
};

/**
 * How to read each row. A series plan gives values by area and period: `measures` are value columns
 * (one series each), or, for a long file, `measureColumn` names the series and `valueColumn` holds
 * its value. A records plan (Ofsted tables, review logs) keeps every column, with the area matched.
 */
export interface Plan {
	format: FormatId;
	/** Columns naming the area, in order of preference; for DfE files, by the row's geographic level. */
	area: string[];
	areaByLevel?: { column: string; levels: Record<string, string[]> };
	period: string | null;
	measures: string[];
	measureColumn?: string;
	valueColumn?: string;
	/** Text columns that qualify each value (a DfE breakdown such as `characteristic`). */
	breakdowns: string[];
	/** Rows kept: the rest are left out, and counted (DfE rows below local-authority level, say). */
	keep?: { column: string; values: string[] };
	/** Values that mean "no value" in this format (LAIT's `-`). */
	noValue: string[];
	kind: 'series' | 'records';
	/** A case-review log's columns: its type, subject and source address. */
	review?: { type: string; subject: string | null; url: string | null };
}

const DFE_KEYS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name', 'new_la_code', 'old_la_code', 'la_name', 'lad_code', 'lad_name', 'pcon_code', 'pcon_name', 'opportunity_area_code', 'opportunity_area_name'];
const DFE_LEVELS = { National: ['country_code', 'country_name'], Regional: ['region_code', 'region_name'], 'Local authority': ['new_la_code', 'old_la_code', 'la_name'] };

const has = (header: string[], ...names: string[]) => names.every((n) => header.some((h) => h.trim().toLowerCase() === n.toLowerCase()));
const find = (header: string[], ...names: string[]) => header.find((h) => names.some((n) => h.trim().toLowerCase() === n.toLowerCase()));

/** Share of a column's filled sample cells that must read as numbers (or periods) for it to be proposed as one: bad cells in a mostly numeric column become rejects; it is not a text column. */
const MOSTLY = 0.5;

/** Columns whose sample cells are mostly numbers or suppression codes (at least one number). */
function numericColumns(header: string[], sample: string[][], exclude: string[]): string[] {
	return header.filter((column, c) => {
		if (exclude.includes(column) || column.trim() === '') return false;
		const cells = sample.map((r) => r[c] ?? '').filter((v) => v.trim() !== '');
		const read = cells.map(readNumber);
		return cells.length > 0 && read.filter((v) => !('problem' in v)).length > cells.length * MOSTLY && read.some((v) => 'value' in v);
	});
}

/** The format `header` shows, with a plan for it; `sample` (the first rows below the header) decides the value columns. */
export function planFor(header: string[], sample: string[][]): Plan {
	const base = { breakdowns: [], noValue: [], measures: [], period: null, area: [] };
	if (has(header, 'time_period', 'time_identifier', 'geographic_level')) {
		const measures = numericColumns(header, sample, DFE_KEYS);
		const breakdowns = header.filter((h) => !DFE_KEYS.includes(h) && !measures.includes(h) && h.trim() !== '');
		return {
			...base,
			format: 'dfe-ees',
			kind: 'series',
			area: DFE_LEVELS['Local authority'],
			areaByLevel: { column: 'geographic_level', levels: DFE_LEVELS },
			keep: { column: 'geographic_level', values: Object.keys(DFE_LEVELS) },
			period: 'time_period',
			measures,
			breakdowns
		};
	}
	if (has(header, 'Short Desc', 'Years', 'LA and Regions', 'Values')) {
		return { ...base, format: 'lait', kind: 'series', area: ['LA Number', 'LA and Regions'].filter((c) => has(header, c)), period: 'Years', measureColumn: 'Short Desc', valueColumn: 'Values', noValue: ['-'] };
	}
	const authorityName = find(header, 'Local authority name', 'Local authority', 'LA name');
	if (has(header, 'Overall effectiveness') && authorityName) {
		return { ...base, format: 'ofsted', kind: 'records', area: [find(header, 'Local authority area code', 'LA code'), authorityName].filter((c): c is string => Boolean(c)) };
	}
	const reviewArea = find(header, 'la_name', 'area_name', 'local authority', 'area');
	const reviewType = find(header, 'review_type', 'review type');
	if (reviewArea && reviewType && find(header, 'publication_date', 'publication_year', 'date published', 'date')) {
		return {
			...base,
			format: 'case-reviews',
			kind: 'records',
			area: [reviewArea],
			period: find(header, 'publication_date', 'date published', 'date', 'publication_year') ?? null,
			review: { type: reviewType, subject: find(header, 'review_subject', 'subject', 'title') ?? null, url: find(header, 'source_url', 'url', 'link') ?? null }
		};
	}
	return proposeMapping(header, sample);
}

/** For a layout we do not know: the area column is the one most of whose cells look like codes or names, the period the one that reads as periods. */
function proposeMapping(header: string[], sample: string[][]): Plan {
	const cells = (c: number) => sample.map((r) => r[c] ?? '').filter((v) => v.trim() !== '');
	const areaColumn = header.find((h) => /\b(la|local authority|authority|area|council|ons|la_code|code|name)\b/i.test(h.replace(/_/g, ' ')));
	const periods = (c: number) => cells(c).filter((v) => !('problem' in readPeriod(v))).length;
	const periodColumn =
		header.find((h, c) => /\b(year|period|date|time)\b/i.test(h.replace(/_/g, ' ')) && periods(c) > 0) ??
		header.find((h, c) => h !== areaColumn && cells(c).length > 0 && periods(c) === cells(c).length);
	const exclude = [areaColumn, periodColumn].filter((c): c is string => Boolean(c));
	return { format: 'custom', kind: 'series', area: areaColumn ? [areaColumn] : [], period: periodColumn ?? null, measures: numericColumns(header, sample, exclude), breakdowns: [], noValue: [] };
}

/** What the plan reads a column as, for the preview: the area, the period, which rows are kept, a value, a breakdown, a series name, or text kept as it is (or left aside). */
export function columnRole(plan: Plan, column: string): string {
	if (plan.area.includes(column) || Object.values(plan.areaByLevel?.levels ?? {}).some((columns) => columns.includes(column))) return 'area';
	if (plan.period === column) return 'period';
	if (plan.keep?.column === column || plan.areaByLevel?.column === column) return 'which rows';
	if (plan.measures.includes(column) || plan.valueColumn === column) return 'number';
	if (plan.measureColumn === column) return 'series name';
	if (plan.breakdowns.includes(column)) return 'breakdown';
	return plan.kind === 'records' ? 'text' : 'not used';
}
