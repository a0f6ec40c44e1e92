/**
 * The authority boundaries as one SVG file of paths (`/db/map.svg`, written by the build), each path
 * with its ONS code as id. The map component places them with `<use>`, so pages carry a few bytes
 * per authority instead of the geometry, and the browser fetches and caches the shapes once.
 */
import { geoPath, geoTransverseMercator } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 470;
export const MAP_FILE = 'map.svg';

/** The boundaries SVG and the codes it draws, from the committed TopoJSON. */
export function renderMapSvg(topologyJson: string): { svg: string; codes: string[] } {
	const topology = JSON.parse(topologyJson) as Topology<{ authorities: GeometryCollection }>;
	const areas = feature(topology, topology.objects.authorities);
	// The British National Grid is a transverse Mercator centred on 2°W.
	const projection = geoTransverseMercator().rotate([2, 0]).fitSize([MAP_WIDTH, MAP_HEIGHT], areas);
	const path = geoPath(projection).digits(1);
	const codes = areas.features.map((area) => String(area.id));
	const paths = areas.features.map((area) => `<path id="${area.id}" d="${path(area)}"/>`).join('\n');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">\n<!-- Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right. -->\n${paths}\n</svg>\n`;
	return { svg, codes };
}
