import { authorities, dataDates, runQuery } from '$lib/data/queries';
import { siteManifest } from '$lib/server/manifest';
import { siteEngine } from '$lib/server/site-engine';

export async function load() {
	const engine = await siteEngine();
	const manifest = siteManifest();
	const [dates] = await runQuery(engine, dataDates, {});
	return { manifest, dates, authorities: await runQuery(engine, authorities, {}) };
}
