import { authorities, runQuery } from '$lib/data/queries';
import { siteEngine } from '$lib/server/site-engine';

/** The authority search is on every page that needs it (home, not found), so its list loads once here. */
export async function load() {
	const all = await runQuery(await siteEngine(), authorities, {});
	return { search: all.map(({ ons_code, name, region, valid_from, valid_to }) => ({ ons_code, name, region, valid_from, valid_to })) };
}
