/** Release wording comes from the releases table: no page names a release itself, and a new release changes what the pages say. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFSTED_RELEASES } from '../../data/import/releases';
import { dataDates, runQuery } from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { ofstedSource } from '../../src/lib/sources';
import { root, siteDb } from '../shared';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : []));

describe('release wording', () => {
	it('is in no page, section, component or chart: a new release changes data, not pages', () => {
		expect(OFSTED_RELEASES.length).toBeGreaterThanOrEqual(3);
		const phrases = [...OFSTED_RELEASES.map((s) => s.title), ...OFSTED_RELEASES.map((s) => s.title.replace(/’/g, "'")), 'as at 31 March 20', 'releases of 20'];
		const pages = ['src/routes', 'src/lib/sections', 'src/lib/components', 'src/lib/charts'].flatMap((dir) => files(join(root, dir)));
		const offending = pages.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return phrases.filter((p) => text.includes(p)).map((p) => `${file.slice(root.length + 1)}: “${p}”`);
		});
		expect(offending).toEqual([]);
	});

	describe('with a test release of another date added to the releases table', () => {
		// A copy of the built database, so the test release never reaches the site's.
		const copy = join(mkdtempSync(join(tmpdir(), 'release-')), 'site.duckdb');
		copyFileSync(siteDb, copy);
		let engine: Awaited<ReturnType<typeof openNodeEngine>>;
		beforeAll(async () => {
			engine = await openNodeEngine();
		});
		afterAll(() => engine.close());

		it('the source line every page shows names it, its as-at date and publication', async () => {
			await engine.query(`ATTACH '${copy}' AS site`);
			await engine.query('USE site');
			const [before] = await runQuery(engine, dataDates, {});
			expect(before.release_title).toBe(OFSTED_RELEASES[0].title);
			expect(ofstedSource(before)).toContain(`${OFSTED_RELEASES[0].title} (published `);

			await engine.query(`INSERT INTO releases (release, publisher, title, as_at, cut_off, published, release_year, source_file, url, licence)
				VALUES ('ofsted-test', 'Ofsted', 'Test inspection outcomes as at 31 March 2031', DATE '2031-03-31', DATE '2031-09-24', DATE '2031-09-24', 2031, 'test.ods', 'https://example.org/test.ods', 'Open Government Licence v3.0')`);
			const [after] = await runQuery(engine, dataDates, {});
			expect(after).toMatchObject({ release_title: 'Test inspection outcomes as at 31 March 2031', release_as_at: '2031-03-31', release_published: '2031-09-24' });
			expect(ofstedSource(after)).toContain('Source: Ofsted, Test inspection outcomes as at 31 March 2031 (published 24 September 2031) and earlier releases');
			expect(ofstedSource(after)).not.toContain(OFSTED_RELEASES[0].title);
		});
	});
});
