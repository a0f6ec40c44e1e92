/**
 * A query's rows as a prerendered page sends them to the browser: as one JSON text rather than as
 * a JavaScript literal, and as tables rather than as objects. The rows were most of each page's
 * hydration script (131 KB on /trends/), which the browser compiled in one task before the page
 * could start; it parses the same rows as JSON several times faster. Written as objects, each row
 * repeated its column names, half of the text; a table names them once (166 → 102 KB of script on
 * /trends/, 136 → 71 KB on /), which the browser then reads and parses in less time. On the server
 * the rows are an array as before; the `transport` hook (src/hooks.ts) writes them out and reads
 * them back as a plain array of the same objects.
 */
export class JsonRows<T> extends Array<T> {}

/**
 * How JSON carries a list of objects that share their keys, in order: `{"$table": [keys, ...each
 * object's values]}`. No object sent may have a key of that name (checked), so it cannot be
 * mistaken for a table when read back.
 */
const TABLE = '$table';

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys every item shares, in the same order, when `items` are two or more such objects. */
function sharedKeys(items: readonly unknown[]): string[] | undefined {
	if (items.length < 2 || !isObject(items[0])) return undefined;
	const keys = Object.keys(items[0]);
	const same = (item: unknown) => {
		if (!isObject(item)) return false;
		const own = Object.keys(item);
		return own.length === keys.length && own.every((key, i) => key === keys[i]);
	};
	return items.every(same) ? keys : undefined;
}

/** `value` as JSON will carry it, its lists of like objects as tables; a value JSON cannot carry stops the build. */
function packed(value: unknown, key: string): unknown {
	if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function') value = (value as { toJSON(key: string): unknown }).toJSON(key);
	const unsendable = value === undefined || typeof value === 'bigint' || typeof value === 'function' || (typeof value === 'number' && !Number.isFinite(value));
	if (unsendable) throw new TypeError(`A row's "${key}" is ${String(value)}, which JSON cannot carry to the browser`);
	if (Array.isArray(value)) {
		const keys = sharedKeys(value);
		if (!keys) return value.map((item, i) => packed(item, String(i)));
		return { [TABLE]: [keys, ...value.map((item: Plain) => keys.map((k) => packed(item[k], k)))] };
	}
	if (!isObject(value)) return value;
	if (Object.hasOwn(value, TABLE)) throw new TypeError(`A row has a key "${TABLE}", which the browser would read as a table`);
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, packed(v, k)]));
}

/** The value `packed` wrote, with each table read back as its objects. */
function unpacked(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(unpacked);
	if (!isObject(value)) return value;
	const table = value[TABLE] as [string[], ...unknown[][]] | undefined;
	if (!table) {
		for (const key in value) value[key] = unpacked(value[key]);
		return value;
	}
	const [keys, ...rows] = table;
	return rows.map((cells) => {
		const row: Plain = {};
		for (let i = 0; i < keys.length; i++) row[keys[i]] = unpacked(cells[i]);
		return row;
	});
}

/** The rows as JSON; a value JSON cannot carry (NaN, undefined, a bigint) stops the build, never turns into null. */
export const rowsToJson = (rows: readonly unknown[]): string => JSON.stringify(packed(rows, ''));

export const rowsFromJson = (json: string): unknown[] => unpacked(JSON.parse(json)) as unknown[];
