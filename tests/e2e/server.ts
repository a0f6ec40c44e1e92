/**
 * Vitest global setup for the browser tests: builds the site (unless SKIP_BUILD=1) and serves
 * build/ with `vite preview` on a free port, exposed to the tests as BASE_URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

export async function setup(project: TestProject) {
	if (process.env.SKIP_BUILD !== '1') {
		const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
		if (build.status !== 0) throw new Error('npm run build failed');
	}
	const port = await freePort();
	server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
	const base = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		if (await fetch(base).then((r) => r.ok, () => false)) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	project.provide('baseUrl', base);
}

export function teardown() {
	if (server?.pid) process.kill(-server.pid);
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
