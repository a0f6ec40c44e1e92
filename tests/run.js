#!/usr/bin/env node
// `npm test`: type and Svelte checks, lint, every unit and integration test, then the browser tests in Debian Chromium.
// Without a Chromium the browser tests are skipped loudly; REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(chromium);
const projects = hasBrowser ? ['--project', 'unit', '--project', 'browser'] : ['--project', 'unit'];

if (!hasBrowser) {
	const message = `No Chromium at ${chromium}: the browser tests are NOT running.\n  Enable them with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)`;
	if (process.env.REQUIRE_BROWSER === '1') {
		console.error(`\n!!! ${message}\n`);
		process.exit(1);
	}
	console.warn(`\n${'!'.repeat(72)}\n!!! ${message}\n${'!'.repeat(72)}\n`);
}

for (const script of [['run', 'check', '--', '--fail-on-warnings'], ['run', 'lint']]) {
	const step = spawnSync('npm', script, { stdio: 'inherit' });
	if (step.status !== 0) process.exit(step.status ?? 1);
}
const result = spawnSync('npx', ['vitest', 'run', ...projects, ...process.argv.slice(2)], { stdio: 'inherit' });
if (!hasBrowser) console.warn(`\n!!! Browser tests were skipped (no ${chromium}). !!!\n`);
process.exit(result.status ?? 1);
