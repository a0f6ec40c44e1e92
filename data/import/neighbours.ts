/** The `statistical_neighbours` table: DfE's children's services statistical neighbour model (2025). */
import type { StatisticalNeighbour } from '../../src/lib/data/schema';
import type { AuthorityIndex } from './authorities';
import { readSource, type SourceRow } from './source';

export const FILE = 'dfe/sn_model_2025_wide.csv';

export function importNeighbours(from: string, index: AuthorityIndex): StatisticalNeighbour[] {
	const byDfeCode = new Map(index.authorities.filter((a) => !a.valid_to).map((a) => [a.dfe_code, a.ons_code]));
	const lookup = (row: SourceRow, column: string) => {
		const dfeCode = row.text(column);
		const code = byDfeCode.get(dfeCode);
		if (!code) throw row.error(column, `unknown DfE local authority code "${dfeCode}"`);
		return code;
	};
	const neighbours: StatisticalNeighbour[] = [];
	for (const row of readSource(from, FILE)) {
		const code = lookup(row, 'old_la_code');
		for (let rank = 1; rank <= 10; rank++) {
			neighbours.push({
				ons_code: code,
				neighbour_code: lookup(row, `SN_${rank}`),
				rank,
				closeness: row.text(`SN_${rank}P`)
			});
		}
	}
	return neighbours.sort((a, b) => a.ons_code.localeCompare(b.ons_code) || a.rank - b.rank);
}
