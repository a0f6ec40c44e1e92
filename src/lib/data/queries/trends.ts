/** Moves between grades, spells of inadequate and the biggest movers. */
import type { Grade } from '../schema';
import { defineQuery, pick } from './define';

/** Graded inspections with their authority's previous one: the pairs transitions and spells are made of. */
const SEQUENCE = `
	SELECT i.ons_code, a.name, a.region, a.valid_to, i.inspection_id, i.framework, i.inspection_type, i.overall_effectiveness AS grade, g.grade_rank,
	       coalesce(i.inspection_date, i.publication_date) AS judged_on,
	       lag(i.overall_effectiveness) OVER w AS previous_grade,
	       lag(g.grade_rank) OVER w AS previous_rank,
	       lag(i.framework) OVER w AS previous_framework,
	       lag(coalesce(i.inspection_date, i.publication_date)) OVER w AS previous_judged_on,
	       row_number() OVER w AS sequence
	FROM inspections i JOIN authorities a USING (ons_code) JOIN grades g ON g.grade = i.overall_effectiveness
	WINDOW w AS (PARTITION BY i.ons_code ORDER BY coalesce(i.inspection_date, i.publication_date))`;

/**
 * Which pairs of judgements: every consecutive pair; each authority's first SIF against its latest
 * grade; or, for authorities inspected more than once under ILACS, the first ILACS against the latest.
 */
export const TRANSITION_KINDS = ['consecutive', 'first-sif-to-latest', 'first-ilacs-to-latest-ilacs'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];
/** Which consecutive pairs: any, SIF re-inspections, SIF → first ILACS, ILACS → ILACS. */
export const TRANSITION_FRAMEWORKS = ['all', 'SIF-SIF', 'SIF-ILACS', 'ILACS-ILACS'] as const;
export type TransitionFrameworks = (typeof TRANSITION_FRAMEWORKS)[number];

/** One authority's move in a cell of the matrix. */
export interface TransitionPair {
	ons_code: string;
	name: string;
	from_date: string;
	to_date: string;
}

export interface TransitionRow {
	from_grade: Grade;
	to_grade: Grade;
	from_rank: number;
	to_rank: number;
	pairs: number;
	/** Share of the pairs starting from `from_grade`, 0–1. */
	share: number;
	authorities: TransitionPair[];
}

export interface TransitionArgs {
	kind: TransitionKind;
	as_at: string;
	/** Only for consecutive pairs. */
	frameworks: TransitionFrameworks;
	region: string | null;
}

/** Moves between overall grades among judgements made by `as_at` (each pair counted once). */
export const transitions = defineQuery<TransitionArgs, TransitionRow>({
	name: 'transitions',
	sql: (a) => `
		WITH sequence AS (${SEQUENCE}),
		ilacs AS (
			SELECT *, row_number() OVER (PARTITION BY ons_code ORDER BY judged_on) AS nth, count(*) OVER (PARTITION BY ons_code) AS total
			FROM sequence WHERE framework = 'ILACS' AND judged_on <= CAST($as_at AS DATE)
		),
		pairs AS (${pick(
			{
				consecutive: `
					SELECT ons_code, name, region, previous_grade AS from_grade, previous_rank AS from_rank, grade AS to_grade, grade_rank AS to_rank,
					       previous_judged_on AS from_date, judged_on AS to_date
					FROM sequence
					WHERE previous_grade IS NOT NULL AND judged_on <= CAST($as_at AS DATE)
					  AND (CAST($from_framework AS VARCHAR) IS NULL OR (previous_framework = $from_framework AND framework = $to_framework))`,
				'first-sif-to-latest': `
					SELECT s.ons_code, s.name, s.region, s.grade AS from_grade, s.grade_rank AS from_rank, l.overall_effectiveness AS to_grade, l.grade_rank AS to_rank,
					       s.judged_on AS from_date, l.judged_on AS to_date
					FROM sequence s JOIN latest_grades(CAST($as_at AS DATE)) l USING (ons_code)
					WHERE s.sequence = 1 AND s.framework = 'SIF' AND s.judged_on <= CAST($as_at AS DATE)`,
				'first-ilacs-to-latest-ilacs': `
					SELECT f.ons_code, f.name, f.region, f.grade AS from_grade, f.grade_rank AS from_rank, l.grade AS to_grade, l.grade_rank AS to_rank,
					       f.judged_on AS from_date, l.judged_on AS to_date
					FROM ilacs f JOIN ilacs l USING (ons_code)
					WHERE f.nth = 1 AND l.nth = l.total AND l.total > 1`
			},
			a.kind
		)})
		SELECT from_grade, to_grade, from_rank, to_rank, CAST(count(*) AS INTEGER) AS pairs,
		       count(*) / sum(count(*)) OVER (PARTITION BY from_grade) AS share,
		       list({'ons_code': ons_code, 'name': name, 'from_date': CAST(from_date AS VARCHAR), 'to_date': CAST(to_date AS VARCHAR)} ORDER BY name, from_date) AS authorities
		FROM pairs WHERE CAST($region AS VARCHAR) IS NULL OR region = $region
		GROUP BY from_grade, to_grade, from_rank, to_rank ORDER BY from_rank, to_rank`,
	params: (a) => {
		const [from, to] = a.kind === 'consecutive' && a.frameworks !== 'all' ? a.frameworks.split('-') : [null, null];
		return { as_at: a.as_at, region: a.region, ...(a.kind === 'consecutive' ? { from_framework: from, to_framework: to } : {}) };
	},
	samples: [
		{ kind: 'consecutive', as_at: '2025-03-31', frameworks: 'all', region: null },
		{ kind: 'consecutive', as_at: '2025-03-31', frameworks: 'SIF-ILACS', region: 'London' },
		{ kind: 'first-sif-to-latest', as_at: '2025-03-31', frameworks: 'all', region: null },
		{ kind: 'first-ilacs-to-latest-ilacs', as_at: '2024-03-31', frameworks: 'all', region: null }
	]
});

export interface InadequateSpell {
	ons_code: string;
	name: string;
	region: string;
	/** The inadequate judgement that began the spell. */
	start: string;
	/** The next better judgement, or the censoring date (as-at date, or abolition). */
	end: string;
	/** True when the spell ended with a better grade; false when censored. */
	left: boolean;
	end_grade: Grade | null;
	months: number;
}

/**
 * Spells of inadequate: from each inadequate overall judgement that follows a better one (or none)
 * to the next better judgement; censored at `as_at`, or at abolition for councils abolished first.
 * Months are days / (365.25 / 12).
 */
export const inadequateSpells = defineQuery<{ as_at: string }, InadequateSpell>({
	name: 'inadequateSpells',
	sql: `
		WITH sequence AS (${SEQUENCE}),
		starts AS (
			SELECT * FROM sequence
			WHERE grade = 'Inadequate' AND coalesce(previous_grade, '') <> 'Inadequate' AND judged_on <= CAST($as_at AS DATE)
		),
		spells AS (
			SELECT s.ons_code, s.name, s.region, s.judged_on AS start,
			       (SELECT min(n.judged_on) FROM sequence n WHERE n.ons_code = s.ons_code AND n.judged_on > s.judged_on
			          AND n.grade_rank < 4 AND n.judged_on <= CAST($as_at AS DATE)) AS better_on,
			       least(CAST($as_at AS DATE), coalesce(s.valid_to, CAST($as_at AS DATE))) AS censor_on
			FROM starts s
		)
		SELECT sp.ons_code, sp.name, sp.region, CAST(sp.start AS VARCHAR) AS start,
		       CAST(coalesce(sp.better_on, sp.censor_on) AS VARCHAR) AS "end",
		       sp.better_on IS NOT NULL AS "left",
		       (SELECT grade FROM sequence n WHERE n.ons_code = sp.ons_code AND n.judged_on = sp.better_on) AS end_grade,
		       date_diff('day', sp.start, coalesce(sp.better_on, sp.censor_on)) / (365.25 / 12) AS months
		FROM spells sp
		ORDER BY sp.name, sp.start`,
	params: (a) => ({ as_at: a.as_at }),
	samples: [{ as_at: '2025-03-31' }, { as_at: '2018-03-31' }]
});

export interface MoverRow {
	ons_code: string;
	name: string;
	region: string;
	from_grade: Grade;
	to_grade: Grade;
	/** Grade steps gained: positive is better (Inadequate → Good is +2). */
	change: number;
}

/** Each authority's latest grade at `from` against its latest grade at `to`, biggest changes first. */
export const movers = defineQuery<{ from: string; to: string; published_by: string; region: string | null }, MoverRow>({
	name: 'movers',
	sql: `
		SELECT b.ons_code, b.name, b.region, a.overall_effectiveness AS from_grade, b.overall_effectiveness AS to_grade,
		       CAST(a.grade_rank - b.grade_rank AS INTEGER) AS change
		FROM latest_grades(CAST($from AS DATE), published_by := CAST($published_by AS DATE)) a
		JOIN latest_grades(CAST($to AS DATE), published_by := CAST($published_by AS DATE)) b USING (ons_code)
		WHERE a.grade_rank IS NOT NULL AND b.grade_rank IS NOT NULL AND (CAST($region AS VARCHAR) IS NULL OR b.region = $region)
		ORDER BY abs(a.grade_rank - b.grade_rank) DESC, change DESC, b.name`,
	params: (a) => ({ from: a.from, to: a.to, published_by: a.published_by, region: a.region }),
	samples: [
		{ from: '2019-03-31', to: '2025-03-31', published_by: '2025-06-30', region: null },
		{ from: '2016-03-31', to: '2019-03-31', published_by: '2025-06-30', region: 'North West' }
	]
});
