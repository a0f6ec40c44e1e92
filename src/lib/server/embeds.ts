/** The data of each embed page: its full page's opening data, tagged with the section it shows. */
import { error } from '@sveltejs/kit';
import { AUTHORITY_EMBEDS, NATIONAL_EMBEDS, type AuthorityEmbed, type NationalEmbed } from '$lib/embed/catalogue';
import { authorityCharts, authorityEntries } from './authority';
import { comparePicture } from './compare';
import { nationalPicture } from './national';
import { reviewsPicture } from './reviews';
import { trendsPicture } from './trends';

const isNational = (section: string): section is NationalEmbed => Object.hasOwn(NATIONAL_EMBEDS, section);
const isAuthority = (section: string): section is AuthorityEmbed => Object.hasOwn(AUTHORITY_EMBEDS, section);

export const nationalEmbedEntries = () => Object.keys(NATIONAL_EMBEDS).map((section) => ({ section }));

export async function authorityEmbedEntries(sections: readonly string[] = Object.keys(AUTHORITY_EMBEDS)) {
	const codes = await authorityEntries();
	return sections.flatMap((section) => codes.map(({ code }) => ({ section, code })));
}

export async function nationalEmbed(section: string) {
	if (!isNational(section)) error(404, `No chart here is called “${section}”.`);
	const page = NATIONAL_EMBEDS[section].page;
	if (page === 'home') return { section, page, ...(await nationalPicture()) };
	if (page === 'trends') return { section, page, ...(await trendsPicture()) };
	if (page === 'reviews') return { section, page, ...(await reviewsPicture()) };
	return { section, page, ...(await comparePicture()) };
}

export async function authorityEmbed(section: string, code: string) {
	if (!isAuthority(section)) error(404, `No chart of an authority here is called “${section}”.`);
	return { section, page: 'authority' as const, ...(await authorityCharts(code)) };
}
