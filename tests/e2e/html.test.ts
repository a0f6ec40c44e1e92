/**
 * The Nu HTML Checker (vnu-jar, on Java from Debian) over every built page and SVG file: no errors.
 * Without Java the check is skipped loudly, and fails under REQUIRE_BROWSER=1 (CI), which installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../shared';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) {
	const message = 'No Java: the Nu HTML Checker is NOT running. Install it with: sudo apt-get install -y default-jre-headless';
	if (process.env.REQUIRE_BROWSER === '1') throw new Error(message);
	console.warn(`\n!!! ${message} !!!\n`);
}

interface VnuMessage {
	type: string;
	url: string;
	lastLine?: number;
	message: string;
}

/**
 * The checker's CSS grammar predates container queries (CSS Containment 3, in every current
 * browser since 2023): it calls `container-type` and `@container` unknown, now that each page's
 * styles are inlined where it reads them. Those two messages alone are set aside.
 */
const NEWER_CSS = '.*“(container-type|@container)”.*';

/** The checker's errors for these files, each as "file:line: message". */
function vnuErrors(files: string[]): string[] {
	const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--also-check-svg', '--filterpattern', NEWER_CSS, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
	const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
	return messages.map((m) => `${m.url.replace(`file:${root}/`, '')}:${m.lastLine ?? ''}: ${m.message}`);
}

/** Every .html and .svg file under `dir`, without their precompressed twins. */
function pagesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(html|svg)$/.test(name))
		.map((name) => join(dir, name));
}

describe.skipIf(!hasJava)('the Nu HTML Checker', () => {
	it('finds no errors in any built page or SVG file', () => {
		const files = pagesUnder(join(root, process.env.BUILD_DIR || 'build'));
		// Every authority's page and embeds: a build that wrote few pages is a failure, not a pass.
		expect(files.length).toBeGreaterThan(900);
		expect(vnuErrors(files)).toEqual([]);
	});

	it('reports an error where there is one (so the check above can fail)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
		writeFileSync(join(dir, 'bad.html'), '<!doctype html><html lang="en"><title>t</title><p><div>block in a paragraph</p></html>');
		writeFileSync(join(dir, 'bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text x="a">t</text><frog/></svg>');
		const errors = vnuErrors(pagesUnder(dir));
		expect(errors.some((e) => e.includes('bad.html'))).toBe(true);
		expect(errors.some((e) => e.includes('bad.svg'))).toBe(true);
	});
});
