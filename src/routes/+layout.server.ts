import { authorities } from '$lib/data/queries';
import { siteDb } from '$lib/server/db';

/** The authority search is on every page that needs it (home, not found), so its list loads once here. */
export async function load() {
	const all = await authorities(await siteDb());
	return { search: all.map(({ ons_code, name, region, valid_from, valid_to }) => ({ ons_code, name, region, valid_from, valid_to })) };
}
