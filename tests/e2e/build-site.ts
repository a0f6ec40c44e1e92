import { spawnSync } from 'node:child_process';
import { root } from '../shared';

/**
 * `npm run build` as a release is built. Vitest sets NODE_ENV=test, and a build that inherits it
 * resolves `esm-env`'s DEV to true, so SvelteKit's development checks would be in the site under test.
 */
export function buildSite(env: Record<string, string> = {}): void {
	const build = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		env: { ...process.env, ...env, NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (build.status !== 0) throw new Error(`npm run build failed${Object.keys(env).length ? ` (with ${Object.keys(env).join(', ')})` : ''}`);
}
