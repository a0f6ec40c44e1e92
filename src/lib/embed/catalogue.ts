/**
 * Every embed page: a chart section of a full page, on a page of its own. National sections are keyed
 * by name (`/embed/map/`), an authority's by name and code (`/embed/journey/E08000026/`). Each page is
 * prerendered at its defaults; in any other state it is `/embed/live/…` (see `address.ts`).
 */
export const NATIONAL_EMBEDS = {
	'grade-shares': { page: 'home', title: 'Share of English authorities at each grade' },
	map: { page: 'home', title: 'Latest grades of English authorities, a map' },
	transitions: { page: 'trends', title: 'What happens at the next inspection' },
	survival: { page: 'trends', title: 'How long authorities stay inadequate' },
	movers: { page: 'trends', title: 'The biggest movers between grades' },
	distribution: { page: 'trends', title: 'A context indicator by latest grade' },
	'reviews-by-year': { page: 'reviews', title: 'Case reviews by year and type' },
	'grades-at-reviews': { page: 'reviews', title: 'Grades of authorities when a case review was published' },
	compare: { page: 'compare', title: 'Authorities’ inspection journeys compared' },
	'compare-indicators': { page: 'compare', title: 'A context indicator for the compared authorities' },
	'compare-benchmark': { page: 'compare', title: 'The compared authorities ranked among all authorities on a context indicator' }
} as const;

export const AUTHORITY_EMBEDS = {
	journey: { title: (name: string) => `${name}: every judgement at every inspection` },
	areas: { title: (name: string) => `${name} against its region and England at each inspection` },
	indicators: { title: (name: string) => `${name}: a context indicator against its region and England` },
	benchmark: { title: (name: string) => `${name}: latest figures ranked against all authorities, its neighbours, region and England` }
} as const;

export type NationalEmbed = keyof typeof NATIONAL_EMBEDS;
export type AuthorityEmbed = keyof typeof AUTHORITY_EMBEDS;
/** The authority embeds that take a parameter, and so have a live page per authority. */
export const LIVE_AUTHORITY_EMBEDS: AuthorityEmbed[] = ['indicators'];
