/**
 * The `indicators` table: context figures for each authority, region and England, one row per
 * area, indicator, year and release, exactly as each release published them (revised values are
 * kept side by side, never merged). Suppression codes become a NULL value with the code kept.
 */
import { LAIT_MEASURE, SUPPRESSION, type IndicatorKey } from '../../src/lib/data/indicators';
import type { AuthorityIndex } from './authorities';
import { readSource, type SourceRow } from './source';

/** One published value (the site's `indicators` view adds its unit, release title and file). */
export interface IndicatorRow {
	ons_code: string;
	indicator: IndicatorKey;
	period: number;
	value: number | null;
	suppression: string | null;
	release: string;
	source_row: number;
}

/** One DfE (Explore Education Statistics) file: which rows and columns hold which indicator. */
interface TidySource {
	/** Short id of this file's release, e.g. cla-2025. */
	id: string;
	file: string;
	/** Where the file was downloaded (DfE's CSC outcomes dashboard keeps each release's file at a commit). */
	url: string;
	release: string;
	/** Orders releases: the newest is shown by default. */
	releaseYear: number;
	/** Rows to read, when a file holds several categories. */
	only?: { column: string; value: string };
	measures: Partial<Record<IndicatorKey, string>>;
}

const dashboard = (commit: string, path: string) => `https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/${commit}/${path}`;
const DASHBOARD_2025 = '2f5d11a431050523dab58810083259d3313029ae';

const TIDY: TidySource[] = [
	{
		id: 'cin-2024',
		file: 'dfe/b1_children_in_need_2013_to_2024.csv',
		url: dashboard('c2f53b02', 'data/b1_children_in_need_2013_to_2024.csv'),
		release: 'Characteristics of children in need 2024 (DfE)',
		releaseYear: 2024,
		measures: { cin_rate: 'At31_episodes_rate', cin_count: 'At31_episodes' }
	},
	{
		id: 'cin-2025',
		file: 'dfe/b1_children_in_need_2013_to_2025.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/b1_children_in_need_2013_to_2025.csv'),
		release: 'Characteristics of children in need 2025 (DfE)',
		releaseYear: 2025,
		measures: { cin_count: 'At31_episodes' }
	},
	{
		id: 'cin-referrals-2025',
		file: 'dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'),
		release: 'Characteristics of children in need 2025 (DfE)',
		releaseYear: 2025,
		measures: { referrals: 'referral_count', rereferral_rate: 'rereferral_percent' }
	},
	{
		id: 'cin-cpp-2025',
		file: 'dfe/d5_cpps_at31march_by_duration_2013_to_2025.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/d5_cpps_at31march_by_duration_2013_to_2025.csv'),
		release: 'Characteristics of children in need 2025 (DfE)',
		releaseYear: 2025,
		measures: { cpp_count: 'CPP_At31' }
	},
	{
		id: 'cla-2023',
		file: 'dfe/cla_number_and_rate_per_10k_children_2019_to_2023.csv',
		url: dashboard('53092368', 'data/cla_number_and_rate_per_10k_children.csv'),
		release: 'Children looked after in England 2023 (DfE)',
		releaseYear: 2023,
		// This release's header names the category column "population_count".
		only: { column: 'population_count', value: 'Children looked after at 31 March each year' },
		measures: { cla_count: 'number', cla_rate: 'rate_per_10000' }
	},
	{
		id: 'cla-2024',
		file: 'dfe/cla_number_and_rate_per_10k_children_2020_to_2024.csv',
		url: dashboard('c2f53b02', 'data/cla_number_and_rate_per_10k_children.csv'),
		release: 'Children looked after in England 2024 (DfE)',
		releaseYear: 2024,
		only: { column: 'population_count', value: 'Children looked after at 31 March each year' },
		measures: { cla_count: 'number', cla_rate: 'rate_per_10000' }
	},
	{
		id: 'cla-2025',
		file: 'dfe/cla_number_and_rate_per_10k_children_2021_to_2025.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/cla_number_and_rate_per_10k_children.csv'),
		release: 'Children looked after in England 2025 (DfE)',
		releaseYear: 2025,
		only: { column: 'population_type', value: 'Children looked after on 31 March each year' },
		measures: { cla_count: 'children_count', cla_rate: 'rate_per_10000' }
	},
	{
		id: 'csww-2025',
		file: 'dfe/csww_indicators_2017_to_2025.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/csww_indicators_2017_to_2025.csv'),
		release: 'Children’s social work workforce 2025 (DfE)',
		releaseYear: 2025,
		measures: { sw_turnover: 'turnover_rate_fte', sw_vacancy: 'vacancy_rate_fte', sw_agency: 'agency_rate_fte', sw_caseload: 'caseload_fte' }
	},
	{
		id: 'ons-population-2024',
		file: 'dfe/ons_mid-year_population_estimates_2012_to_2024.csv',
		url: dashboard(DASHBOARD_2025, 'data-raw/ons_mid-year_population_estimates_2012_to_2024.csv'),
		release: 'ONS mid-year population estimates 2012–2024 (DfE tidy data)',
		releaseYear: 2024,
		measures: { child_population: 'population_estimate' }
	}
];

/** The DfE files read, in order. */
export const INDICATOR_FILES = TIDY.map((s) => s.file);

/** DfE's Local Authority Interactive Tool: the only source here for some years (e.g. CLA and CPP rates 2016–2018). */
export const LAIT = {
	id: 'lait-2026-04',
	file: 'lait/lait_bds_long_csc_extract.csv',
	url: 'https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/2e30e3959a6ab8b2d22941b84764da41a40ac91b/01_data/02_prod/bds_long_0.parquet',
	release: 'Local Authority Interactive Tool (DfE), data of April 2026',
	// A compilation of the releases above: ranked below them, so it fills only the years they lack.
	releaseYear: 0,
	/** LAIT short name → indicator, for the indicators whose values LAIT fills (its counts are not read: the releases have every year of them). */
	measures: Object.fromEntries(
		(['cin_rate', 'cpp_rate', 'cla_rate', 'sw_turnover', 'sw_vacancy', 'sw_agency', 'sw_caseload'] as const).map((key) => [LAIT_MEASURE[key], key])
	) as Record<string, IndicatorKey>
};

/** A numeric cell, or a suppression code; anything else stops the import. */
function measure(row: SourceRow, column: string): { value: number | null; suppression: string | null } {
	const text = row.text(column);
	if (Object.hasOwn(SUPPRESSION, text)) return { value: null, suppression: text };
	const value = Number(text);
	if (text === '' || !Number.isFinite(value)) {
		throw row.error(column, `"${text}" is neither a number nor a suppression code (${Object.keys(SUPPRESSION).join(', ')})`);
	}
	// Values are stored as text with float artefacts (67.099999999999994): keep what was meant.
	return { value: Number(value.toPrecision(12)), suppression: null };
}

function year(row: SourceRow, column: string): number {
	const text = row.text(column);
	if (!/^(19|20)\d{2}$/.test(text)) throw row.error(column, `"${text}" is not a year`);
	return Number(text);
}

/** The releases the indicator values come from, newest first: the order in which a year's value is chosen. */
export const INDICATOR_RELEASES = [...TIDY, LAIT].sort((a, b) => b.releaseYear - a.releaseYear || a.id.localeCompare(b.id));

export function importIndicators(from: string, index: AuthorityIndex): IndicatorRow[] {
	const rows: IndicatorRow[] = [];
	const regionCodes = new Map<string, string>();
	// One value per area, indicator, year and release: a repeated row would count twice.
	const seen = new Map<string, number>();
	/** Authority, indicator and year of each figure a release published for two authorities together. */
	const publishedJointly = new Set<string>();
	const add = (row: SourceRow, code: string, indicator: IndicatorKey, period: number, column: string, release: string) => {
		const key = `${code} ${indicator} ${period} ${release}`;
		const first = seen.get(key);
		if (first !== undefined) throw row.error(column, `${indicator} for ${code} in ${period} is given twice: here and in row ${first}; remove one of them`);
		seen.set(key, row.row);
		rows.push({ ons_code: code, indicator, period, ...measure(row, column), release, source_row: row.row });
	};

	for (const source of TIDY) {
		for (const row of readSource(from, source.file)) {
			if (source.only && row.text(source.only.column) !== source.only.value) continue;
			const level = row.text('geographic_level');
			let code: string | undefined;
			if (level === 'National') code = row.text('country_code');
			else if (level === 'Regional') {
				code = row.text('region_code');
				regionCodes.set(row.text('region_name').toLowerCase(), code);
			} else if (level === 'Local authority') {
				// Workforce figures published jointly for two authorities sharing one provider
				// ("E09000021 / E09000027": Kingston and Richmond) belong to neither alone; nor does
				// LAIT's copy of them under each name, so LAIT is not read for those years either.
				if (row.text('new_la_code').includes(' / ')) {
					for (const joint of row.text('new_la_code').split(' / ')) {
						for (const indicator of Object.keys(source.measures)) publishedJointly.add(`${index.byOnsCode(joint)} ${indicator} ${year(row, 'time_period')}`);
					}
					continue;
				}
				code = index.byOnsCode(row.text('new_la_code'));
				if (!code) throw row.error('new_la_code', `unknown local authority code "${row.text('new_la_code')}"`);
			} else continue;
			for (const [indicator, column] of Object.entries(source.measures)) {
				add(row, code, indicator as IndicatorKey, year(row, 'time_period'), column, source.id);
			}
		}
	}

	const byDfeCode = new Map(index.authorities.map((a) => [a.dfe_code, a.ons_code]));
	// LAIT's region rows use names; its London halves are DfE's Inner and Outer London.
	const laitRegion = (name: string) =>
		name === 'England' ? 'E92000001' : regionCodes.get(name.toLowerCase().replace(/^london \((inner|outer)\)$/, '$1 london'));
	for (const row of readSource(from, LAIT.file)) {
		const indicator = LAIT.measures[row.text('Short Desc')];
		if (!indicator || row.text('Values') === '-') continue; // '-': LAIT has no value for that year
		const isRegion = row.text('Region') === 'NA';
		const code = isRegion ? laitRegion(row.text('LA and Regions')) : byDfeCode.get(row.text('LA Number'));
		if (!code) throw row.error(isRegion ? 'LA and Regions' : 'LA Number', `unknown area "${row.text('LA and Regions')}" (${row.text('LA Number')})`);
		if (publishedJointly.has(`${code} ${indicator} ${year(row, 'Years')}`)) continue;
		add(row, code, indicator, year(row, 'Years'), 'Values', LAIT.id);
	}

	const order = new Map(INDICATOR_RELEASES.map((r, i) => [r.id, i]));
	return rows.sort(
		(a, b) => a.indicator.localeCompare(b.indicator) || a.ons_code.localeCompare(b.ons_code) || a.period - b.period || order.get(a.release)! - order.get(b.release)! || a.source_row - b.source_row
	);
}
