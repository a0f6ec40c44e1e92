/** The build-time engine: one read-only connection to the bundled database, shared by every prerendered page. */
import { join } from 'node:path';
import type { Db } from '$lib/data/db';
import { openNodeDb } from '$lib/db/node';

let db: Promise<Db> | undefined;

export function siteDb(): Promise<Db> {
	db ??= openNodeDb(join(process.cwd(), 'static', 'db', 'site.duckdb'));
	return db;
}
