/**
 * The `authorities` table: the 153 current children's-services LAs (DfE's 2025 list, named and
 * regioned as DfE and Ofsted publish them) plus the councils abolished since 2013.
 */
import { nameKey } from '../../src/lib/authority-names';
import type { Authority } from '../../src/lib/data/schema';
import { OFSTED } from './ofsted';
import { readSource, SourceError, sourceName } from './source';

export const FILES = {
	dfeAuthorities: 'dfe/b1_children_in_need_2013_to_2025.csv',
	ilacsHistory: OFSTED.ilacsHistory2025,
	formerSif: OFSTED.history2009Former,
	onsChanges: 'geo/ons_la_changes_2018_2025.csv'
};

/**
 * Reorganisations that ended a children's-services authority. The ONS changes file records the
 * abolition ("termination" or "merger") and the year; which unitaries took over its area follows from
 * the district mergers listed in the same file (e.g. Corby → North Northamptonshire), checked below.
 */
const ABOLITIONS: { code: string; successors: string[] }[] = [
	{ code: 'E06000028', successors: ['E06000058'] }, // Bournemouth → BCP
	{ code: 'E06000029', successors: ['E06000058'] }, // Poole → BCP
	{ code: 'E10000009', successors: ['E06000059', 'E06000058'] }, // Dorset CC → Dorset, BCP (Christchurch)
	{ code: 'E10000021', successors: ['E06000061', 'E06000062'] }, // Northamptonshire
	{ code: 'E10000006', successors: ['E06000063', 'E06000064'] } // Cumbria
];

/** Councils that continued under a new ONS code: [code used by Ofsted/DfE, other code]. */
const RECODES: [string, string][] = [
	['E06000060', 'E10000002'], // Buckinghamshire became a unitary in 2020
	['E06000065', 'E10000023'], // North Yorkshire, 2023
	['E06000066', 'E10000027'], // Somerset, 2023
	['E08000016', 'E08000038'], // Barnsley: new GSS code in 2025, still published under the old one
	['E08000019', 'E08000039'] // Sheffield, likewise
];

/** Year (from the ONS changes file) in which a code stopped or started, as 1 April of that year. */
function reorganisationDates(from: string) {
	const ended = new Map<string, string>();
	const started = new Map<string, string>();
	for (const row of readSource(from, FILES.onsChanges)) {
		const year = row.text('start');
		if (!/^\d{4}$/.test(year)) throw row.error('start', `"${year}" is not a year`);
		if (row.text('type') === 'termination' || row.text('type') === 'merger') {
			ended.set(row.text('oldcd'), `${year}-03-31`);
			if (row.text('newcd')) started.set(row.text('newcd'), `${year}-04-01`);
		}
	}
	return { ended, started };
}

/**
 * DfE files place London boroughs in the sub-regions Inner London (E13000001) and Outer London
 * (E13000002); Ofsted and the ONS count them as one region, London (E12000007), which is also a
 * regional row of the same DfE files.
 */
function regionOf(code: string, name: string) {
	return code.startsWith('E13')
		? { region_code: 'E12000007', region: 'London', subregion: name }
		: { region_code: code, region: name, subregion: null };
}

export function importAuthorities(from: string): Authority[] {
	const { ended, started } = reorganisationDates(from);
	// DfE's rows, latest year last, give each code's DfE number, name and ONS region.
	const dfeRows = readSource(from, FILES.dfeAuthorities).filter(
		(row) => row.text('geographic_level') === 'Local authority'
	);
	const latestYear = dfeRows.reduce((max, row) => (row.text('time_period') > max ? row.text('time_period') : max), '');
	const byCode = new Map<string, Authority>();
	for (const row of dfeRows) {
		const code = row.text('new_la_code');
		if (!/^E(06|08|09|10)\d{6}$/.test(code)) throw row.error('new_la_code', `"${code}" is not an English upper-tier LA code`);
		const current = row.text('time_period') === latestYear;
		if (!current && !ABOLITIONS.some((a) => a.code === code)) continue;
		const recoded = RECODES.find(([main]) => main === code);
		byCode.set(code, {
			ons_code: code,
			dfe_code: row.text('old_la_code'),
			name: row.text('la_name'),
			...regionOf(row.text('region_code'), row.text('region_name')),
			ofsted_region: '',
			// A recoded council (Buckinghamshire 2020) existed before its new code started.
			valid_from: recoded ? null : (started.get(code) ?? null),
			valid_to: null,
			successor_codes: null,
			other_codes: recoded?.[1] ?? null
		});
	}

	// Ofsted regions: by code from the 2025 ILACS history, which also proves its codes are known; by
	// name from the 2023 table of former LAs for the councils abolished before ILACS (Poole, Dorset CC).
	for (const row of readSource(from, FILES.ilacsHistory)) {
		const given = row.text('Local authority area code');
		const authority = byCode.get(given) ?? byCode.get(RECODES.find(([, other]) => other === given)?.[0] ?? '');
		if (!authority) throw row.error('Local authority area code', `unknown local authority code "${given}"`);
		authority.ofsted_region = row.text('Ofsted region');
	}
	for (const row of readSource(from, FILES.formerSif)) {
		const abolished = ABOLITIONS.map((a) => byCode.get(a.code)).find((a) => a?.name === row.text('Local authority name'));
		if (abolished && !abolished.ofsted_region) abolished.ofsted_region = row.text('LA region');
	}

	for (const { code, successors } of ABOLITIONS) {
		const authority = byCode.get(code);
		const validTo = ended.get(code);
		if (!authority || !validTo) {
			throw new SourceError(FILES.onsChanges, 0, 'oldcd', `no abolition of ${code} found in the official files`);
		}
		for (const successor of successors) {
			if (started.get(successor) !== `${validTo.slice(0, 4)}-04-01`) {
				throw new SourceError(FILES.onsChanges, 0, 'newcd', `${successor} does not start when ${code} ends`);
			}
		}
		authority.valid_to = validTo;
		authority.successor_codes = successors.join(';');
	}

	const authorities = [...byCode.values()].sort((a, b) => a.ons_code.localeCompare(b.ons_code));
	const missingRegion = authorities.find((a) => !a.ofsted_region);
	if (missingRegion) {
		throw new SourceError(sourceName(FILES.ilacsHistory), 0, 'Ofsted region', `no Ofsted region for ${missingRegion.name}`);
	}
	return authorities;
}

/** Looks up an authority by ONS code, any code it has had, or any name a release spells it with. */
export class AuthorityIndex {
	private readonly byCode = new Map<string, string>();
	private readonly currentNames = new Map<string, string>();
	private readonly abolishedNames = new Map<string, string>();

	constructor(readonly authorities: Authority[]) {
		for (const a of authorities) {
			this.byCode.set(a.ons_code, a.ons_code);
			if (a.other_codes) this.byCode.set(a.other_codes, a.ons_code);
			(a.valid_to ? this.abolishedNames : this.currentNames).set(nameKey(a.name), a.ons_code);
		}
	}

	byOnsCode(code: string): string | undefined {
		return this.byCode.get(code);
	}

	/**
	 * Matches a name as spelled in a release. Older releases list since-abolished councils among their
	 * current ones (Cumbria in 2023), so both lists are searched; `formerFirst` for the tables of former
	 * LAs, where "Dorset" is the county council, not today's unitary.
	 */
	byName(name: string, formerFirst = false): string | undefined {
		const key = nameKey(name);
		const [first, second] = formerFirst ? [this.abolishedNames, this.currentNames] : [this.currentNames, this.abolishedNames];
		return first.get(key) ?? second.get(key);
	}
}
