import { authorityEntries, authorityJourney } from '$lib/server/authority';

/** Every authority's journey, abolished councils included, prerendered: it shows without JavaScript. */
export const entries = authorityEntries;

export const load = ({ params }) => authorityJourney(params.code);
