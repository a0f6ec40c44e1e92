import { caseReviews, gradesAtReviews, notifications } from '$lib/data/queries';
import { siteDb } from '$lib/server/db';

export async function load() {
	const db = await siteDb();
	return {
		reviews: await caseReviews(db),
		gradesAtReviews: await gradesAtReviews(db),
		notifications: await notifications(db)
	};
}
