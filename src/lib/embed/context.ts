/**
 * Embed pages (/embed/…) show one chart with minimal chrome: the layout sets this context, and the
 * chart frame then shows its title, chart and source with a link to the full view, and no more.
 */
import { getContext, setContext } from 'svelte';

export interface EmbedContext {
	/** The page with the full view of this chart (a path of the site). */
	fullView: string;
}

const KEY = Symbol('embed');

export const setEmbedded = (context: EmbedContext) => setContext(KEY, context);
export const embedded = (): EmbedContext | undefined => getContext<EmbedContext | undefined>(KEY);
