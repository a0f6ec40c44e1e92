/**
 * Vitest global setup for the browser tests: builds the site (unless SKIP_BUILD=1) and serves
 * build/ (or BUILD_DIR) as a static host would, exposed to the tests as `baseUrl`.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { root } from '../shared';
import { serveStatic } from '../../src/host/static-host';

let server: Server | undefined;

export async function setup(project: TestProject) {
	if (process.env.SKIP_BUILD !== '1') {
		const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		if (build.status !== 0) throw new Error('npm run build failed');
	}
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
