/** The site's data files: the manifest describes what was written, and the downloads open safely in spreadsheets. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/lib/data/tables';
import { openNodeEngine } from '../../src/lib/engine/node';
import { siteDataDir } from '../../data/paths';
import { siteDb } from '../shared';

const manifest = JSON.parse(readFileSync(join(siteDataDir, 'manifest.json'), 'utf8'));
const db = await openNodeEngine(siteDb);
afterAll(() => db.close());

describe('static/db', () => {
	it('lists every table with its row count and the sha256 of its download', async () => {
		expect(manifest.tables.map((t: { name: string }) => t.name)).toEqual(TABLES.map((t) => t.name));
		for (const table of manifest.tables) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table.name}`);
			expect(table.rows, table.name).toBe(n);
			const file = readFileSync(join(siteDataDir, table.csv));
			expect(createHash('sha256').update(file).digest('hex')).toBe(table.sha256);
			expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		}
		expect(manifest.database.storage_version).toBe('v1.4.0');
	});
});
