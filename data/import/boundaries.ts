/**
 * `boundaries.topojson`: the ONS upper-tier boundaries of the current authorities, keyed by the code
 * the Ofsted and DfE files use, simplified so the home page's map stays small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AuthorityIndex } from './authorities';
import { SourceError } from './source';

export const FILE = 'geo/ons_uk_topojson_2014_2025.json';

/**
 * Points whose visual importance (triangle area) is below this quantile's are dropped; the result
 * keeps about 1 point in 5, and small London boroughs stay recognisable on a 400 px map.
 */
const SIMPLIFY_QUANTILE = 0.1;

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
	const collection: FeatureCollection = { type: 'FeatureCollection', features: sorted };
	const topo = presimplify(topology({ authorities: collection }, 1e4) as unknown as Parameters<typeof presimplify>[0]);
	return JSON.stringify(quantize(simplify(topo, quantile(topo, SIMPLIFY_QUANTILE)), 1e4));
}
