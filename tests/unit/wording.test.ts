/** Release wording comes from data/sources.ts through the manifest: no page names a release itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../data/sources';
import { root } from '../shared';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : []));

describe('release wording', () => {
	it('is in no page, section, component or chart: a new release changes data, not pages', () => {
		const ofsted = SOURCES.sources.filter((s) => s.publisher === 'Ofsted');
		expect(ofsted.length).toBeGreaterThanOrEqual(3);
		const phrases = [...ofsted.map((s) => s.title), ...ofsted.map((s) => s.title.replace(/’/g, "'")), 'as at 31 March 20', 'releases of 20'];
		const pages = ['src/routes', 'src/lib/sections', 'src/lib/components', 'src/lib/charts'].flatMap((dir) => files(join(root, dir)));
		const offending = pages.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return phrases.filter((p) => text.includes(p)).map((p) => `${file.slice(root.length + 1)}: “${p}”`);
		});
		expect(offending).toEqual([]);
	});
});
