import { authorityEmbed, authorityEmbedEntries } from '$lib/server/embeds';

/** Every authority's charts, abolished councils included. */
export const entries = () => authorityEmbedEntries();

export const load = ({ params }) => authorityEmbed(params.section, params.code);
