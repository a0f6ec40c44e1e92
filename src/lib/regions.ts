/** The regions of the current authorities, from the search list every page has. */
export function regionsOf(entries: { region: string; valid_to: string | null }[]): string[] {
	return [...new Set(entries.filter((e) => !e.valid_to).map((e) => e.region))].sort();
}
