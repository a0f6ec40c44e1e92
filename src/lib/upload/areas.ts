/**
 * Matches the areas named in an uploaded file to the site's: authorities by ONS code (any code they
 * have had), DfE three-digit code or name as people write it ("Coventry City Council", "COVENTRY",
 * "Bristol, City of"); a name two councils have had (Dorset) by the date of the row; regions and
 * England by code or name. What does not match gets suggestions.
 */
import { looseNameKey, nameKey } from '../authority-names';
import type { Authority } from '../data/schema';

export interface Area {
	code: string;
	name: string;
	kind: 'authority' | 'region' | 'england';
	valid_from: string | null;
	valid_to: string | null;
}

export interface AreaMatch {
	area: Area;
	how: 'ONS code' | 'DfE code' | 'name';
}

export const ENGLAND: Area = { code: 'E92000001', name: 'England', kind: 'england', valid_from: null, valid_to: null };
/** DfE's London halves, which its regional rows list beside London. */
const LONDON_HALVES: Area[] = [
	{ code: 'E13000001', name: 'Inner London', kind: 'region', valid_from: null, valid_to: null },
	{ code: 'E13000002', name: 'Outer London', kind: 'region', valid_from: null, valid_to: null }
];

type Listed = Pick<Authority, 'ons_code' | 'dfe_code' | 'name' | 'region_code' | 'region' | 'valid_from' | 'valid_to' | 'other_codes'>;
/** The authorities a matcher is built from (the `authorities` table's columns it needs). */
export type AreaList = Listed[];

export class AreaMatcher {
	private readonly byCode = new Map<string, Area>();
	private readonly byDfeCode = new Map<string, Area[]>();
	private readonly byName = new Map<string, Area[]>();
	private readonly byLooseName = new Map<string, Area[]>();
	private readonly names: { key: string; area: Area }[] = [];

	constructor(authorities: Listed[]) {
		const regions = new Map(authorities.map((a) => [a.region_code, a.region]));
		const areas: [Area, Listed | null][] = [
			[ENGLAND, null],
			...[...regions].map(([code, name]): [Area, null] => [{ code, name, kind: 'region', valid_from: null, valid_to: null }, null]),
			...LONDON_HALVES.map((a): [Area, null] => [a, null]),
			...authorities.map((a): [Area, Listed] => [{ code: a.ons_code, name: a.name, kind: 'authority', valid_from: a.valid_from, valid_to: a.valid_to }, a])
		];
		const add = <K>(map: Map<K, Area[]>, key: K, area: Area) => map.set(key, [...(map.get(key) ?? []), area]);
		for (const [area, listed] of areas) {
			this.byCode.set(area.code, area);
			if (listed?.other_codes) this.byCode.set(listed.other_codes, area);
			if (listed?.dfe_code) add(this.byDfeCode, listed.dfe_code, area);
			add(this.byName, nameKey(area.name), area);
			add(this.byLooseName, looseNameKey(area.name), area);
			this.names.push({ key: looseNameKey(area.name), area });
		}
	}

	/** The area `text` names, as it was on `on` (an ISO date) when two have had the name; null when none. */
	match(text: string, on?: string): AreaMatch | null {
		const named = this.candidates(text);
		return named && { area: pickOn(named.areas, on), how: named.how };
	}

	/** Every area `text` may name (more than one when councils have shared a name or code), and how it matched. */
	candidates(text: string): { areas: Area[]; how: AreaMatch['how'] } | null {
		const written = text.trim();
		if (written === '') return null;
		const code = this.byCode.get(written.toUpperCase());
		if (code) return { areas: [code], how: 'ONS code' };
		if (/^\d{3}$/.test(written)) {
			const dfe = this.byDfeCode.get(written);
			return dfe ? { areas: dfe, how: 'DfE code' } : null;
		}
		const named = this.byName.get(nameKey(written)) ?? this.byLooseName.get(looseNameKey(written));
		return named ? { areas: named, how: 'name' } : null;
	}

	/** Up to three names close to `text`, closest first. */
	suggest(text: string): string[] {
		const key = looseNameKey(text);
		if (key === '') return [];
		return this.names
			.map(({ key: other, area }) => ({ name: area.name, distance: other.startsWith(key) || key.startsWith(other) ? 0 : editDistance(key, other) }))
			.filter((s) => s.distance <= Math.max(2, Math.floor(key.length / 3)))
			.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
			.map((s) => s.name)
			.filter((name, i, all) => all.indexOf(name) === i)
			.slice(0, 3);
	}
}

/** Of areas sharing a name or code, the one that existed on `on`; without a date, the one existing now. */
export function pickOn(areas: Area[], on?: string): Area {
	if (areas.length === 1) return areas[0];
	const existing = (a: Area) => (on ? (a.valid_from ?? '0000') <= on && on <= (a.valid_to ?? '9999') : a.valid_to === null);
	return areas.find(existing) ?? areas[0];
}

/** Levenshtein distance, for suggestions. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
