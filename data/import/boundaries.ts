/**
 * `boundaries.topojson`: the ONS upper-tier boundaries of every authority, current and abolished since
 * 2013, keyed by the code the Ofsted and DfE files use, simplified so the home page's map stays small.
 * The map draws the authorities that existed on its date, so a 2019 map shows Northamptonshire.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Feature, FeatureCollection } from 'geojson';
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
	const drawn = new Map<string, Feature & { ended: boolean }>();
	for (const f of feature(source, source.objects.utla).features) {
		const code = index.byOnsCode(f.properties.areacd);
		if (!code) continue;
		// A recoded council (Buckinghamshire, Barnsley) has an old and a current shape: keep the current.
		const ended = f.properties.end !== undefined;
		if (!drawn.has(code) || drawn.get(code)!.ended) drawn.set(code, { ...f, id: code, properties: {}, ended });
	}
	const missing = index.authorities.map((a) => a.ons_code).filter((code) => !drawn.has(code));
	if (missing.length) throw new SourceError(FILE, 0, 'utla', `no boundary for ${missing.join(', ')}`);

	const sorted = [...drawn.values()].map(({ ended, ...area }) => area).sort((a, b) => String(a.id).localeCompare(String(b.id)));
	const collection: FeatureCollection = { type: 'FeatureCollection', features: sorted };
	const topo = presimplify(topology({ authorities: collection }, 1e4) as unknown as Parameters<typeof presimplify>[0]);
	return JSON.stringify(quantize(simplify(topo, quantile(topo, SIMPLIFY_QUANTILE)), 1e4));
}
