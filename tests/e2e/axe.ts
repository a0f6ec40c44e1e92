/**
 * axe-core as every browser test runs it: the WCAG 2.2 A and AA rules (2.0 and 2.1 included) and
 * axe's best practices, named explicitly so an axe upgrade cannot quietly narrow the check. What axe
 * leaves undecided is reviewed too: text contrast inside charts and over shapes by our own
 * measurement; anything else undecided is reported, as nobody has reviewed it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { contrastOf } from './contrast';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Every problem on the page as it stands, each as "rule: where"; none means it passes. */
export async function axeProblems(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const where = (nodes: { target: unknown[] }[]) => nodes.map((n) => n.target.join(' ')).join(' | ');
	const violations = results.violations.map((v) => `${v.id}: ${where(v.nodes)}`);
	const [contrast, others] = [results.incomplete.filter((i) => i.id === 'color-contrast'), results.incomplete.filter((i) => i.id !== 'color-contrast')];
	const targets = contrast.flatMap((c) => c.nodes.map((n) => String(n.target.at(-1))));
	const measured = await contrastOf(page, targets);
	const unmeasured = targets.filter((t) => !measured.some((m) => m.target === t)).map((t) => `color-contrast: ${t} undecided by axe and not found to measure`);
	const failing = measured.filter((m) => m.ratio < 4.5).map((m) => `color-contrast: ${m.target} is ${m.foreground} on ${m.background}, ${m.ratio.toFixed(2)}:1`);
	const unreviewed = others.map((i) => `${i.id} (undecided by axe, not reviewed): ${where(i.nodes)}`);
	return [...violations, ...failing, ...unmeasured, ...unreviewed];
}
