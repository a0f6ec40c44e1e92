/**
 * Vitest global setup for the browser tests: builds the site (unless SKIP_BUILD=1) and serves
 * build/ (or BUILD_DIR) as a static host would, exposed to the tests as `baseUrl`.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { root } from '../shared';
import { serveStatic } from '../../src/host/static-host';
import { buildSite } from './build-site';

let server: Server | undefined;

export async function setup(project: TestProject) {
	if (process.env.SKIP_BUILD !== '1') buildSite();
	// The same variable tells `npm run build` where to write.
	const started = await serveStatic(join(root, process.env.BUILD_DIR || 'build'));
	server = started.server;
	project.provide('baseUrl', started.url);
}

export function teardown() {
	server?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
