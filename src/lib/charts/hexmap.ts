/**
 * The equal-area map's geometry: each authority's cell of the `hex_layout` table (an odd-r grid of
 * pointy-top hexagons, rows rising northwards) as an SVG polygon, fitted to the map's width.
 */
import type { HexCell } from '../data/schema';

export const HEX_MAP_WIDTH = 400;
/** Room above the grid for the legend, and below it for the label of the hex in focus. */
const TOP = 96;
const BOTTOM = 40;
const SQRT3 = Math.sqrt(3);

export interface HexShape {
	ons_code: string;
	points: string;
}

/** Centres in units of the hex's radius, before fitting. */
const centreOf = (cell: HexCell) => ({ x: SQRT3 * (cell.q + (Math.abs(cell.r) % 2) / 2), y: -1.5 * cell.r });

export function hexGeometry(cells: HexCell[]): { width: number; height: number; shapes: HexShape[] } {
	const centres = cells.map(centreOf);
	const [minX, maxX] = [Math.min(...centres.map((c) => c.x)) - SQRT3 / 2, Math.max(...centres.map((c) => c.x)) + SQRT3 / 2];
	const [minY, maxY] = [Math.min(...centres.map((c) => c.y)) - 1, Math.max(...centres.map((c) => c.y)) + 1];
	const radius = HEX_MAP_WIDTH / (maxX - minX);
	const round = (n: number) => Math.round(n * 10) / 10;
	const shapes = cells.map((cell, i) => {
		// The two halves of a shared hex stand a little apart, as neighbouring hexes do.
		const cx = (centres[i].x - minX) * radius + (cell.half === 'east' ? 0.05 : cell.half === 'west' ? -0.05 : 0) * radius;
		const cy = TOP + (centres[i].y - minY) * radius;
		// Corners clockwise from the top; a half keeps the top, its side's two corners and the bottom.
		const corners = [0, 1, 2, 3, 4, 5].map((k) => [Math.sin((k * Math.PI) / 3), -Math.cos((k * Math.PI) / 3)]);
		const kept = cell.half === 'east' ? corners.slice(0, 4) : cell.half === 'west' ? [corners[3], corners[4], corners[5], corners[0]] : corners;
		// Drawn a little inside the cell, so neighbours show a gap in the page's background.
		const inset = radius * 0.94;
		return { ons_code: cell.ons_code, points: kept.map(([x, y]) => `${round(cx + x * inset)},${round(cy + y * inset)}`).join(' ') };
	});
	return { width: HEX_MAP_WIDTH, height: Math.ceil(TOP + (maxY - minY) * radius + BOTTOM), shapes };
}
