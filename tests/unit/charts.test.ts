/**
 * Golden-SVG snapshots: each chart component rendered on the server (as the prerender does) from
 * real query results, compared with tests/golden/<name>.svg. UPDATE_GOLDEN=1 rewrites them; look at
 * the diff (and the files, they open in a browser) before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import AreaComparisonChart from '../../src/lib/charts/AreaComparisonChart.svelte';
import CompareJourneys from '../../src/lib/charts/CompareJourneys.svelte';
import GradeDistributionChart from '../../src/lib/charts/GradeDistributionChart.svelte';
import GradeMap from '../../src/lib/charts/GradeMap.svelte';
import HexMap from '../../src/lib/charts/HexMap.svelte';
import IndicatorChart from '../../src/lib/charts/IndicatorChart.svelte';
import GradeShareChart from '../../src/lib/charts/GradeShareChart.svelte';
import JourneyChart from '../../src/lib/charts/JourneyChart.svelte';
import MoversChart from '../../src/lib/charts/MoversChart.svelte';
import ReviewsByYearChart from '../../src/lib/charts/ReviewsByYearChart.svelte';
import SurvivalChart from '../../src/lib/charts/SurvivalChart.svelte';
import TransitionMatrix from '../../src/lib/charts/TransitionMatrix.svelte';
import QuickChart from '../../src/lib/charts/QuickChart.svelte';
import { EXAMPLES } from '../../src/lib/sql/examples';
import { kaplanMeier } from '../../src/lib/data/survival';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { queriesOn, root, siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
afterAll(() => db.close());
const dates = await q(queries.dataDates, {}).then(([d]) => d);
const coventry = await q(queries.inspectionsOf, { ons_code: 'E08000026' });
const manifest = JSON.parse(readFileSync(join(root, 'static', 'db', 'manifest.json'), 'utf8'));

/** The chart's <svg> as the server renders it, one element per line so diffs read well. */
function svgOf<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	const { body } = render(component as Component<Record<string, unknown>>, { props });
	const svg = body.replace(/<!--[\s\S]*?-->/g, '').match(/<svg[\s\S]*<\/svg>/)?.[0];
	if (!svg) throw new Error('the component rendered no <svg>');
	// Svelte's scoping class changes with any CSS edit; it is not part of what the chart draws.
	return svg.replace(/(class="[^"]*?)\s*svelte-[a-z0-9]+"/g, '$1"').replace(/ class=""/g, '').replace(/></g, '>\n<') + '\n';
}

function expectGolden(name: string, svg: string) {
	const file = join(root, 'tests', 'golden', `${name}.svg`);
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
		if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 and check it`);
		writeFileSync(file, svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '));
	}
	expect(svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(readFileSync(file, 'utf8'));
}

describe('chart components render the same SVG as their golden files', () => {
	it('GradeShareChart: England 2014–2025, as at 31 March 2024', async () => {
		const rows = await q(queries.gradeShareOverTime, { from: '2014-01-31', to: '2025-03-31', published_by: dates.latest_publication, region: null });
		expectGolden('grade-share-england', svgOf(GradeShareChart, { rows, asAt: '2024-03-31', label: 'Grade shares' }));
	});

	it('GradeShareChart at phone width', async () => {
		const rows = await q(queries.gradeShareOverTime, { from: '2014-01-31', to: '2025-03-31', published_by: dates.latest_publication, region: 'West Midlands' });
		expectGolden('grade-share-west-midlands-328', svgOf(GradeShareChart, { rows, asAt: '2019-08-31', width: 328, label: 'Grade shares' }));
	});

	it('JourneyChart: Coventry', () => {
		expectGolden('journey-coventry', svgOf(JourneyChart, { inspections: coventry, start: '2014-01-01', end: '2025-03-31', label: 'Coventry journey' }));
	});

	it('AreaComparisonChart: Coventry against the West Midlands and England', async () => {
		const areas = await q(queries.areasAtInspections, { ons_code: 'E08000026', published_by: dates.latest_publication });
		expectGolden('areas-coventry', svgOf(AreaComparisonChart, { name: 'Coventry', inspections: coventry, areas, label: 'Coventry against areas' }));
	});

	it('GradeMap: latest grades as at 31 August 2019, West Midlands highlighted', async () => {
		const rows = await q(queries.latestGradesAt, { as_at: '2019-08-31', published_by: '2019-09-30' });
		const svg = svgOf(GradeMap, { shapes: '/db/map.svg', codes: manifest.map.codes, rows, label: 'Map', highlight: (r: { region: string }) => r.region === 'West Midlands' });
		expectGolden('map-2019-west-midlands', svg);
	});

	it('HexMap: latest grades as at 31 December 2018 (Northamptonshire whole, Bournemouth and Poole apart), London highlighted', async () => {
		const rows = await q(queries.latestGradesAt, { as_at: '2018-12-31', published_by: '2019-01-31' });
		const svg = svgOf(HexMap, { cells: await q(queries.hexLayout, {}), rows, label: 'Hex map', highlight: (r: { region: string }) => r.region === 'London' });
		expect(svg).toContain('aria-label="Poole: ');
		expectGolden('hex-map-2018-london', svg);
	});

	it('HexMap: latest grades as at 31 March 2025 (the two Northamptonshires in halves, Cumberland beside Westmorland and Furness)', async () => {
		const rows = await q(queries.latestGradesAt, { as_at: '2025-03-31', published_by: dates.latest_publication });
		const svg = svgOf(HexMap, { cells: await q(queries.hexLayout, {}), rows, label: 'Hex map' });
		expect(svg).toContain('aria-label="West Northamptonshire: ');
		expect(svg).not.toContain('aria-label="Northamptonshire: ');
		expectGolden('hex-map-2025', svg);
	});
});

describe('trend charts render the same SVG as their golden files', () => {
	it('TransitionMatrix: consecutive inspections, England', async () => {
		const rows = await q(queries.transitions, { kind: 'consecutive', as_at: '2025-03-31', frameworks: 'all', region: null });
		expectGolden('transitions-england', svgOf(TransitionMatrix, { rows, label: 'Transitions' }));
	});

	it('TransitionMatrix at phone width: SIF re-inspections', async () => {
		const rows = await q(queries.transitions, { kind: 'consecutive', as_at: '2025-03-31', frameworks: 'SIF-SIF', region: null });
		expectGolden('transitions-sif-sif-328', svgOf(TransitionMatrix, { rows, width: 328, label: 'Transitions' }));
	});

	it('SurvivalChart: England and the West Midlands, Coventry marked', async () => {
		const spells = await q(queries.inadequateSpells, { as_at: '2025-03-31' });
		const curve = (list: typeof spells) => kaplanMeier(list.map((s) => ({ time: s.months, event: s.left })));
		const coventry = spells.find((s) => s.ons_code === 'E08000026')!;
		const svg = svgOf(SurvivalChart, {
			series: [
				{ label: 'England', curve: curve(spells), color: '#1d5a96' },
				{ label: 'West Midlands', curve: curve(spells.filter((s) => s.region === 'West Midlands')), color: '#b2182b' }
			],
			marker: { label: 'Coventry: 39 months', months: coventry.months, left: true },
			label: 'Survival'
		});
		expectGolden('survival-england-west-midlands', svg);
	});

	it('MoversChart: biggest improvers 2020–2025', async () => {
		const rows = (await q(queries.movers, { from: '2020-03-31', to: '2025-03-31', published_by: dates.latest_publication, region: null })).filter((r) => r.change > 0).slice(0, 10);
		expectGolden('movers-up-2020-2025', svgOf(MoversChart, { rows, label: 'Movers' }));
	});
});

describe('comparison chart renders the same SVG as its golden file', () => {
	it('CompareJourneys: Coventry and its statistical neighbours', async () => {
		const codes = await q(queries.presetCodes, { preset: 'neighbours', ons_code: 'E08000026' }).then((rows) => rows.map((r) => r.ons_code));
		const rows = await q(queries.journeys, { codes });
		const authorities = codes.map((code) => ({ ons_code: code, name: rows.find((r) => r.ons_code === code)!.name }));
		expectGolden('compare-coventry-neighbours', svgOf(CompareJourneys, { authorities, journeys: rows, start: '2014-01-01', end: '2025-03-31', focus: 'E08000026', label: 'Compare' }));
	});
});

describe('indicator charts render the same SVG as their golden files', () => {
	it('IndicatorChart: Coventry’s CLA rate against the West Midlands and England, inspections marked', async () => {
		const rows = await q(queries.indicatorSeries, { indicator: 'cla_rate', codes: ['E08000026', 'E12000005', 'E92000001'] });
		const lines = [
			{ key: 'E08000026', label: 'Coventry', emphasis: 'primary' as const },
			{ key: 'E12000005', label: 'West Midlands', emphasis: 'comparison' as const },
			{ key: 'E92000001', label: 'England', emphasis: 'reference' as const }
		].map((l) => ({ ...l, points: rows.filter((r) => r.ons_code === l.key) }));
		const markers = coventry.map((i) => ({ date: i.judged_on, grade: i.overall_effectiveness, label: i.inspection_type }));
		expectGolden('indicator-cla-coventry', svgOf(IndicatorChart, { lines, markers, start: '2014-01-01', end: '2025-09-30', unit: 'per 10,000', label: 'CLA rate' }));
	});

	it('GradeDistributionChart: CLA rate by grade as at 31 March 2024, Coventry highlighted', async () => {
		const rows = await q(queries.indicatorByGrade, { indicator: 'cla_rate', as_at: '2024-03-31', published_by: dates.latest_publication });
		expectGolden('distribution-cla-2024', svgOf(GradeDistributionChart, { rows, unit: 'per 10,000', highlight: 'E08000026', label: 'Distribution' }));
	});
});

describe('case review charts render the same SVG as their golden files', () => {
	it('JourneyChart: Coventry with its case reviews (points for days, a span for a year, one undated)', async () => {
		const events = (await q(queries.caseReviews, { ons_code: 'E08000026' })).map(queries.reviewEvent);
		expect(events.map((e) => e.precision).sort()).toEqual(['day', 'day', 'unknown', 'year']);
		expectGolden('journey-coventry-reviews', svgOf(JourneyChart, { inspections: coventry, events, start: '2013-01-01', end: '2025-09-30', label: 'Coventry journey' }));
	});

	it('ReviewsByYearChart: every review by year and type', async () => {
		const reviews = await q(queries.caseReviews, { ons_code: null });
		const types = ['Serious case review', 'Local child safeguarding practice review', 'National panel review', 'Other inquiry'];
		const years = Array.from({ length: 18 }, (_, i) => 2008 + i);
		expectGolden('reviews-by-year', svgOf(ReviewsByYearChart, { reviews, types, years, label: 'Reviews' }));
	});
});

describe('the SQL console’s quick chart renders the same SVG as its golden files', () => {
	const LINE_SQL = `SELECT i.period_end::VARCHAR AS period_end, a.name, i.value FROM indicators_latest i
		JOIN (SELECT ons_code, name FROM authorities UNION ALL SELECT 'E92000001', 'England') a USING (ons_code)
		WHERE indicator = 'cla_rate' AND ons_code IN ('E08000026', 'E92000001', 'E08000025') ORDER BY 1, 2`;
	it('lines: the CLA rate of Coventry, Birmingham and England, a line each', async () => {
		const rows = await db.query(LINE_SQL);
		expectGolden('quick-line-cla', svgOf(QuickChart, { rows, choice: { kind: 'line', x: 'period_end', y: 'value', series: 'name' } }));
	});
	it('bars: good or outstanding by region (an example query), at phone width', async () => {
		const rows = await db.query(EXAMPLES[1].sql);
		expectGolden('quick-bars-regions-360', svgOf(QuickChart, { rows, choice: { kind: 'bar', x: 'region', y: 'pct_good_or_outstanding', series: null }, width: 360 }));
	});
	it('scatter: graded authorities against the share good or outstanding, by region', async () => {
		const rows = await db.query(EXAMPLES[1].sql);
		expectGolden('quick-scatter-regions', svgOf(QuickChart, { rows, choice: { kind: 'scatter', x: 'graded', y: 'pct_good_or_outstanding', series: null } }));
	});
});
