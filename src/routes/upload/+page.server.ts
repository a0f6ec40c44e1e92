import { authorities, runQuery } from '$lib/data/queries';
import { siteEngine } from '$lib/server/site-engine';

/** The authorities an upload's areas are matched against (in the page's worker, never on a server). */
export async function load() {
	const rows = await runQuery(await siteEngine(), authorities, {});
	return { authorities: rows.map(({ ons_code, dfe_code, name, region_code, region, valid_from, valid_to, other_codes }) => ({ ons_code, dfe_code, name, region_code, region, valid_from, valid_to, other_codes })) };
}
