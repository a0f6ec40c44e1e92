/** The pages the browser tests visit: every route, and every prerendered embed. */

/** Each page route once: an authority's page for a current and an abolished council. */
export const ROUTES = ['/', '/la/E08000026/', '/la/E10000021/', '/compare/', '/trends/', '/reviews/', '/data/', '/sql/', '/upload/'];

export const COVENTRY = '/embed/journey/E08000026/';
/** Northamptonshire, abolished in 2021. */
export const ABOLISHED = '/embed/journey/E10000021/';

/** Every prerendered embed page: its path, its chart's title and the full view it links to. */
export const EMBEDS: [string, RegExp, string][] = [
	[COVENTRY, /^Coventry: every judgement at every inspection$/, '/la/E08000026'],
	[ABOLISHED, /^Northamptonshire: every judgement at every inspection$/, '/la/E10000021'],
	['/embed/areas/E08000026/', /^How West Midlands and England were graded when Coventry was inspected$/, '/la/E08000026'],
	['/embed/areas/E10000021/', /^How East Midlands and England were graded when Northamptonshire was inspected$/, '/la/E10000021'],
	['/embed/indicators/E08000026/', /^Children looked after per 10,000 children \(31 March\)$/, '/la/E08000026'],
	['/embed/benchmark/E08000026/', /^Where Coventry stands among all authorities$/, '/la/E08000026'],
	['/embed/grade-shares/', /^Share of English authorities at each grade, February 2014 to /, '/'],
	['/embed/map/', /^Overall effectiveness at each authority’s latest inspection$/, '/'],
	['/embed/transitions/', /^Moves between overall grades, England, as at /, '/trends/'],
	['/embed/survival/', /^Share of inadequate judgements not yet followed by a better one/, '/trends/'],
	['/embed/movers/', /: the ten biggest moves each way$/, '/trends/'],
	['/embed/distribution/', /, by latest overall grade as at /, '/trends/'],
	['/embed/reviews-by-year/', /^Reviews by publication year and type, \d{4}–\d{4}$/, '/reviews/'],
	['/embed/grades-at-reviews/', /^Grades of authorities named by a review, on its publication day/, '/reviews/'],
	['/embed/compare/', /^Overall effectiveness over time$/, '/compare/'],
	['/embed/compare-indicators/', /^Children looked after per 10,000 children \(31 March\)$/, '/compare/'],
	['/embed/compare-benchmark/', /^Children looked after per 10,000 children \(31 March\): where the chosen authorities stand among all authorities$/, '/compare/']
];
