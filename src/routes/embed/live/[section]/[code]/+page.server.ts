import { LIVE_AUTHORITY_EMBEDS } from '$lib/embed/catalogue';
import { authorityEmbed, authorityEmbedEntries } from '$lib/server/embeds';

/** Only the charts that take a parameter have a live page. */
export const entries = () => authorityEmbedEntries(LIVE_AUTHORITY_EMBEDS);

export const load = ({ params }) => authorityEmbed(params.section, params.code);
