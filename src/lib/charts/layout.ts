/** Below this width (px) a chart is drawn for a phone: abbreviated labels, fewer ticks, one legend column. */
const NARROW_BELOW = 480;

export const isNarrow = (width: number) => width < NARROW_BELOW;

/** `text` broken at spaces into lines no wider than `room` px at `fontSize` (a word wider than that has a line of its own). */
export function wrap(text: string, room: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && textWidth(longer, fontSize, bold) > room) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The width (px) of `text` in the site's sans-serif at `fontSize`, estimated without a DOM (the charts
 * are prerendered): a width per kind of character, each at the wide end of the fonts system-ui
 * falls back to (DejaVu Sans on Linux is the widest), so that a label given this much room is never cut.
 * Bold runs about a tenth wider.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const char of text) {
		if (/[iljtfI.,:;'’!|() ]/.test(char)) ems += 0.36;
		else if (/[mwMW%…]/.test(char)) ems += 1;
		else if (/[A-Z]/.test(char)) ems += 0.74;
		else if (/[0-9]/.test(char)) ems += 0.64;
		else ems += 0.62;
	}
	return ems * fontSize * (bold ? 1.1 : 1);
}

/**
 * Centres for labels along one axis, each as near its wanted centre `at` as it can be without
 * overlapping its neighbours (`size` long, `gap` apart) or leaving [lo, hi]. Labels keep their order.
 */
export function spread(labels: { at: number; size: number }[], lo: number, hi: number, gap = 4): number[] {
	const order = labels.map((_, i) => i).sort((a, b) => labels[a].at - labels[b].at);
	const centres = labels.map((l) => l.at);
	let edge = lo;
	for (const i of order) {
		centres[i] = Math.max(centres[i], edge + labels[i].size / 2);
		edge = centres[i] + labels[i].size / 2 + gap;
	}
	edge = hi;
	for (const i of [...order].reverse()) {
		centres[i] = Math.min(centres[i], edge - labels[i].size / 2);
		edge = centres[i] - labels[i].size / 2 - gap;
	}
	return centres;
}

/**
 * A key's items laid left to right from `left`, each a swatch (`lead` px with its gap) and its text,
 * onto the next row where an item would pass `right`. Returns each item's x and row.
 */
export function flowKey(texts: string[], left: number, right: number, fontSize = 12, lead = 18, gap = 24): { x: number; row: number }[] {
	let x = left;
	let row = 0;
	return texts.map((text) => {
		const itemWidth = lead + textWidth(text, fontSize);
		if (x > left && x + itemWidth > right) [x, row] = [left, row + 1];
		const placed = { x, row };
		x += itemWidth + gap;
		return placed;
	});
}

/** `text` cut short with an ellipsis where it would be wider than `room` px at `fontSize` (the whole text stays in the chart's tooltip and table). */
export function fitText(text: string, room: number, fontSize: number, bold = false): string {
	if (textWidth(text, fontSize, bold) <= room) return text;
	let cut = text;
	while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > room) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}
