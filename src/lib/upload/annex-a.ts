/**
 * Ofsted's Annex A: the child-level lists a council prepares before an ILACS inspection, one sheet
 * each. Each list is recognised by its column headings (by pattern: councils word them differently,
 * and order their sheets as they like), and turned into counts: by month, by year to 31 March, and
 * (for the lists of open cases) the children open on each 31 March. Only counts leave this module;
 * the rows, which are personal data, are never kept, charted or exported.
 *
 * The heading patterns follow the facts of Social Finance's open column specification for Annex A
 * (liia-tools, `annex-a-merge.yml`, MIT); the code is ours.
 */
import type { IndicatorKey } from '../data/indicators';
import { readDate } from './values';

export interface AnnexList {
	number: number;
	/** What the list is of, as the counts are named. */
	label: string;
	/** Headings that together identify the list: each must match one of its headings. */
	signature: RegExp[];
	/** The heading of the date each row is counted by (the contact, the referral, the start of a plan…); none for care leavers. */
	event: RegExp | null;
	/** For lists of open cases: the heading of the date the case closed (empty while open). */
	end?: RegExp;
	/** DfE's published figure the counts sit beside: a year's flow, or the number open on 31 March. */
	dfe?: { indicator: IndicatorKey; kind: 'year' | 'stock' };
	/** Its rows are events of the period asked for (a contact, a referral): their dates bound that period. */
	bounds?: true;
}

export const ANNEX_A_LISTS: AnnexList[] = [
	{ number: 1, label: 'Contacts', signature: [/(date.*contact|contact.*date)/, /contact.*source/], event: /(date.*contact|contact.*date)/, bounds: true },
	{ number: 2, label: 'Early help assessments', signature: [/assessment.*start/, /organisation.*complet/], event: /assessment.*start/, bounds: true },
	{ number: 3, label: 'Referrals', signature: [/(date.*referral|referral.*date)/, /(referral.*nfa|nfa|number of referrals)/], event: /(date.*referral|referral.*date)/, dfe: { indicator: 'referrals', kind: 'year' }, bounds: true },
	{ number: 4, label: 'Assessments', signature: [/assessment.*start/, /(child seen|assessed as requiring|authoris)/], event: /assessment.*start/ },
	{ number: 5, label: 'Section 47 enquiries', signature: [/(section 47|s47)/, /(child protection conference|icpc)/], event: /(section 47|s47).*(start|date)/, bounds: true },
	{ number: 6, label: 'Children in need', signature: [/cin.*start/], event: /cin.*start/, end: /cin.*(closure|end)/, dfe: { indicator: 'cin_count', kind: 'stock' } },
	{ number: 7, label: 'Child protection plans', signature: [/((child protection|cp) plan|cpp).*start/], event: /((child protection|cp) plan|cpp).*start/, end: /((child protection|cp) plan|cpp).*end/, dfe: { indicator: 'cpp_count', kind: 'stock' } },
	{ number: 8, label: 'Children in care', signature: [/(started to be looked after|looked after.*start)/], event: /(started to be looked after|looked after.*start)/, end: /(ceased to be looked after|looked after.*end)/, dfe: { indicator: 'cla_count', kind: 'stock' } },
	{ number: 9, label: 'Care leavers', signature: [/eligibility/, /(in touch|accommodation)/], event: null },
	{ number: 10, label: 'Adoptions', signature: [/placement order/, /placed for adoption/], event: /adoption order/ },
	{ number: 11, label: 'Adopters', signature: [/stage 1/, /adopter/], event: /enquiry received/ }
];

/** Each list's DfE counterpart, by list number. */
export const ANNEX_DFE: Record<number, IndicatorKey> = Object.fromEntries(ANNEX_A_LISTS.flatMap((l) => (l.dfe ? [[l.number, l.dfe.indicator]] : [])));

/** A heading as compared: lower case, one space between words. */
const headingKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const HEADER_SEARCH_ROWS = 10;

export interface RecognisedList {
	list: AnnexList;
	sheet: string;
	/** Row number of the header in the sheet (1 = first). */
	headerRow: number;
	/** The columns used, as headed in the file. */
	eventColumn: string | null;
	endColumn: string | null;
}

/** The list a sheet is, by its headings: the first of its top rows in which a list's whole signature is found. */
export function recogniseSheet(sheet: string, rows: string[][]): RecognisedList | null {
	for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
		const headings = rows[r].map(headingKey);
		if (headings.filter(Boolean).length < 2) continue;
		// The most specific match: list 4 shares "assessment start" with list 2, so more patterns win.
		const matches = ANNEX_A_LISTS.filter((l) => l.signature.every((p) => headings.some((h) => p.test(h)))).sort((a, b) => b.signature.length - a.signature.length);
		const list = matches[0];
		if (!list) continue;
		const column = (pattern: RegExp | null | undefined) => {
			const at = pattern ? headings.findIndex((h) => pattern.test(h)) : -1;
			return at >= 0 ? rows[r][at].trim() : null;
		};
		return { list, sheet, headerRow: r + 1, eventColumn: column(list.event), endColumn: column(list.end) };
	}
	return null;
}

export interface Workbook {
	lists: RecognisedList[];
	/** Lists of Annex A not found in the workbook. */
	missing: AnnexList[];
	/** Sheets that are no list (notes, a cover), and sheets that repeat a list already found. */
	other: string[];
}

/** Which sheets of a workbook are which Annex A list; null when fewer than two are (not an Annex A file). */
export function recogniseWorkbook(sheets: Map<string, string[][]>): Workbook | null {
	const lists: RecognisedList[] = [];
	const other: string[] = [];
	for (const [name, rows] of sheets) {
		const found = recogniseSheet(name, rows);
		if (found && !lists.some((l) => l.list.number === found.list.number)) lists.push(found);
		else other.push(name);
	}
	if (lists.length < 2) return null;
	lists.sort((a, b) => a.list.number - b.list.number);
	return { lists, missing: ANNEX_A_LISTS.filter((l) => !lists.some((f) => f.list.number === l.number)), other };
}

/** A date cell that could not be read: where, and what it held (a date, never a child's other details). */
export interface UnreadDate {
	sheet: string;
	row: number;
	column: string;
	text: string;
}

export interface ListCounts {
	number: number;
	label: string;
	sheet: string;
	/** Children (rows) listed. */
	rows: number;
	/** Rows counted by their date, per month (`YYYY-MM`), within the period. */
	monthly: { month: string; count: number }[];
	/** Per year to 31 March wholly inside the period (DfE's year: 2024 is April 2023 to March 2024). */
	yearly: { year: number; count: number }[];
	/** For lists of open cases: children open on each 31 March inside the period. */
	openOn31March: { year: number; count: number }[];
	/** Rows dated outside the period, and rows whose date is blank. */
	outside: number;
	blank: number;
	unread: UnreadDate[];
}

const monthOf = (iso: string) => iso.slice(0, 7);
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The 31 Marches from `from` to `to` (inclusive): the years to 31 March that end inside the period. */
function marchEnds(from: string, to: string): number[] {
	const years: number[] = [];
	for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) if (`${year}-03-31` >= from && `${year}-03-31` <= to) years.push(year);
	return years;
}

/**
 * One list's counts for the period the lists were asked for (`from`–`to`, as Ofsted's request gave it).
 * A year to 31 March is counted only when the whole of it is inside the period: a part-year under a
 * year's label would be a wrong number. Dates that cannot be read are listed, never guessed.
 */
export function countList(found: RecognisedList, rows: string[][], period: { from: string; to: string }): ListCounts {
	const header = rows[found.headerRow - 1].map((h) => h.trim());
	const eventAt = found.eventColumn === null ? -1 : header.indexOf(found.eventColumn);
	const endAt = found.endColumn === null ? -1 : header.indexOf(found.endColumn);
	const data = rows.slice(found.headerRow).map((cells, i) => ({ cells, row: found.headerRow + 1 + i })).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const counts: ListCounts = { number: found.list.number, label: found.list.label, sheet: found.sheet, rows: data.length, monthly: [], yearly: [], openOn31March: [], outside: 0, blank: 0, unread: [] };
	if (eventAt < 0) return counts;

	const read = (cells: string[], at: number, row: number): string | null | undefined => {
		const text = (cells[at] ?? '').trim();
		if (text === '') return null;
		const date = readDate(text);
		if (!date) counts.unread.push({ sheet: found.sheet, row, column: header[at], text: text.slice(0, 40) });
		return date ?? undefined;
	};
	const spans: { start: string; end: string | null }[] = [];
	const byMonth = new Map<string, number>();
	for (const { cells, row } of data) {
		const start = read(cells, eventAt, row);
		if (start === null) counts.blank++;
		if (!start) continue;
		const end = endAt >= 0 ? read(cells, endAt, row) : null;
		if (end !== undefined) spans.push({ start, end });
		if (start < period.from || start > period.to) counts.outside++;
		else byMonth.set(monthOf(start), (byMonth.get(monthOf(start)) ?? 0) + 1);
	}
	// Every month of the period, with none where no row falls in it.
	for (let month = monthOf(period.from); month <= monthOf(period.to); month = monthOf(addDays(`${month}-28`, 7))) counts.monthly.push({ month, count: byMonth.get(month) ?? 0 });
	for (const year of marchEnds(period.from, period.to)) {
		if (`${year - 1}-04-01` < period.from) continue;
		counts.yearly.push({ year, count: counts.monthly.filter((m) => m.month >= `${year - 1}-04` && m.month <= `${year}-03`).reduce((n, m) => n + m.count, 0) });
	}
	if (found.list.end && endAt >= 0) {
		for (const year of marchEnds(period.from, period.to)) {
			const day = `${year}-03-31`;
			counts.openOn31March.push({ year, count: spans.filter((s) => s.start <= day && (s.end === null || s.end > day)).length });
		}
	}
	return counts;
}

/** The period the lists' own dates span (the earliest and latest date counted by), to offer as the period asked for. */
export function datesSpanned(workbook: Workbook, sheets: Map<string, string[][]>): { from: string; to: string } | null {
	let from: string | null = null;
	let to: string | null = null;
	for (const found of workbook.lists) {
		// Lists of open cases and of adoptions reach back years: only lists of the period's events bound it.
		if (!found.eventColumn || !found.list.bounds) continue;
		const rows = sheets.get(found.sheet)!;
		const at = rows[found.headerRow - 1].map((h) => h.trim()).indexOf(found.eventColumn);
		for (const cells of rows.slice(found.headerRow)) {
			const date = readDate(cells[at] ?? '');
			if (!date) continue;
			if (!from || date < from) from = date;
			if (!to || date > to) to = date;
		}
	}
	return from && to ? { from, to } : null;
}
