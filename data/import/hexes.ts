/**
 * The `hex_layout` table: one equal hexagon per authority, for the map on phones and in embeds, where
 * London's boroughs are otherwise a few pixels each. From Open Innovations' layout of upper-tier
 * authorities (MIT), which predates the 2019–2023 reorganisations: its old county codes are read
 * through the authorities' other codes (Buckinghamshire E10000002 → E06000060), and the councils it has
 * no hex for are placed by `PLACED`, on or beside the hex of the council they replaced or that replaced
 * them. The check below proves no two councils that existed on the same day share a cell.
 */
import type { Authority, HexCell } from '../../src/lib/data/schema';
import type { AuthorityIndex } from './authorities';
import { readJson, SourceError } from './source';

export const FILE = 'geo/odileeds_uk_upper_tier_local_authorities.hexjson';

/** Where a council the layout lacks goes, relative to the hex of `beside` (an odd-r grid, row numbers rising northwards). */
type Placement = 'same' | 'north-east' | 'south-west' | 'west-half' | 'east-half';

const PLACED: { code: string; beside: string; at: Placement }[] = [
	// Cumbria (to 2023): Westmorland and Furness, the south of it, keeps its hex; Cumberland, the north, takes the free cell above.
	{ code: 'E06000064', beside: 'E10000006', at: 'same' },
	{ code: 'E06000063', beside: 'E10000006', at: 'north-east' },
	// Northamptonshire (to 2021) has no free neighbour: its two successors take its hex in halves, as they lie.
	{ code: 'E06000062', beside: 'E10000021', at: 'west-half' },
	{ code: 'E06000061', beside: 'E10000021', at: 'east-half' },
	// Before 2019: Bournemouth on the hex of BCP, Poole to its west on the free coastal cell, the county council on Dorset's.
	{ code: 'E06000028', beside: 'E06000058', at: 'same' },
	{ code: 'E06000029', beside: 'E06000058', at: 'south-west' },
	{ code: 'E10000009', beside: 'E06000059', at: 'same' }
];

interface LayoutHex {
	q: number;
	r: number;
}

/** The cell one step away on an odd-r grid, where odd rows sit half a hex to the east. */
function step({ q, r }: LayoutHex, at: Placement): LayoutHex {
	const oddRow = Math.abs(r) % 2 === 1;
	if (at === 'north-east') return { q: oddRow ? q + 1 : q, r: r + 1 };
	if (at === 'south-west') return { q: oddRow ? q : q - 1, r: r - 1 };
	return { q, r };
}

export function importHexes(from: string, index: AuthorityIndex): HexCell[] {
	const layout = readJson<{ layout?: string; hexes?: Record<string, LayoutHex> }>(from, FILE, (l) => Object.keys(l.hexes ?? {}).length);
	if (layout.layout !== 'odd-r' || !layout.hexes) throw new SourceError(FILE, 0, 'layout', `is “${layout.layout}”, not the odd-r grid of hexes this import reads`);
	const cells = new Map<string, HexCell>();
	for (const [code, hex] of Object.entries(layout.hexes)) {
		if (!Number.isInteger(hex?.q) || !Number.isInteger(hex?.r)) throw new SourceError(FILE, 0, code, 'has no whole-number q and r');
		const ours = index.byOnsCode(code);
		if (!ours) continue; // Not a children's-services authority of ours (the layout is England's only, but stay safe).
		cells.set(ours, { ons_code: ours, q: hex.q, r: hex.r, half: null, placement: ours === code ? 'Open Innovations layout' : `Open Innovations layout, hex of ${code}` });
	}
	for (const { code, beside, at } of PLACED) {
		if (cells.has(code) || !index.byOnsCode(code)) continue;
		const anchor = cells.get(beside);
		if (!anchor) throw new SourceError(FILE, 0, beside, `has no hex, and ${code} is placed beside it`);
		const half = at === 'west-half' ? 'west' : at === 'east-half' ? 'east' : null;
		cells.set(code, { ons_code: code, ...step(anchor, at), half, placement: `placed ${at === 'same' ? 'on' : half ? `in the ${half} half of` : `${at} of`} the hex of ${beside}` });
	}
	const missing = index.authorities.filter((a) => !cells.has(a.ons_code));
	if (missing.length) throw new SourceError(FILE, 0, 'hexes', `has no hex for ${missing.map((a) => `${a.name} (${a.ons_code})`).join(', ')}`);
	checkNoSharedCell(index.authorities, cells);
	return index.authorities.map((a) => cells.get(a.ons_code)!).sort((a, b) => a.ons_code.localeCompare(b.ons_code));
}

/** Two councils on one cell must never have existed on the same day (halves share a cell, not a half). */
function checkNoSharedCell(authorities: Authority[], cells: Map<string, HexCell>) {
	const overlaps = (a: Authority, b: Authority) => (a.valid_from ?? '') <= (b.valid_to ?? '9999') && (b.valid_from ?? '') <= (a.valid_to ?? '9999');
	for (const [i, a] of authorities.entries()) {
		for (const b of authorities.slice(i + 1)) {
			const [ca, cb] = [cells.get(a.ons_code)!, cells.get(b.ons_code)!];
			const sameSpace = ca.q === cb.q && ca.r === cb.r && (ca.half === null || cb.half === null || ca.half === cb.half);
			if (sameSpace && overlaps(a, b)) throw new SourceError(FILE, 0, a.ons_code, `puts ${a.name} and ${b.name}, which existed at the same time, on one hex (q ${ca.q}, r ${ca.r})`);
		}
	}
}
