import { authorities, dataDates, runQuery } from '$lib/data/queries';
import { siteEngine } from '$lib/server/site-engine';

/**
 * The authority search is on every page that needs it (home, not found), so its list loads once here;
 * and the Ofsted release the site shows, for the footer of a printed page.
 */
export async function load() {
	const engine = await siteEngine();
	const all = await runQuery(engine, authorities, {});
	const [{ release_title, release_as_at }] = await runQuery(engine, dataDates, {});
	return {
		search: all.map(({ ons_code, name, region, valid_from, valid_to }) => ({ ons_code, name, region, valid_from, valid_to })),
		release: { title: release_title, as_at: release_as_at }
	};
}
