// Lint: only the rules that guard the site's promises, not style (svelte-check types the code).
// Markup never comes from strings: no {@html}, and no HTML written through the DOM, so no data
// (official files, uploads, query results, URL parameters) can become markup.
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';

const NO_HTML_STRINGS = [
	'error',
	{ selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/], MemberExpression[property.value=/^(innerHTML|outerHTML)$/]", message: 'Build nodes (or let Svelte render) instead of writing HTML strings.' },
	{ selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]", message: 'Do not turn strings into markup.' },
	{ selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Do not turn strings into markup.' },
	{ selector: "CallExpression[callee.name=/^(eval|Function)$/], NewExpression[callee.name='Function']", message: 'Do not run strings as code.' }
];

export default [
	// The tests parse exported SVG and run papaparse's own case file: they are not the site.
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', 'node_modules/', 'static/db/', 'tests/'] },
	{
		files: ['**/*.ts', '**/*.js'],
		languageOptions: { parser: ts.parser },
		rules: { 'no-restricted-syntax': NO_HTML_STRINGS }
	},
	...svelte.configs.base,
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } },
		rules: { 'svelte/no-at-html-tags': 'error', 'no-restricted-syntax': NO_HTML_STRINGS }
	}
];
