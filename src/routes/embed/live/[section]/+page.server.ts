import { nationalEmbed, nationalEmbedEntries } from '$lib/server/embeds';

export const entries = nationalEmbedEntries;

export const load = ({ params }) => nationalEmbed(params.section);
