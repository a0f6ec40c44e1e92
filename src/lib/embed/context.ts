/**
 * Embed pages (/embed/…) show one chart with minimal chrome: the embed page sets this context, and
 * the chart frame then shows its title, chart and source with a link to the full view, and no more.
 */
import { getContext, setContext } from 'svelte';
import { withParams, type Addressable } from './address';

export interface EmbedContext {
	/** The page with the full view of this chart, in the same state (a path of the site). */
	readonly fullView: string;
}

const KEY = Symbol('embed');

/** `page`: the full page's path; `params`: the chart's parameters, which the full page reads too. */
export function setEmbedded(page: string, params: readonly Addressable[] = []) {
	setContext<EmbedContext>(KEY, {
		get fullView() {
			return withParams(page, params);
		}
	});
}
export const embedded = (): EmbedContext | undefined => getContext<EmbedContext | undefined>(KEY);
