/** The lint rules that keep data from becoming markup catch what they are for (npm test runs them over the site). */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../shared';

const eslint = new ESLint({ cwd: root });
const problems = async (code: string, file: string) => (await eslint.lintText(code, { filePath: join(root, 'src/lib', file) }))[0].messages.map((m) => m.ruleId);

describe('lint', () => {
	it('forbids {@html} in components', async () => {
		expect(await problems('<script lang="ts">let { s }: { s: string } = $props();</script>\n<p>{@html s}</p>\n', 'Example.svelte')).toEqual(['svelte/no-at-html-tags']);
	});

	it('forbids writing HTML strings through the DOM, however the property is named', async () => {
		const code = `export function show(el: HTMLElement, text: string) {
			el.innerHTML = text;
			el['outerHTML'] = text;
			el.insertAdjacentHTML('beforeend', text);
			document.write(text);
			return new DOMParser().parseFromString(text, 'text/html');
		}`;
		expect(await problems(code, 'example.ts')).toEqual(Array(5).fill('no-restricted-syntax'));
	});

	it('lets text through as text', async () => {
		expect(await problems('export const show = (el: HTMLElement, text: string) => { el.textContent = text; };', 'example.ts')).toEqual([]);
	});
});
