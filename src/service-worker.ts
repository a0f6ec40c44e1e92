/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after a first visit. Installing caches the site's code and its main pages (about a
 * megabyte); everything else of the site that the browser fetches while online (authority pages,
 * the engine's wasm and the site database when a live view first starts them) is kept as it passes.
 * Offline, the cache answers. Pages and data are fetched fresh whenever the network answers; the
 * hashed files under _app/immutable/ never change, so the cache answers them first.
 *
 * Only the site's own files are ever cached: uploads are read from the user's disk and never
 * fetched, so they cannot pass through here. Each deployment has its own cache; activating a new
 * one deletes the old.
 */
import { base, build, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `site-${version}`;
/** The engine's wasm and workers are tens of megabytes: kept only once a live view has used them. */
const ENGINE = /duckdb/;
const MAIN_PAGES = ['/', '/compare/', '/trends/', '/reviews/', '/upload/', '/sql/', '/data/'].map((path) => `${base}${path}`);
const PRECACHE = [...build.filter((file) => !ENGINE.test(file)), ...MAIN_PAGES];

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
			.then(() => worker.clients.claim())
	);
});

/** The network's answer, kept for offline use when it is a whole, successful response. */
async function fromNetwork(request: Request, cache: Cache): Promise<Response> {
	const response = await fetch(request);
	if (response.status === 200) await cache.put(request, response.clone());
	return response;
}

/** Offline, for a page this device has not opened: say so, and where to go instead. */
const notSaved = () =>
	new Response(
		`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline: page not saved</title>` +
			`<h1>You are offline</h1><p>This page has not been opened on this device, so it was not saved for offline use. The pages you have opened, and the national picture, trends, comparison, case reviews, upload and SQL pages, work offline.</p>` +
			`<p><a href="${base}/">Go to the national picture</a></p></html>`,
		{ status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } }
	);

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = () => cache.match(request);
	if (new URL(request.url).pathname.startsWith(`${base}/_app/immutable/`)) return (await kept()) ?? fromNetwork(request, cache);
	try {
		return await fromNetwork(request, cache);
	} catch (offline) {
		const answer = await kept();
		if (answer) return answer;
		if (request.mode === 'navigate') return notSaved();
		throw offline;
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	// The site's own files only; nothing of another origin, and no partial (range) reads.
	if (url.origin !== location.origin || event.request.method !== 'GET' || event.request.headers.has('range')) return;
	event.respondWith(respond(event.request));
});
