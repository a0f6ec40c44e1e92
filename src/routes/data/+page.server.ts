import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorities, dataDates, runQuery } from '$lib/data/queries';
import { siteEngine } from '$lib/server/site-engine';

export async function load() {
	const engine = await siteEngine();
	const manifest = JSON.parse(readFileSync(join(process.cwd(), 'static', 'db', 'manifest.json'), 'utf8'));
	const [dates] = await runQuery(engine, dataDates, {});
	return { manifest, dates, authorities: await runQuery(engine, authorities, {}) };
}
