/**
 * The row-by-row checks of an upload, before anything is loaded: each row is read by the plan, its
 * area matched, its period and values parsed, its key compared with those before it. A good row
 * becomes output rows of the upload's table; a bad one becomes rejects saying what is wrong, where
 * (row, column) and what to do. Nothing here holds more than one row of the file.
 */
import type { AreaMatch, AreaMatcher } from './areas';
import type { Plan } from './plan';
import { readNumber, readPeriod, shorten, type CellValue, type Period } from './values';

const EMPTY: CellValue = { empty: true };

export interface Reject {
	row: number;
	column: string;
	value: string;
	problem: string;
	action: string;
}

export interface Unmatched {
	text: string;
	rows: number;
	firstRow: number;
	suggestions: string[];
}

export interface CheckSummary {
	/** Rows below the header, blank ones included. */
	rows: number;
	/** Rows loaded, and the table rows they gave. */
	loaded: number;
	outputRows: number;
	rejected: number;
	/** Rows neither loaded nor wrong: blank, or left out by the format (DfE's district rows, say). */
	leftOut: { reason: string; rows: number }[];
	unmatched: Unmatched[];
	/** The first rejects (MAX_REJECTS), and how many there were in all. */
	rejects: Reject[];
	rejectsTotal: number;
}

/** Distinct periods and areas remembered while checking. */
const CACHE_SIZE = 100_000;

/** Rejects kept for display and download; beyond this they are counted. */
export const MAX_REJECTS = 10_000;

/** The columns a records upload's table starts with; the file's own follow. */
export const RECORD_COLUMNS = ['source_row', 'ons_code', 'year', 'period_end'] as const;

/**
 * The columns of a records upload's table: ours, then the file's, an unnamed one called `column_<n>`
 * and one named as one of ours (SQL names ignore case) followed by " (file)".
 */
export function recordColumns(header: string[]): string[] {
	const ours = new Set<string>(RECORD_COLUMNS);
	return [...RECORD_COLUMNS, ...header.map((h, i) => h.trim() || `column_${i + 1}`).map((h) => (ours.has(h.toLowerCase()) ? `${h} (file)` : h))];
}

/** The columns of a series upload's table, in the order the checker writes them. */
export const SERIES_COLUMNS = ['source_row', 'ons_code', 'area', 'period', 'year', 'period_end', 'measure', 'value', 'suppression'] as const;

export class RowChecker {
	private readonly index: Map<string, number>;
	private readonly seen = new Map<string, number>();
	private readonly unmatched = new Map<string, Unmatched>();
	private readonly leftOut = new Map<string, number>();
	private readonly rejects: Reject[] = [];
	private rejectsTotal = 0;
	private rows = 0;
	private loaded = 0;
	private outputRows = 0;
	private rejected = 0;

	constructor(
		private readonly plan: Plan,
		private readonly header: string[],
		private readonly matcher: AreaMatcher,
		private readonly write: (row: (string | number)[]) => void,
		/** Spreadsheets drop empty cells at a row's end: a short row is then not ragged. */
		private readonly padShortRows = false
	) {
		this.index = new Map(header.map((h, i) => [h, i]));
	}

	/** The columns of the table this upload becomes. */
	get columns(): string[] {
		return this.plan.kind === 'series' ? [...SERIES_COLUMNS] : recordColumns(this.header);
	}

	check(cells: string[], row: number, parseProblem?: string): void {
		this.rows++;
		if (cells.every((c) => c.trim() === '')) return this.leave('blank rows');
		// Problems of this row (most rows have none: the list is made on the first).
		let problems: Reject[] | null = null;
		const reject = (column: string, value: string, problem: string, action: string) => (problems ??= []).push({ row, column, value: shorten(value), problem, action });
		if (parseProblem) reject('(row)', '', parseProblem, 'check the quotes in this row: a cell that starts with " must end with "');
		let values = cells;
		while (values.length > this.header.length && values[values.length - 1].trim() === '') values = values.slice(0, -1);
		if (values.length < this.header.length && this.padShortRows) values = [...values, ...Array<string>(this.header.length - values.length).fill('')];
		if (values.length !== this.header.length) {
			reject('(row)', '', `has ${values.length} cells where the header has ${this.header.length}`, 'look for a delimiter inside a cell that is not in quotes, or a missing cell');
			return this.fail(problems!);
		}
		const { plan, index } = this;
		const cell = (column: string) => values[index.get(column) ?? -1] ?? '';
		if (plan.keep && !plan.keep.values.includes(cell(plan.keep.column))) return this.leave(`${plan.keep.column} “${shorten(cell(plan.keep.column))}”`);

		let period: Period | null = null;
		if (plan.period) {
			const read = this.periodOf(cell(plan.period));
			if ('problem' in read) reject(plan.period, cell(plan.period), read.problem, 'write the period as a year, a span such as 2023-24, or a date');
			else period = read;
		}
		const areaColumns = plan.areaByLevel ? (plan.areaByLevel.levels[cell(plan.areaByLevel.column)] ?? plan.area) : plan.area;
		const on = period ? (period.end ?? `${period.year}-03-31`) : undefined;
		let written = '';
		let area: AreaMatch | null = null;
		for (const column of areaColumns) {
			const text = cell(column);
			if (written === '' && text.trim() !== '') written = text;
			area ??= this.areaOf(text, on);
		}
		if (!area) {
			reject(areaColumns[0] ?? '(area)', written, written ? `no local authority, region or England matches “${shorten(written)}”` : 'has no area', 'use an ONS code (E08000026), a DfE code (331) or the authority’s name');
			if (written) this.noteUnmatched(written, row);
		}
		const breakdown = plan.breakdowns.length ? plan.breakdowns.map((b) => cell(b).trim()).filter((v) => v !== '').join(', ') : '';
		const measureName = plan.measureColumn ? cell(plan.measureColumn).trim() : '';

		// The values, read once: column, what it names, and the cell read as a number.
		const columns = plan.measureColumn && plan.valueColumn ? [plan.valueColumn] : plan.measures;
		const read: CellValue[] = [];
		for (const column of columns) {
			const text = cell(column);
			const value = plan.noValue.length && plan.noValue.includes(text.trim()) ? EMPTY : readNumber(text);
			read.push(value);
			if (plan.kind === 'series' && 'problem' in value) reject(column, text, value.problem, 'correct the value, or leave the cell empty');
		}

		// One row per area, period, breakdown (and series, in a long file).
		const key = `${area?.area.code}\u0000${period?.label}\u0000${breakdown}\u0000${measureName}`;
		if (area && problems === null) {
			const first = this.seen.get(key);
			if (first !== undefined) {
				const what = [area.area.name, period?.label, breakdown, measureName].filter(Boolean).join(', ');
				reject(areaColumns[0] ?? '(row)', written, `the same row (${what}) is given twice: here and in row ${first}`, 'remove one of them');
			}
		}
		if (problems !== null || !area) return this.fail(problems ?? []);
		this.seen.set(key, row);
		this.loaded++;
		if (plan.kind === 'records') {
			this.write([row, area.area.code, period?.year ?? '', period?.end ?? '', ...values]);
			this.outputRows++;
			return;
		}
		const areaWritten = written.trim();
		for (let i = 0; i < columns.length; i++) {
			const value = read[i];
			if ('empty' in value || 'problem' in value) continue;
			const name = plan.measureColumn ? measureName : columns[i];
			this.write([row, area.area.code, areaWritten, period?.label ?? '', period?.year ?? '', period?.end ?? '', breakdown ? `${name} (${breakdown})` : name, 'value' in value ? value.value : '', 'suppression' in value ? value.suppression : '']);
			this.outputRows++;
		}
	}

	summary(): CheckSummary {
		return {
			rows: this.rows,
			loaded: this.loaded,
			outputRows: this.outputRows,
			rejected: this.rejected,
			leftOut: [...this.leftOut].map(([reason, rows]) => ({ reason, rows })),
			unmatched: [...this.unmatched.values()].sort((a, b) => b.rows - a.rows),
			rejects: this.rejects,
			rejectsTotal: this.rejectsTotal
		};
	}

	// A file repeats its areas and periods on many rows: each distinct one is read once.
	private readonly periods = new Map<string, ReturnType<typeof readPeriod>>();
	private readonly areas = new Map<string, AreaMatch | null>();

	private periodOf(text: string) {
		let read = this.periods.get(text);
		if (read === undefined) {
			read = readPeriod(text);
			if (this.periods.size < CACHE_SIZE) this.periods.set(text, read);
		}
		return read;
	}

	private areaOf(text: string, on: string | undefined) {
		const key = `${text}\u0000${on}`;
		let match = this.areas.get(key);
		if (match === undefined) {
			match = this.matcher.match(text, on);
			if (this.areas.size < CACHE_SIZE) this.areas.set(key, match);
		}
		return match;
	}

	private leave(reason: string) {
		this.leftOut.set(reason, (this.leftOut.get(reason) ?? 0) + 1);
	}

	private fail(problems: Reject[]) {
		this.rejected++;
		this.rejectsTotal += problems.length;
		for (const p of problems) if (this.rejects.length < MAX_REJECTS) this.rejects.push(p);
	}

	private noteUnmatched(text: string, row: number) {
		const key = text.trim();
		const known = this.unmatched.get(key);
		if (known) known.rows++;
		else if (this.unmatched.size < 1000) this.unmatched.set(key, { text: key, rows: 1, firstRow: row, suggestions: this.matcher.suggest(key) });
	}
}
