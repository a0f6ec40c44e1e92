import type { Handle } from '@sveltejs/kit';

/**
 * No script is preloaded from a page's head: a public page starts on the reader's first
 * interaction (src/lib/wake.ts), so its scripts need not share the link with its HTML and styles
 * before its first paint (on Lighthouse's slow 4G, 27 preloads, 112 KB gzip on /trends/). They load
 * from the page's start script, at the end of its body.
 */
export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: ({ type }) => type !== 'js' });
