/** Reading the cells of an uploaded file: numbers (with DfE's suppression codes), periods and dates. */
import { SUPPRESSION } from '../data/indicators';

export type CellValue = { value: number } | { suppression: string } | { empty: true } | { problem: string };

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A number as written in a statistics file: `1234`, `1,234`, `-0.5`, `12.5%`; or a suppression code. */
export function readNumber(text: string): CellValue {
	// Most cells are plain numbers of 12 digits or fewer, which read exactly as written.
	if (text.length <= 14 && PLAIN_NUMBER.test(text) && text.replace(/[-.]/g, '').length <= 12) return { value: Number(text) };
	const cell = text.trim();
	if (cell === '') return { empty: true };
	if (Object.hasOwn(SUPPRESSION, cell)) return { suppression: cell };
	if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?%?$/i.test(cell) || !/\d/.test(cell)) {
		return { problem: `"${shorten(cell)}" is neither a number nor a suppression code (${Object.keys(SUPPRESSION).join(', ')})` };
	}
	// Stored as written, to 12 significant figures (spreadsheets keep float artefacts such as 67.099999999999994).
	return { value: Number(Number(cell.replace(/[,%]/g, '')).toPrecision(12)) };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ISO date from `YYYY-MM-DD` (a time after it allowed), `DD/MM/YYYY` or `31 March 2024`; null when not a real date. */
export function readDate(text: string): string | null {
	const cell = text.trim();
	let parts: [number, number, number] | null = null;
	let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(cell);
	if (m) parts = [+m[1], +m[2], +m[3]];
	else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell))) parts = [+m[3], +m[2], +m[1]];
	else if ((m = /^(\d{1,2})[ -]([a-z]{3,9})[ -](\d{4})$/i.exec(cell))) {
		const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
		if (month >= 0 && (m[2].length === 3 || m[2].toLowerCase() === new Date(Date.UTC(2000, month)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).toLowerCase())) parts = [+m[3], month + 1, +m[1]];
	}
	if (!parts) return null;
	const iso = `${String(parts[0]).padStart(4, '0')}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export type Period = { label: string; year: number; end: string | null };

/**
 * A period: a year (`2024`), a DfE year code (`202324`), a span (`2023-24`, `2023/24`), or a date.
 * `year` is the year it ends in; `end` its last day when the file gives a date.
 */
export function readPeriod(text: string): Period | { problem: string } {
	const cell = text.trim();
	let m: RegExpExecArray | null;
	if ((m = /^(19|20)(\d{2})$/.exec(cell))) return { label: cell, year: Number(cell), end: null };
	if ((m = /^((?:19|20)\d{2})[-/ ]?((?:19|20)?\d{2})$/.exec(cell))) {
		const start = Number(m[1]);
		const end = m[2].length === 4 ? Number(m[2]) : Math.floor(start / 100) * 100 + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0);
		if (end === start + 1) return { label: cell, year: end, end: null };
	}
	const date = readDate(cell);
	if (date) return { label: cell, year: Number(date.slice(0, 4)), end: date };
	if (cell === '') return { problem: 'has no period' };
	return { problem: `"${shorten(cell)}" is not a period we can read (a year such as 2024, a span such as 2023-24, or a date such as 2024-03-31)` };
}

/** A value as quoted in a message: long ones cut. */
export const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
