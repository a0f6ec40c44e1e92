import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorities, dataDates } from '$lib/data/queries';
import { siteDb } from '$lib/server/db';

export async function load() {
	const db = await siteDb();
	const manifest = JSON.parse(readFileSync(join(process.cwd(), 'static', 'db', 'manifest.json'), 'utf8'));
	return { manifest, dates: await dataDates(db), authorities: await authorities(db) };
}
