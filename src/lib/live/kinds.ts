/**
 * What a URL parameter may hold, and how it is read and written. Every value from a URL is hostile
 * until a kind accepts it: a kind either accepts (perhaps adjusting it, with a note saying how) or
 * refuses with a reason; it never throws. Options are checked with a `Set`, never with `in`, so
 * `__proto__` or `toString` are just unknown words.
 */
import { formatDay, monthEnd } from '../format';

export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

export interface ParamKind<T> {
	parse(raw: string): Parsed<T>;
	serialise(value: T): string;
}

/** Longer than this, a URL value is refused before anything looks at it (500 codes fit). */
export const MAX_RAW_LENGTH = 6000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The checks every kind shares: length, and no control characters (NUL included). */
function guarded<T>(parse: (raw: string) => Parsed<T>): (raw: string) => Parsed<T> {
	return (raw) => {
		if (raw.length > MAX_RAW_LENGTH) return { ok: false, reason: 'is far too long' };
		if (CONTROL.test(raw)) return { ok: false, reason: 'contains control characters' };
		return parse(raw);
	};
}

/** Whether a `YYYY-MM-DD` text names a day of the calendar (2020-02-30 does not). */
function isRealDate(iso: string): boolean {
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** A month end within the data: a date in a month is read as that month's end; one outside [min, max] is moved to the nearer end, with a note. */
export function monthEndWithin(min: string, max: string): ParamKind<string> {
	const first = monthEnd(min);
	const last = monthEnd(max);
	return {
		parse: guarded((raw) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { ok: false, reason: 'is not a date written year-month-day' };
			if (!isRealDate(raw)) return { ok: false, reason: 'is not a real date' };
			if (raw < min) return { ok: true, value: first, note: `is before the data begins, so it shows ${formatDay(first)}` };
			if (raw > max) return { ok: true, value: last, note: `is after the latest data, so it shows ${formatDay(last)}` };
			return { ok: true, value: monthEnd(raw) };
		}),
		serialise: (value) => value
	};
}

/** A whole year from `min` to `max`. */
export function yearWithin(min: number, max: number): ParamKind<number> {
	return {
		parse: guarded((raw) => {
			if (!/^\d{4}$/.test(raw)) return { ok: false, reason: 'is not a year' };
			const year = Number(raw);
			if (year < min || year > max) return { ok: false, reason: `is outside the years held, ${min} to ${max}` };
			return { ok: true, value: year };
		}),
		serialise: String
	};
}

/** One of a fixed list of words. */
export function oneOf<T extends string>(options: readonly T[]): ParamKind<T> {
	const known = new Set<string>(options);
	return {
		parse: guarded((raw) => (known.has(raw) ? { ok: true, value: raw as T } : { ok: false, reason: 'is not one of the choices' })),
		serialise: (value) => value
	};
}

/** One of a fixed list, or none (null, written as an empty value): a region or England, say. */
export function oneOfOrNone<T extends string>(options: readonly T[]): ParamKind<T | null> {
	const choice = oneOf(options);
	return {
		parse: (raw) => (raw === '' ? { ok: true, value: null } : choice.parse(raw)),
		serialise: (value) => value ?? ''
	};
}

/** An authority code the site knows. */
export function knownCode(codes: Iterable<string>): ParamKind<string> {
	const known = new Set(codes);
	return {
		parse: guarded((raw) => (known.has(raw) ? { ok: true, value: raw } : { ok: false, reason: 'is not the code of an authority here' })),
		serialise: (value) => value
	};
}

/** Comma-separated known codes, each once, at most `max`; unknown ones are left out with a note. */
export function knownCodes(codes: Iterable<string>, max: number): ParamKind<string[]> {
	const known = new Set(codes);
	return {
		parse: guarded((raw) => {
			const given = [...new Set(raw.split(',').map((c) => c.trim()).filter(Boolean))];
			const kept = given.filter((c) => known.has(c));
			if (kept.length === 0) return { ok: false, reason: 'names no authority here' };
			const notes = [];
			if (kept.length < given.length) notes.push(`${given.length - kept.length} of its codes are not authorities here and are left out`);
			if (kept.length > max) notes.push(`it names ${kept.length} authorities; the first ${max} are shown`);
			return { ok: true, value: kept.slice(0, max), note: notes.length ? notes.join('; ') : undefined };
		}),
		serialise: (value) => value.join(',')
	};
}

/** On or off, written `1` or `0` (`true`/`false` are read too). */
export const onOff: ParamKind<boolean> = {
	parse: guarded((raw) => {
		if (raw === '1' || raw === 'true') return { ok: true, value: true };
		if (raw === '0' || raw === 'false') return { ok: true, value: false };
		return { ok: false, reason: 'is not 1 or 0' };
	}),
	serialise: (value) => (value ? '1' : '0')
};

/** On when the value is `word` (`set=neighbours`), off when it is empty. */
export function onWhen(word: string): ParamKind<boolean> {
	return {
		parse: guarded((raw) => (raw === word ? { ok: true, value: true } : raw === '' ? { ok: true, value: false } : { ok: false, reason: `is not “${word}”` })),
		serialise: (value) => (value ? word : '')
	};
}

/** Free text of at most `maxLength` characters (a search, say). */
export function text(maxLength: number): ParamKind<string> {
	return {
		parse: guarded((raw) => (raw.length > maxLength ? { ok: false, reason: `is longer than ${maxLength} characters` } : { ok: true, value: raw })),
		serialise: (value) => value
	};
}

/** A raw value as a note may quote it: short, with control characters shown as �. */
export function quoted(raw: string): string {
	const clean = raw.replace(new RegExp(CONTROL.source, 'g'), '�');
	return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}
