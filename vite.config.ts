import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Marks each script a page runs as it starts (SvelteKit's entries, its route nodes and what they
 * import) with V8's explicit compile hint, so Chromium compiles the whole file as it arrives, off
 * the main thread, instead of each function the first time it is called: inside the task that
 * hydrates the page, on a 4× slowed CPU, that compiling was over a third of its 115 ms on /trends/.
 * The engine's and the SQL editor's scripts, loaded later and far larger, are left to compile lazily.
 */
function compileHints(): Plugin {
	const HINT = '//# allFunctionsCalledOnLoad\n';
	const isNode = (id: string | null) => id?.includes('/.svelte-kit/generated/client-optimized/nodes/') ?? false;
	return {
		name: 'compile-hints',
		apply: 'build',
		// After Vite's own changes to the chunks (it puts the preload helper's list first in an entry).
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (this.environment.config.consumer !== 'client') return;
				const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
				const starting = new Set([...chunks.values()].filter((chunk) => chunk.isEntry || isNode(chunk.facadeModuleId)).map((chunk) => chunk.fileName));
				// A set visits what is added to it while it is walked: every static import, however deep.
				for (const name of starting) for (const imported of chunks.get(name)?.imports ?? []) starting.add(imported);
				for (const name of starting) {
					const chunk = chunks.get(name);
					if (chunk) chunk.code = HINT + chunk.code;
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	// duckdb-wasm ships its own workers and wasm; serve them as files, never pre-bundled.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		reportCompressedSize: false,
		// A page's scripts are fetched as it starts (src/lib/wake.ts) through their imports, not preloaded
		// by Vite's helper: its ~30 <link rel=modulepreload> were a task of 55 to 160 ms on a 4× slowed CPU.
		modulePreload: false
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.spec.ts'],
					globalSetup: ['tests/unit/setup-bundle.ts'],
					environment: 'node',
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/server.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
