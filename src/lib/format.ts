/** Dates and numbers as the pages write them (en-GB, UTC so prerender and browser agree). */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const parseDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "21 March 2014" */
export const formatDay = (iso: string) => dayFormat.format(parseDate(iso));
/** "March 2014" */
export const formatMonth = (iso: string) => monthFormat.format(parseDate(iso));
/** "Mar 2014" */
export const formatShortMonth = (iso: string) => shortMonthFormat.format(parseDate(iso));
/** 0.6031 → "60%" */
export const formatShare = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** The last day of the month of `iso`. */
export function monthEnd(iso: string): string {
	const date = parseDate(iso);
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** A label inside a sentence: "Children looked after (31 March)" → "children looked after (31 March)". Month names and acronyms keep their capitals. */
export const lowerFirst = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** A size in bytes as people read it: "850 KB", "12.5 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1e6) return `${Math.ceil(bytes / 1e3).toLocaleString('en-GB')} KB`;
	if (bytes < 1e9) return `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
	return `${(bytes / 1e9).toLocaleString('en-GB', { maximumFractionDigits: 1 })} GB`;
}

/** A name for a file or key made from text: lower-case letters and digits joined by `separator`, at most `length` long. */
export function slugOf(text: string, separator: '-' | '_', length: number): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, separator)
		.replace(separator === '-' ? /^-+|-+$/g : /^_+|_+$/g, '')
		.slice(0, length);
}

/** A source file as a reader would say it: `file.ods#Sheet` → `file.ods, sheet Sheet`. */
export const sourceFileName = (file: string) => file.replace(/#(.*)$/, ', sheet $1');
