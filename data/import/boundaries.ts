/**
 * `boundaries.topojson`: the ONS upper-tier boundaries of the current authorities, keyed by the code
 * the Ofsted and DfE files use, simplified so the home page's map stays small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AuthorityIndex } from './authorities';
import { SourceError } from './source';

export const FILE = 'geo/ons_uk_topojson_2014_2025.json';

/** Keeps this share of the boundary points (by visual importance); 153 areas stay recognisable. */
const KEEP_SHARE = 0.25;

export function importBoundaries(from: string, index: AuthorityIndex): string {
	const source = JSON.parse(readFileSync(join(from, FILE), 'utf8')) as Topology<{ utla: GeometryCollection<{ areacd: string; areanm: string; end?: number }> }>;
	const current = new Set(index.authorities.filter((a) => !a.valid_to).map((a) => a.ons_code));
	const areas = feature(source, source.objects.utla).features.flatMap((f) => {
		const code = index.byOnsCode(f.properties.areacd);
		// An area that ended before 2025 is an old shape of a council drawn under its newer code.
		if (!code || !current.has(code) || (f.properties.end && f.properties.end < 2024)) return [];
		return [{ ...f, id: code, properties: {} }];
	});
	const drawn = new Map<string, (typeof areas)[number]>();
	for (const area of areas) drawn.set(String(area.id), area); // the 2025 code's shape, when both exist
	const missing = [...current].filter((code) => !drawn.has(code));
	if (missing.length) throw new SourceError(FILE, 0, 'utla', `no boundary for ${missing.join(', ')}`);

	const sorted = [...drawn.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
	const topo = presimplify(topology({ authorities: { type: 'FeatureCollection', features: sorted } }, 1e4));
	return JSON.stringify(quantize(simplify(topo, quantile(topo, 1 - KEEP_SHARE)), 1e4));
}
