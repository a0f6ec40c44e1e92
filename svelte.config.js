import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR: where the site is written (default build/). BASE_PATH: the path it is served under,
// e.g. /inspection-dashboard for a project page (default: the root of its host).
const outDir = process.env.BUILD_DIR || 'build';
// PRERENDER_ENTRIES: a comma-separated list of pages to prerender alone (no crawl), for a quick
// partial build such as the base-path test's; by default every page is.
const entries = process.env.PRERENDER_ENTRIES?.split(',');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, strict: !entries }),
		// Registered by the layout, not by the kit: embeds (pages inside other sites) do not install it.
		serviceWorker: { register: false },
		// Each page's stylesheets in its <head> (hashed for the policy below): a phone on a slow link
		// paints after the HTML alone, not after a second round trip for 5-20 KB of CSS.
		inlineStyleThreshold: Infinity,
		// Absolute asset paths, so build/404.html works at any depth.
		paths: { base: process.env.BASE_PATH || '', relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', ...(entries && { entries, crawl: false, handleUnseenRoutes: 'ignore' }) },
		// A strict policy: no inline script or style without a hash, wasm allowed, nothing off-site.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:'],
				'style-src': ['self'],
				// Only SvelteKit's own route announcer, a visually hidden live region, has an inline style.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
