/** Comparison sets: an authority's DfE statistical neighbours, its region, or those with its first SIF grade. */
import { defineQuery, pick } from './define';

export const COMPARISON_PRESETS = ['neighbours', 'region', 'first-sif-grade'] as const;
export type ComparisonPreset = (typeof COMPARISON_PRESETS)[number];

/** The authority itself first, then the authorities to compare it with. */
export const presetCodes = defineQuery<{ preset: ComparisonPreset; ons_code: string }, { ons_code: string }>({
	name: 'presetCodes',
	sql: (a) => `
		WITH others AS (${pick(
			{
				neighbours: `SELECT neighbour_code AS ons_code, rank AS position FROM statistical_neighbours WHERE ons_code = $ons_code`,
				region: `SELECT ons_code, row_number() OVER (ORDER BY name) AS position FROM authorities
					WHERE valid_to IS NULL AND ons_code <> $ons_code AND region = (SELECT region FROM authorities WHERE ons_code = $ons_code)`,
				'first-sif-grade': `
					WITH first AS (
						SELECT ons_code, overall_effectiveness FROM inspections WHERE framework = 'SIF'
						QUALIFY row_number() OVER (PARTITION BY ons_code ORDER BY publication_date) = 1
					)
					SELECT f.ons_code, row_number() OVER (ORDER BY a.name) AS position FROM first f JOIN authorities a USING (ons_code)
					WHERE f.ons_code <> $ons_code AND f.overall_effectiveness = (SELECT overall_effectiveness FROM first WHERE ons_code = $ons_code)`
			},
			a.preset
		)})
		SELECT ons_code FROM (SELECT CAST($ons_code AS VARCHAR) AS ons_code, 0 AS position UNION ALL SELECT ons_code, position FROM others)
		ORDER BY position`,
	params: (a) => ({ ons_code: a.ons_code }),
	samples: COMPARISON_PRESETS.map((preset) => ({ preset, ons_code: 'E08000026' }))
});

export interface NeighbourRow {
	ons_code: string;
	name: string;
	closeness: string;
}

/** An authority's DfE statistical neighbours, closest first. */
export const neighboursOf = defineQuery<{ ons_code: string }, NeighbourRow>({
	name: 'neighboursOf',
	sql: `
		SELECT n.neighbour_code AS ons_code, a.name, n.closeness
		FROM statistical_neighbours n JOIN authorities a ON a.ons_code = n.neighbour_code
		WHERE n.ons_code = $ons_code ORDER BY n.rank`,
	params: (a) => ({ ons_code: a.ons_code }),
	samples: [{ ons_code: 'E08000026' }]
});
