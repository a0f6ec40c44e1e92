import { caseReviews, gradesAtReviews, notifications, runQuery } from '$lib/data/queries';
import { prerendered, siteEngine } from '$lib/server/site-engine';

export async function load() {
	const engine = await siteEngine();
	return {
		reviews: await runQuery(engine, caseReviews, { ons_code: null }),
		gradesAtReviews: await prerendered(gradesAtReviews, { review_ids: null }),
		notifications: await runQuery(engine, notifications, {})
	};
}
