/**
 * The SQL console's editor, CodeMirror 6, loaded only when the console's page mounts (it is most of
 * the page's script): DuckDB-flavoured SQL (PostgreSQL's dialect, which DuckDB follows), completion
 * of the catalogue's names, Ctrl/Cmd+Enter to run, a problem marked at its place. Tab is not
 * captured, so focus moves on. It lives in a shadow root: there CodeMirror's styles are constructed
 * style sheets, which the site's Content Security Policy allows (in the document they would be
 * inline `<style>` elements, which it forbids).
 */
import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql as sqlLanguage } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { SqlProblem } from './problem';

export interface SqlEditorHandle {
	setText(text: string): void;
	setSchema(schema: Record<string, string[]>): void;
	setProblem(problem: SqlProblem | null): void;
	/** Puts `text` at the cursor and gives the editor focus. */
	insert(text: string): void;
	destroy(): void;
}

const theme = EditorView.theme({
	'&': { minHeight: '12rem', fontSize: '0.95rem', backgroundColor: '#fff' },
	'&.cm-focused': { outline: '3px solid #ffdd00', boxShadow: 'inset 0 0 0 2px #0b0c0c' },
	'.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace", minHeight: '12rem' },
	'.cm-gutters': { backgroundColor: '#f3f2f1', color: '#505a5f', borderRight: '1px solid #b1b4b6' }
});

/**
 * Typing over a selection is done by the editor, not the browser: Chromium would wrap the new text
 * in an element with an inline style (the old text's colour), which the Content Security Policy blocks.
 */
const typeOverSelection = EditorView.domEventHandlers({
	beforeinput(event, editor) {
		if (event.inputType !== 'insertText' || !event.data || editor.state.selection.main.empty) return false;
		event.preventDefault();
		editor.dispatch(editor.state.replaceSelection(event.data), { userEvent: 'input.type', scrollIntoView: true });
		return true;
	}
});

const language = (schema: Record<string, string[]>) => sqlLanguage({ dialect: PostgreSQL, schema, upperCaseKeywords: true });

/** The end of the word at `at`, so the mark covers what DuckDB pointed at. */
function wordEnd(text: string, at: number): number {
	const match = /^[^\s,;()]+/.exec(text.slice(at));
	return at + Math.max(1, match ? match[0].length : 1);
}

export function createSqlEditor(host: HTMLElement, options: { text: string; schema: Record<string, string[]>; label: string; onchange: (text: string) => void; onrun: () => void }): SqlEditorHandle {
	const completion = new Compartment();
	const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
	const view = new EditorView({
		root,
		parent: root,
		state: EditorState.create({
			doc: options.text,
			extensions: [
				lineNumbers(),
				history(),
				bracketMatching(),
				closeBrackets(),
				highlightActiveLine(),
				syntaxHighlighting(defaultHighlightStyle),
				autocompletion(),
				lintGutter(),
				completion.of(language(options.schema)),
				placeholder('SELECT … FROM …'),
				keymap.of([{ key: 'Mod-Enter', run: () => (options.onrun(), true), preventDefault: true }, ...defaultKeymap, ...historyKeymap]),
				theme,
				typeOverSelection,
				EditorView.contentAttributes.of({ 'aria-label': `${options.label} (Control+Enter or Command+Enter runs it; Tab moves on)` }),
				EditorView.lineWrapping,
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onchange(update.state.doc.toString());
				})
			]
		})
	});
	return {
		setText(text) {
			if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		setSchema(schema) {
			view.dispatch({ effects: completion.reconfigure(language(schema)) });
		},
		setProblem(problem) {
			const text = view.state.doc.toString();
			const at = problem?.at ?? null;
			const diagnostics = problem && at !== null ? [{ from: Math.min(at, text.length), to: Math.min(text.length, wordEnd(text, at)), severity: 'error' as const, message: problem.message }] : [];
			view.dispatch(setDiagnostics(view.state, diagnostics));
		},
		insert(text) {
			const { from, to } = view.state.selection.main;
			view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } });
			view.focus();
		},
		destroy() {
			view.destroy();
		}
	};
}
