/** Deterministic CSV for the committed tables: header from the first row's keys, LF line ends. */
export function toCsv(rows: object[]): string {
	if (rows.length === 0) throw new Error('refusing to write an empty table');
	const columns = Object.keys(rows[0]);
	const cell = (value: unknown) => {
		const text = value === null || value === undefined ? '' : String(value);
		return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const lines = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])).join(','));
	return [columns.join(','), ...lines].join('\n') + '\n';
}
