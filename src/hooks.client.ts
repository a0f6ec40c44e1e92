import type { ClientInit } from '@sveltejs/kit';
import { asset, base } from '$app/paths';
import { dev } from '$app/environment';
import { untilWanted } from '$lib/wake';

export const init: ClientInit = async () => {
	// Offline after a first visit (src/service-worker.ts), for the site itself; an embed in another site's page installs nothing.
	if (!location.pathname.startsWith(`${base}/embed/`) && 'serviceWorker' in navigator) navigator.serviceWorker.register(asset('/service-worker.js'), { type: dev ? 'module' : 'classic' });
	await untilWanted();
};
