import { error } from '@sveltejs/kit';
import { areasAtInspections, authorities, caseReviews, dataDates, indicatorSeries, inspectionsOf, journeys, stringLiteral, timeAxis } from '$lib/data/queries';
import { siteDb } from '$lib/server/db';

/** Every authority, abolished ones included, gets a page. */
export async function entries() {
	return (await authorities(await siteDb())).map((a) => ({ code: a.ons_code }));
}

export async function load({ params }) {
	const db = await siteDb();
	const authority = (await authorities(db)).find((a) => a.ons_code === params.code);
	if (!authority) error(404, `No local authority has the code “${params.code}”.`);
	const dates = await dataDates(db);
	const neighbours = await db.query<{ ons_code: string; name: string; closeness: string }>(`
		SELECT n.neighbour_code AS ons_code, a.name, n.closeness
		FROM statistical_neighbours n JOIN authorities a ON a.ons_code = n.neighbour_code
		WHERE n.ons_code = ${stringLiteral(authority.ons_code)} ORDER BY n.rank`);
	const indicatorCodes = [authority.ons_code, authority.region_code, 'E92000001'];
	const reviews = await caseReviews(db, authority.ons_code);
	const axis = timeAxis(dates);
	// Reach back to the year of the earliest dated review, so every review sits on the axis.
	const earliestReview = Math.min(...reviews.flatMap((r) => (r.publication_year ? [r.publication_year] : [])));
	if (earliestReview < Number(axis.start.slice(0, 4))) axis.start = `${earliestReview}-01-01`;
	return {
		authority,
		dates,
		axis,
		reviews,
		// A council created by reorganisation is shown with the councils it replaced, and vice versa.
		lineage: authority.predecessors.length || authority.successors.length
			? await journeys(db, [authority.ons_code, ...[...authority.predecessors, ...authority.successors].map((p) => p.split('|')[0])])
			: [],
		indicator: { indicator: 'cla_rate' as const, codes: indicatorCodes, rows: await indicatorSeries(db, 'cla_rate', indicatorCodes) },
		inspections: await inspectionsOf(db, authority.ons_code),
		areas: await areasAtInspections(db, authority.ons_code, dates.latest_publication),
		neighbours
	};
}
