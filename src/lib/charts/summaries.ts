/** Plain-language sentences for charts: the text alternative each chart carries. */
import type { AreaAtInspectionRow, GradeShareRow, InadequateSpell, IndicatorByGradeRow, IndicatorPoint, InspectionOfRow, MoverRow, TransitionRow } from '../data/queries';
import { median } from 'd3';
import type { SurvivalCurve } from '../data/survival';
import { GRADES, JUDGEMENTS, type Grade } from '../data/schema';
import { formatDay, formatMonth, formatShare } from '../format';

const article = (grade: Grade) => grade.toLowerCase();

/** Shares for one month of a grade-share series. */
export function sharesOn(rows: GradeShareRow[], asAt: string) {
	const month = rows.filter((r) => r.as_at === asAt);
	const graded = month.filter((r) => r.share !== null);
	const share = (grade: Grade) => graded.find((r) => r.grade === grade)?.share ?? 0;
	return {
		graded: graded.reduce((sum, r) => sum + r.authorities, 0),
		total: month.reduce((sum, r) => sum + r.authorities, 0),
		goodOrBetter: share('Outstanding') + share('Good'),
		share
	};
}

export function summariseShares(rows: GradeShareRow[], asAt: string, area: string): string {
	const now = sharesOn(rows, asAt);
	if (now.graded === 0) return `As at ${formatDay(asAt)}, no authority in ${area} had been inspected under SIF or ILACS.`;
	let text =
		`As at ${formatDay(asAt)}, ${formatShare(now.goodOrBetter)} of the ${now.graded} local authorities in ${area} ` +
		`with a grade were judged good or outstanding, and ${formatShare(now.share('Inadequate'))} inadequate ` +
		`(${GRADES.map((g) => `${g} ${formatShare(now.share(g))}`).join(', ')}).`;
	const fiveYearsEarlier = `${Number(asAt.slice(0, 4)) - 5}${asAt.slice(4)}`;
	const then = sharesOn(rows, fiveYearsEarlier);
	if (then.graded > 0) {
		text += ` Five years earlier, as at ${formatDay(fiveYearsEarlier)}, it was ${formatShare(then.goodOrBetter)} good or outstanding of ${then.graded}.`;
	}
	return text;
}

/** "Coventry was judged inadequate in March 2014, requires improvement in June 2017 and good in June 2022." */
export function summariseJourney(name: string, inspections: InspectionOfRow[], abolishedOn: string | null): string {
	if (inspections.length === 0) {
		return `${name} has no graded SIF or ILACS inspection in the published data${abolishedOn ? ` before it was abolished on ${formatDay(abolishedOn)}` : ' yet'}.`;
	}
	const steps = inspections.map((i) => `${article(i.overall_effectiveness)} in ${formatMonth(i.judged_on)}`);
	const list = steps.length === 1 ? steps[0] : `${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`;
	const first = inspections[0].overall_effectiveness;
	const last = inspections.at(-1)!.overall_effectiveness;
	const change =
		inspections.length < 2
			? ''
			: GRADES.indexOf(last) < GRADES.indexOf(first)
				? ` Overall, it has improved from ${article(first)} to ${article(last)}.`
				: GRADES.indexOf(last) > GRADES.indexOf(first)
					? ` Overall, it has declined from ${article(first)} to ${article(last)}.`
					: ` Its latest grade is the same as its first.`;
	return `${name} was judged ${list} for overall effectiveness.${change}`;
}

/**
 * One sentence per inspection: the authority's grade against its region and England on that date,
 * with how many authorities were graded then (early in SIF, only a handful).
 */
export function summariseAreas(name: string, inspections: InspectionOfRow[], areas: AreaAtInspectionRow[]): string[] {
	return inspections.map((inspection) => {
		const at = areas.filter((a) => a.inspection_id === inspection.inspection_id);
		const describe = (area: string) => {
			const rows = at.filter((a) => a.area === area);
			const graded = rows.reduce((sum, a) => sum + a.authorities, 0);
			const good = rows.filter((a) => a.grade === 'Good' || a.grade === 'Outstanding').reduce((sum, a) => sum + a.authorities, 0);
			return `${area} ${good} of ${graded} graded good or outstanding (${formatShare(graded ? good / graded : null)})`;
		};
		const region = at.find((a) => a.area !== 'England')?.area;
		return `${formatMonth(inspection.judged_on)}: ${name} ${article(inspection.overall_effectiveness)}; ${region ? `${describe(region)}; ` : ''}${describe('England')}.`;
	});
}

/** "At its latest inspection (ILACS standard, June 2022) … help and protection good, …" */
export function summariseLatestJudgements(name: string, inspections: InspectionOfRow[]): string {
	const latest = inspections.at(-1);
	if (!latest) return `${name} has no graded inspection to chart.`;
	const parts = JUDGEMENTS.filter((j) => j.key !== 'overall_effectiveness' && latest[j.key]).map(
		(j) => `${j.label.replace(/ \(.*\)$/, '').toLowerCase()} ${article(latest[j.key]!)}`
	);
	return `At its latest inspection (${latest.inspection_type}, ${formatMonth(latest.judged_on)}) ${name} was judged ${article(latest.overall_effectiveness)} overall${parts.length ? `: ${parts.join(', ')}` : ''}. The chart marks each judgement at each inspection.`;
}

const countOf = (rows: TransitionRow[], keep: (r: TransitionRow) => boolean) => rows.filter(keep).reduce((sum, r) => sum + r.pairs, 0);

/** "Of 286 pairs of consecutive inspections, 99 (35%) moved to a better grade and 45 (16%) to a worse one. …" */
export function summariseTransitions(rows: TransitionRow[], what: string): string {
	const total = countOf(rows, () => true);
	if (total === 0) return `No ${what} match these filters.`;
	const better = countOf(rows, (r) => r.to_rank < r.from_rank);
	const worse = countOf(rows, (r) => r.to_rank > r.from_rank);
	const fromInadequate = countOf(rows, (r) => r.from_grade === 'Inadequate');
	const leftInadequate = countOf(rows, (r) => r.from_grade === 'Inadequate' && r.to_rank < 4);
	return (
		`Of ${total} ${what}, ${better} (${formatShare(better / total)}) moved to a better grade, ${worse} (${formatShare(worse / total)}) to a worse one ` +
		`and ${total - better - worse} (${formatShare((total - better - worse) / total)}) stayed the same.` +
		(fromInadequate ? ` After an inadequate judgement, ${leftInadequate} of ${fromInadequate} (${formatShare(leftInadequate / fromInadequate)}) were better.` : '')
	);
}

/** Spells, how many ended, the median with its interval, and the marked authority's own spell. */
export function summariseSurvival(curve: SurvivalCurve, area: string, asAt: string, marked: InadequateSpell | null): string {
	if (curve.observations === 0) return `No authority in ${area} was judged inadequate by ${formatDay(asAt)}.`;
	const months = (m: number | null) => (m === null ? 'not yet reached' : `${Math.round(m)} months`);
	let text =
		`${area}: of ${curve.observations} spells of inadequate begun by ${formatDay(asAt)}, ${curve.events} had ended with a better grade. ` +
		(curve.median === null
			? 'Fewer than half had ended, so there is no median yet.'
			: `Half had ended within ${months(curve.median)} (95% interval ${months(curve.medianLower)} to ${months(curve.medianUpper)}).`);
	if (marked) {
		text += marked.left
			? ` ${marked.name}’s spell from ${formatMonth(marked.start)} ended after ${Math.round(marked.months)} months, when it was judged ${marked.end_grade!.toLowerCase()} (${formatMonth(marked.end)}).`
			: ` ${marked.name} has been inadequate since ${formatMonth(marked.start)}: ${Math.round(marked.months)} months by ${formatDay(marked.end)}.`;
	}
	return text;
}

export function summariseMovers(rows: MoverRow[], from: string, to: string, area: string): string {
	const up = rows.filter((r) => r.change > 0).length;
	const down = rows.filter((r) => r.change < 0).length;
	const biggest = rows[0];
	return (
		`Between ${formatDay(from)} and ${formatDay(to)}, ${up} of the ${rows.length} authorities in ${area} graded at both dates had a better latest grade and ${down} a worse one.` +
		(biggest && biggest.change !== 0 ? ` The biggest move: ${biggest.name}, ${biggest.from_grade.toLowerCase()} to ${biggest.to_grade.toLowerCase()}.` : '')
	);
}

/** "Coventry: 82 per 10,000 in 2025 (West Midlands 88, England 70)." with the release of the authority's value. */
export function summariseIndicator(label: string, unit: string, lines: { label: string; emphasis: string; points: IndicatorPoint[] }[]): string {
	const primary = lines.find((l) => l.emphasis === 'primary');
	const last = primary?.points.filter((p) => p.value !== null).at(-1);
	if (!primary || !last) return `No published values of “${label}” for this selection.`;
	const others = lines
		.filter((l) => l !== primary && l.emphasis !== 'muted')
		.map((l) => [l.label, l.points.find((p) => p.period === last.period)?.value] as const)
		.filter(([, v]) => v !== undefined && v !== null);
	const first = primary.points.find((p) => p.value !== null)!;
	return (
		`${label}: ${primary.label} ${last.value} ${unit} in ${last.period}` +
		(others.length ? ` (${others.map(([name, v]) => `${name} ${v}`).join(', ')})` : '') +
		(first.period !== last.period ? `, against ${first.value} in ${first.period}.` : '.') +
		` The ${last.period} figure is from ${last.release}.`
	);
}

/** Medians of an indicator by grade: "Median among good authorities 62, among inadequate 85." */
export function summariseDistribution(label: string, rows: IndicatorByGradeRow[], asAt: string): string {
	const medians = GRADES.map((g) => {
		const values = rows.filter((r) => r.grade === g).map((r) => r.value);
		return values.length ? `${g.toLowerCase()} ${Math.round(median(values)! * 10) / 10} (${values.length})` : null;
	}).filter(Boolean);
	if (rows.length === 0) return `No published values of “${label}” for a year ending by ${formatDay(asAt)}.`;
	return `${label} in ${rows[0].period}, by each authority’s latest grade as at ${formatDay(asAt)}. Median among authorities judged ${medians.join('; ')}. Descriptive only: a grade and a figure from the same year are not cause and effect.`;
}
