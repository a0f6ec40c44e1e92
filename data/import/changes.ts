/** What an import changes in data/: rows added, changed and removed per table, with a few examples. */
import Papa from 'papaparse';

/** The columns that identify a row of each table (a row with the same key and other values has changed). */
const KEYS: Record<string, string[]> = {
	'authorities.csv': ['ons_code'],
	'inspections.csv': ['inspection_id'],
	'statistical_neighbours.csv': ['ons_code', 'neighbour_code'],
	'indicator_values.csv': ['ons_code', 'indicator', 'period', 'release'],
	'releases.csv': ['release'],
	'case_reviews.csv': ['review_id'],
	'case_review_authorities.csv': ['review_id', 'ons_code'],
	'notifications.csv': ['period_label']
};
const EXAMPLES = 3;

function rowsByKey(csv: string, key: string[]): Map<string, string> {
	const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
	return new Map(rows.map((row) => [key.map((k) => row[k]).join(' '), JSON.stringify(row)]));
}

/** One line for a table: its rows, and what changed against `before` (null when there was no file). */
export function describeChanges(name: string, before: string | null, after: string): string {
	const key = KEYS[name];
	if (!key) return `${name}: ${before === after ? 'unchanged' : before === null ? 'new' : 'changed'}`;
	const next = rowsByKey(after, key);
	if (before === null) return `${name}: ${next.size} rows (new)`;
	const previous = rowsByKey(before, key);
	const added = [...next.keys()].filter((k) => !previous.has(k));
	const removed = [...previous.keys()].filter((k) => !next.has(k));
	const changed = [...next.keys()].filter((k) => previous.has(k) && previous.get(k) !== next.get(k));
	const some = (keys: string[]) => (keys.length ? ` (${keys.slice(0, EXAMPLES).join('; ')}${keys.length > EXAMPLES ? '; …' : ''})` : '');
	if (!added.length && !removed.length && !changed.length) return `${name}: ${next.size} rows, unchanged`;
	return `${name}: ${next.size} rows; ${added.length} added${some(added)}, ${changed.length} changed${some(changed)}, ${removed.length} removed${some(removed)}`;
}
