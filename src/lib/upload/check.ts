/**
 * The row-by-row checks of an upload, before anything is loaded: each row is read by the plan, its
 * area matched, its period and values parsed, its key compared with those before it. A good row
 * becomes output rows of the upload's table; a bad one becomes rejects saying what is wrong, where
 * (row, column) and what to do. Nothing here holds more than one row of the file.
 */
import { pickOn, type AreaMatch, type AreaMatcher } from './areas';
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

/** Distinct area texts remembered while checking. */
const CACHE_SIZE = 100_000;
/** Distinct periods remembered: a daily series of three thousand years fits; reading one again costs more than keeping it. */
const MAX_PERIODS = 1_000_000;

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
	private readonly keys = new RowKeys();
	/** The columns holding values: the value column of a long file, else the measures. */
	private readonly valueColumns: string[];
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
		this.valueColumns = plan.measureColumn && plan.valueColumn ? [plan.valueColumn] : plan.measures;
	}

	/** A column's index in the row; -1 when the header has no such column. */
	private readonly at = (column: string) => this.index.get(column) ?? -1;

	/** The columns of the table this upload becomes. */
	get columns(): string[] {
		return this.plan.kind === 'series' ? [...SERIES_COLUMNS] : recordColumns(this.header);
	}

	check(cells: string[], row: number, parseProblem?: string): void {
		this.rows++;
		if (isBlank(cells)) return this.leave('blank rows');
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
		const { plan, at } = this;
		const cell = (column: string) => values[at(column)] ?? '';
		if (plan.keep && !plan.keep.values.includes(cell(plan.keep.column))) return this.leave(`${plan.keep.column} “${shorten(cell(plan.keep.column))}”`);

		let period: Period | null = null;
		if (plan.period) {
			const read = this.periodOf(cell(plan.period));
			if ('problem' in read) reject(plan.period, cell(plan.period), read.problem, 'write the period as a year, a span such as 2023-24, or a date');
			else period = read;
		}
		const areaColumns = plan.areaByLevel ? (plan.areaByLevel.levels[cell(plan.areaByLevel.column)] ?? plan.area) : plan.area;
		const on = period ? (period.end ?? `${period.year}-03-31`) : '';
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
		const columns = this.valueColumns;
		const read: CellValue[] = [];
		for (const column of columns) {
			const text = cell(column);
			const value = plan.noValue.length && plan.noValue.includes(text.trim()) ? EMPTY : readNumber(text);
			read.push(value);
			if (plan.kind === 'series' && 'problem' in value) reject(column, text, value.problem, 'correct the value, or leave the cell empty');
		}

		// One row per area, period, breakdown (and series, in a long file).
		const key = area ? this.keys.of(area.area.code, period?.label ?? '', breakdown, measureName) : 0;
		if (area && problems === null) {
			const first = this.keys.firstRow(key);
			if (first !== undefined) {
				const what = [area.area.name, period?.label, breakdown, measureName].filter(Boolean).join(', ');
				reject(areaColumns[0] ?? '(row)', written, `the same row (${what}) is given twice: here and in row ${first}`, 'remove one of them');
			}
		}
		if (problems !== null || !area) return this.fail(problems ?? []);
		this.keys.remember(key, row);
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

	private periodOf(text: string) {
		let read = this.periods.get(text);
		if (read === undefined) {
			read = readPeriod(text);
			if (this.periods.size < MAX_PERIODS) this.periods.set(text, read);
		}
		return read;
	}

	/** Each distinct text is matched once; the row's date picks between councils that have shared a name. */
	private readonly areas = new Map<string, ReturnType<AreaMatcher['candidates']>>();

	private areaOf(text: string, on: string): AreaMatch | null {
		let named = this.areas.get(text);
		if (named === undefined) {
			named = this.matcher.candidates(text);
			if (this.areas.size < CACHE_SIZE) this.areas.set(text, named);
		}
		if (!named) return null;
		return named.areas.length === 1 ? { area: named.areas[0], how: named.how } : { area: pickOn(named.areas, on || undefined), how: named.how };
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

function isBlank(cells: string[]): boolean {
	for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
	return true;
}

/**
 * The key of every row loaded so far (area, period, breakdown, series) and the row it was first on.
 * A file of millions of rows has millions of keys: the usual one (no breakdown or series name) is
 * a number made of the area's and the period's numbers, kept in typed arrays (8 bytes a key, where
 * a Map takes several times that and slows the garbage collector); the rest in a Map, as strings.
 */
class RowKeys {
	private readonly numbered = new NumberTable();
	private readonly named = new Map<string, number>();
	private readonly areaIds = new Map<string, number>();
	private readonly periodIds = new Map<string, number>();

	of(area: string, period: string, breakdown: string, measure: string): number | string {
		const areaId = this.idOf(this.areaIds, area);
		const periodId = this.idOf(this.periodIds, period);
		if (breakdown === '' && measure === '' && areaId < 1 << 10 && periodId < 1 << 20) return areaId * (1 << 20) + periodId;
		return `${areaId}\u0000${periodId}\u0000${breakdown}\u0000${measure}`;
	}

	firstRow(key: number | string): number | undefined {
		return typeof key === 'number' ? this.numbered.get(key) : this.named.get(key);
	}

	remember(key: number | string, row: number): void {
		if (typeof key === 'number') this.numbered.set(key, row);
		else this.named.set(key, row);
	}

	private idOf(ids: Map<string, number>, text: string): number {
		let id = ids.get(text);
		if (id === undefined) ids.set(text, (id = ids.size));
		return id;
	}
}

/** A hash table from numbers below 2^30 to row numbers, open-addressed in two typed arrays. */
class NumberTable {
	/** Each slot's key plus one (0: empty), and its row. */
	private keys = new Int32Array(1 << 16);
	private rows = new Int32Array(1 << 16);
	private size = 0;

	get(key: number): number | undefined {
		const slot = this.slotOf(key);
		return this.keys[slot] === 0 ? undefined : this.rows[slot];
	}

	set(key: number, row: number): void {
		const slot = this.slotOf(key);
		if (this.keys[slot] === 0) this.size++;
		this.keys[slot] = key + 1;
		this.rows[slot] = row;
		if (this.size * 2 > this.keys.length) this.grow();
	}

	private slotOf(key: number): number {
		const mask = this.keys.length - 1;
		let slot = (Math.imul(key + 1, 0x9e3779b1) >>> 0) & mask;
		while (this.keys[slot] !== 0 && this.keys[slot] !== key + 1) slot = (slot + 1) & mask;
		return slot;
	}

	private grow() {
		const { keys, rows } = this;
		this.keys = new Int32Array(keys.length * 2);
		this.rows = new Int32Array(rows.length * 2);
		for (let i = 0; i < keys.length; i++) {
			if (keys[i] === 0) continue;
			const slot = this.slotOf(keys[i] - 1);
			this.keys[slot] = keys[i];
			this.rows[slot] = rows[i];
		}
	}
}
