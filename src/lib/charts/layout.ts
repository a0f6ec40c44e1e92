/** Below this width (px) a chart is drawn for a phone: abbreviated labels, fewer ticks, one legend column. */
const NARROW_BELOW = 480;

export const isNarrow = (width: number) => width < NARROW_BELOW;

/** `text` broken into lines of about `chars` characters, at spaces. */
export function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
