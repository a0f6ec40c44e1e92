/**
 * The case reviews page's view: its filters (in the URL), the reviews they keep, and the live query
 * of the grades at those reviews; made by the page and by the embed pages of its charts.
 */
import type { SearchEntry } from '$lib/components/AuthoritySearch.svelte';
import { gradesAtReviews, type CaseReviewRow } from '$lib/data/queries';
import { oneOfOrNone, text, yearWithin } from '$lib/live/kinds';
import { urlParam } from '$lib/live/param.svelte';
import { LiveQuery } from '$lib/live/query.svelte';
import { regionsOf } from '$lib/regions';
import type { reviewsPicture } from '$lib/server/reviews';

export type ReviewsData = Awaited<ReturnType<typeof reviewsPicture>> & { search: SearchEntry[] };

export const REVIEW_TYPES = ['Serious case review', 'Local child safeguarding practice review', 'National panel review', 'Other inquiry'];

export function reviewsView(first: ReviewsData) {
	const { reviews, search, gradesAtReviews: firstGrades } = first;
	const regions = regionsOf(search);
	const abuseTypes = [...new Set(reviews.flatMap((r) => r.abuse_types))].sort();
	const named = [...new Map(reviews.flatMap((r) => r.authorities.map((a) => [a.ons_code, a.name] as const))).entries()].sort((a, b) => a[1].localeCompare(b[1]));
	const knownYears = reviews.flatMap((r) => (r.publication_year ? [r.publication_year] : []));
	const [firstYear, lastYear] = [Math.min(...knownYears), Math.max(...knownYears)];
	const any = (value: string | null) => value ?? 'any';

	const authority = urlParam('la', null, oneOfOrNone(named.map(([code]) => code)), (code) => (code ? code : 'any authority'));
	const region = urlParam('region', null, oneOfOrNone(regions), any);
	const from = urlParam('from', firstYear, yearWithin(firstYear, lastYear));
	const to = urlParam('to', lastYear, yearWithin(firstYear, lastYear));
	const type = urlParam('type', null, oneOfOrNone(REVIEW_TYPES), any);
	const abuse = urlParam('abuse', null, oneOfOrNone(abuseTypes), any);
	const words = urlParam('q', '', text(100), (q) => (q ? `“${q}”` : 'no search'));

	const matches = (r: CaseReviewRow) =>
		(!authority.value || r.authorities.some((a) => a.ons_code === authority.value)) &&
		(!region.value || r.regions.includes(region.value)) &&
		(r.publication_year === null ? from.value === firstYear && to.value === lastYear : r.publication_year >= from.value && r.publication_year <= to.value) &&
		(!type.value || r.review_type === type.value) &&
		(!abuse.value || r.abuse_types.includes(abuse.value)) &&
		(!words.value.trim() || [r.subject, r.source_title, r.quote, r.area_name].join(' ').toLowerCase().includes(words.value.trim().toLowerCase()));
	const shown = $derived(reviews.filter(matches));
	const filtered = $derived(shown.length !== reviews.length);
	// The list and chart filter in the page; only the grade comparison needs the engine, and its
	// failure leaves the filters alone (its table says which reviews it covers).
	const grades = new LiveQuery({
		query: gradesAtReviews,
		args: () => ({ review_ids: filtered ? shown.map((r) => r.review_id) : null }),
		initial: firstGrades,
		describe: (a) => (a.review_ids ? `the grades for ${a.review_ids.length} filtered reviews` : 'the grades for all reviews')
	});
	const filters = [authority, region, from, to, type, abuse, words];
	return {
		regions,
		abuseTypes,
		named,
		firstYear,
		lastYear,
		params: { authority, region, from, to, type, abuse, words },
		get shown() {
			return shown;
		},
		get filtered() {
			return filtered;
		},
		grades,
		/** Both charts follow every filter. */
		embeds: { 'reviews-by-year': filters, 'grades-at-reviews': filters }
	};
}
