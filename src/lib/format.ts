/**
 * Dates and numbers as the pages write them: British English, in UTC so prerender and browser agree.
 * Dates are written by hand, not with Intl.DateTimeFormat: setting up its three formats took 77 ms of
 * a page's start on a phone's CPU (profiled with the CPU slowed 4×), for three fixed patterns.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** As CLDR abbreviates them for en-GB: "Sept", not "Sep". */
const SHORT_MONTHS = MONTHS.map((month) => (month === 'September' ? 'Sept' : month.slice(0, 3)));

export const parseDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Day, month (0-11) and year of `iso`; a date that does not parse throws, as Intl's did, rather than print "NaN". */
function partsOf(iso: string): [day: number, month: number, year: number] {
	const date = parseDate(iso);
	if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
	return [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()];
}
/** "21 March 2014" */
export const formatDay = (iso: string) => {
	const [day, month, year] = partsOf(iso);
	return `${day} ${MONTHS[month]} ${year}`;
};
/** "March 2014" */
export const formatMonth = (iso: string) => {
	const [, month, year] = partsOf(iso);
	return `${MONTHS[month]} ${year}`;
};
/** "Sept 2014" */
export const formatShortMonth = (iso: string) => {
	const [, month, year] = partsOf(iso);
	return `${SHORT_MONTHS[month]} ${year}`;
};
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
