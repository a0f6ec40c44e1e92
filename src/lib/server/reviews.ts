/** The case reviews page as it opens (no filter): for the page and its embeds. */
import { caseReviews, dataDates, gradesAtReviews, notifications, runQuery } from '$lib/data/queries';
import { prerendered, siteEngine } from './site-engine';

export async function reviewsPicture() {
	const engine = await siteEngine();
	const [dates] = await runQuery(engine, dataDates, {});
	return {
		dates,
		reviews: await runQuery(engine, caseReviews, { ons_code: null }),
		gradesAtReviews: await prerendered(gradesAtReviews, { review_ids: null }),
		notifications: await runQuery(engine, notifications, {})
	};
}
