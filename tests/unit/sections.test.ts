/**
 * Every section renders on its own, from only its parameters and its rows (as an embed page will
 * use it), with no JavaScript: its heading, controls showing its parameters' values, its chart, its
 * summary and its data table, and nothing of the page around it.
 */
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { INDICATOR_KEYS } from '../../src/lib/data/indicators';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { knownCode, monthEndWithin, oneOf, onOff } from '../../src/lib/live/kinds';
import { Param } from '../../src/lib/live/param.svelte';
import { LiveQuery } from '../../src/lib/live/query.svelte';
import AreasSection from '../../src/lib/sections/AreasSection.svelte';
import DistributionSection from '../../src/lib/sections/DistributionSection.svelte';
import GradeMapSection, { mapViewParam } from '../../src/lib/sections/GradeMapSection.svelte';
import GradeShareSection from '../../src/lib/sections/GradeShareSection.svelte';
import NationalHeadline from '../../src/lib/sections/NationalHeadline.svelte';
import GradesAtReviewsSection from '../../src/lib/sections/GradesAtReviewsSection.svelte';
import IndicatorSection from '../../src/lib/sections/IndicatorSection.svelte';
import JourneySection from '../../src/lib/sections/JourneySection.svelte';
import JourneysSection from '../../src/lib/sections/JourneysSection.svelte';
import MoversSection from '../../src/lib/sections/MoversSection.svelte';
import ReviewsByYearSection from '../../src/lib/sections/ReviewsByYearSection.svelte';
import SurvivalSection from '../../src/lib/sections/SurvivalSection.svelte';
import TransitionsSection from '../../src/lib/sections/TransitionsSection.svelte';
import { queriesOn, siteDb } from '../shared';

const engine = await openNodeEngine(siteDb);
const q = queriesOn(engine);
afterAll(() => engine.close());
const [dates] = await q(queries.dataDates, {});
const end = '2025-03-31';
const published_by = dates.latest_publication;
const coventry = 'E08000026';
const axis = queries.timeAxis(dates);

/** A live query as a page makes it, on its prerendered rows. */
async function live<Args, RowType>(query: queries.Query<Args, RowType>, args: NoInfer<Args>) {
	return new LiveQuery({ query, args: () => args, initial: { args, rows: await q(query, args) }, describe: () => query.name });
}
const within = monthEndWithin(dates.first_publication, end);
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function alone<P extends object>(component: Component<P>, props: P): string {
	const { body } = render(component as unknown as Component<Record<string, unknown>>, { props: props as Record<string, unknown> });
	return body.replace(/<!--[\s\S]*?-->/g, '');
}

const inspections = await q(queries.inspectionsOf, { ons_code: coventry });
const cases: [string, () => Promise<string>, (string | RegExp)[]][] = [
	['GradeShareSection', async () => alone(GradeShareSection, { series: await live(queries.gradeShareOverTime, { from: '2014-03-31', to: end, published_by, region: 'London' }), asAt: end, source: 'Source.' }), ['Share of London authorities at each grade', /<svg[^>]*class=\"grade-share/]],
	['NationalHeadline', async () => alone(NationalHeadline, { latest: await live(queries.latestGradesAt, { as_at: '2019-08-31', published_by }), series: await live(queries.gradeShareOverTime, { from: '2014-03-31', to: end, published_by, region: 'London' }), source: 'Source.' }), ['London, as at 31 August 2019', 'Good or outstanding', '79%']],
	['GradeMapSection', async () => alone(GradeMapSection, { latest: await live(queries.latestGradesAt, { as_at: '2019-08-31', published_by }), region: 'London', mapCodes: [], hexes: await q(queries.hexLayout, {}), view: mapViewParam('hex'), source: 'Source.' }), ['Latest grades, as at 31 August 2019', /<svg[^>]*class="grade-map hex-map/, 'aria-label="Coventry: Requires improvement (SIF re-inspection, June 2017)"']],
	['JourneySection', async () => alone(JourneySection, { name: 'Coventry', inspections, reviews: await q(queries.caseReviews, { ons_code: coventry }), axis, source: 'Source.' }), ['Coventry: every judgement at every inspection', /<svg[^>]*class=\"journey/]],
	['JourneysSection', async () => alone(JourneysSection, { id: 'compare', heading: 'Journeys', title: 'Overall effectiveness over time', summary: 'Two.', authorities: [{ ons_code: coventry, name: 'Coventry' }, { ons_code: 'E06000015', name: 'Derby' }], rows: await q(queries.journeys, { codes: [coventry, 'E06000015'] }), axis, focus: coventry, source: 'Source.', described: 'Coventry and Derby' }), ['Overall effectiveness over time', /<svg[^>]*class=\"compare-journeys/]],
	['AreasSection', async () => alone(AreasSection, { name: 'Coventry', region: 'West Midlands', inspections, areas: await q(queries.areasAtInspections, { ons_code: coventry, published_by }), source: 'Source.' }), ['Against West Midlands and England', /<svg[^>]*class=\"area-comparison/]],
	['IndicatorSection', async () => alone(IndicatorSection, { id: 'context', indicator: new Param('indicator', 'sw_turnover', oneOf(INDICATOR_KEYS)), series: await live(queries.indicatorSeries, { indicator: 'sw_turnover', codes: [coventry] }), areas: [{ code: coventry, label: 'Coventry', emphasis: 'primary' as const }], start: axis.start, end: axis.end, intro: createRawSnippet(() => ({ render: () => '<p>Turnover in Coventry.</p>' })) }), ['Turnover in Coventry.', 'option value="sw_turnover" selected', 'turnover', /<svg[^>]*class=\"indicator-chart/]],
	['TransitionsSection', async () => alone(TransitionsSection, { transitions: await live(queries.transitions, { kind: 'consecutive', as_at: end, frameworks: 'SIF-SIF', region: null }), kind: new Param('pairs', 'consecutive', oneOf(queries.TRANSITION_KINDS)), frameworks: new Param('frameworks', 'SIF-SIF', oneOf(queries.TRANSITION_FRAMEWORKS)), source: 'Source.' }), ['Moves between overall grades, England, as at 31 March 2025', 'option value="SIF-SIF" selected', /<svg[^>]*class=\"transition-matrix/]],
	['SurvivalSection', async () => alone(SurvivalSection, { spells: await live(queries.inadequateSpells, { as_at: end }), neighbours: await live(queries.presetCodes, { preset: 'neighbours', ons_code: coventry }), mark: new Param('mark', coventry, knownCode([coventry])), withNeighbours: new Param('set', true, onOff), region: null, source: 'Source.' }), ['Coventry and neighbours', /<svg[^>]*class=\"survival/]],
	['MoversSection', async () => alone(MoversSection, { movers: await live(queries.movers, { from: '2016-03-31', to: '2019-03-31', published_by, region: null }), from: new Param('from', '2016-03-31', within), to: new Param('to', '2019-03-31', within), min: dates.first_publication, max: end, source: 'Source.' }), ['value="2016-03-31"', 'Latest grade at 31 March 2016 against 31 March 2019', /<svg[^>]*class=\"movers/]],
	['DistributionSection', async () => alone(DistributionSection, { distribution: await live(queries.indicatorByGrade, { indicator: 'cpp_rate', as_at: end, published_by }), indicator: new Param('indicator', 'cpp_rate', oneOf(INDICATOR_KEYS)), highlight: coventry }), ['Children on a child protection plan', /<svg[^>]*class="grade-distribution/]],
	['ReviewsByYearSection', async () => alone(ReviewsByYearSection, { reviews: await q(queries.caseReviews, { ons_code: null }), types: ['Serious case review'], from: 2010, to: 2020 }), ['Reviews by publication year and type, 2010–2020', /<svg[^>]*class="reviews-by-year/]],
	['GradesAtReviewsSection', async () => alone(GradesAtReviewsSection, { grades: await live(queries.gradesAtReviews, { review_ids: null }), source: 'Source.' }), ['For all the reviews', 'Authorities named by a review', /<svg[^>]*class="grade-shares-bars/]]
];

describe('every section renders alone, without JavaScript', () => {
	it.each(cases)('%s', async (_, renderAlone, expected) => {
		const html = await renderAlone();
		expect(html).toMatch(/^\s*<section aria-labelledby="[^"]+"[^>]*>\s*<h2 id=/);
		expect(html).not.toContain('<h1');
		for (const text of expected) {
			if (text instanceof RegExp) expect(html).toMatch(text);
			else expect(html.includes(text) || textOf(html).includes(text), text).toBe(true);
		}
		if (html.includes('<figure')) expect(html).toMatch(/<table[\s\S]*<\/table>/);
	});
});
