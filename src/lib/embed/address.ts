/**
 * Addresses of views: a page's path with the parameters that differ from their defaults. An embed
 * at its defaults is the prerendered page (no script, no DuckDB); in any other state it is the same
 * section's live page, `/embed/live/…`, which runs the section's query for the parameters given.
 */
import type { Param } from '$lib/live/param.svelte';

/** A parameter as an address needs it: its key, and its value as the URL writes it (null at its default). */
export type Addressable = Pick<Param<unknown>, 'key' | 'serialised'>;

/** `path` with the parameters not at their default, as the page's own URL writes them. */
export function withParams(path: string, params: readonly Addressable[]): string {
	const search = new URLSearchParams();
	for (const param of params) {
		const value = param.serialised();
		if (value !== null) search.set(param.key, value);
	}
	const query = search.toString();
	return query ? `${path}?${query}` : path;
}

/** The embed page of exactly this view: `path` (an embed's prerendered page) or its live page with the parameters. */
export function embedAddress(path: string, params: readonly Addressable[]): string {
	// Pages are folders with a trailing slash: a static host would otherwise answer with a redirect.
	const page = path.endsWith('/') ? path : `${path}/`;
	const address = withParams(page, params);
	return address === page ? page : withParams(livePath(page), params);
}

/** The live page of an embed: `/embed/map/` → `/embed/live/map/` (under any base path). */
export const livePath = (path: string) => path.replace(/\/embed\//, '/embed/live/');
