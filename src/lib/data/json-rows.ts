/**
 * A query's rows as a prerendered page sends them to the browser: as one JSON text rather than as
 * a JavaScript literal. The rows were most of each page's hydration script (131 KB on /trends/),
 * which the browser compiled in one task before the page could start; it parses the same rows as
 * JSON several times faster. On the server the rows are an array as before; the `transport` hook
 * (src/hooks.ts) writes them out and reads them back as a plain array.
 */
export class JsonRows<T> extends Array<T> {}

/** The rows as JSON; a value JSON cannot carry (NaN, undefined, a bigint) stops the build, never turns into null. */
export function rowsToJson(rows: readonly unknown[]): string {
	return JSON.stringify(rows, function (key, value) {
		const unsendable = value === undefined || typeof value === 'bigint' || (typeof value === 'number' && !Number.isFinite(value));
		if (unsendable) throw new TypeError(`A row's "${key}" is ${String(value)}, which JSON cannot carry to the browser`);
		return value;
	});
}

export const rowsFromJson = (json: string): unknown[] => JSON.parse(json);
