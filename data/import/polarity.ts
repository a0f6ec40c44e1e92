/**
 * The `indicator_polarity` table: which direction of each context indicator DfE calls better, as
 * LAIT's data dictionary states it (`Polarity`: Low, High, or "-"/NA for none). Only which LAIT
 * measure is ours is written here; the direction is always read from the dictionary.
 */
import { INDICATOR_KEYS, LAIT_MEASURE, type IndicatorKey } from '../../src/lib/data/indicators';
import { readSource } from './source';

export const DICTIONARY = 'lait/lait_data_dictionary.csv';

export interface PolarityRow {
	indicator: IndicatorKey;
	/** LAIT's short name of the same measure, null where LAIT has none. */
	lait_measure: string | null;
	lait_measure_name: string | null;
	/** 'Low' or 'High' is better; null where DfE states no direction (or has no such measure). */
	polarity: 'Low' | 'High' | null;
	source_row: number | null;
}

const NO_DIRECTION = new Set(['-', 'NA', '']);

export function importPolarity(from: string): PolarityRow[] {
	const rows = readSource(from, DICTIONARY);
	return INDICATOR_KEYS.map((indicator) => {
		const measure = LAIT_MEASURE[indicator];
		if (!measure) return { indicator, lait_measure: null, lait_measure_name: null, polarity: null, source_row: null };
		const matches = rows.filter((row) => row.text('Measure_short') === measure);
		if (matches.length !== 1) {
			throw (matches[1] ?? rows[0]).error('Measure_short', `LAIT's dictionary should have one measure "${measure}" (for ${indicator}) and has ${matches.length}; check the file is LAIT's data dictionary`);
		}
		const [row] = matches;
		const stated = row.text('Polarity');
		if (stated !== 'Low' && stated !== 'High' && !NO_DIRECTION.has(stated)) {
			throw row.error('Polarity', `"${stated}" is not a polarity LAIT uses (Low, High, - or NA)`);
		}
		return {
			indicator,
			lait_measure: measure,
			lait_measure_name: row.text('Measure'),
			polarity: stated === 'Low' || stated === 'High' ? stated : null,
			source_row: row.row
		};
	});
}
