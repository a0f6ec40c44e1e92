import type { Transport } from '@sveltejs/kit';
import { JsonRows, rowsFromJson, rowsToJson } from '$lib/data/json-rows';

/** How a prerendered page hands its data to the browser, beyond what SvelteKit's own format does. */
export const transport: Transport = {
	JsonRows: {
		encode: (value) => value instanceof JsonRows && [rowsToJson(value)],
		decode: ([json]: [string]) => rowsFromJson(json)
	}
};
