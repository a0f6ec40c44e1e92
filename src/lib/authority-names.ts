/** How an authority's name is compared: the spellings official releases use fold to one key. */

/** Folds the spelling differences between releases ("St. Helens", "Bristol, City of", "&"). */
export function nameKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/,\s*(city|county) of$/, '')
		.replace(/&/g, ' and ')
		.replace(/\b(county|borough|the)\b/g, ' ')
		.replace(/[^a-z]+/g, ' ')
		.trim();
}

/**
 * A looser key for names as people write them: also without the council's title ("Coventry City
 * Council", "London Borough of Barnet", "Royal Borough of Greenwich", "Metropolitan Borough Council").
 */
export function looseNameKey(name: string): string {
	return nameKey(
		name
			.toLowerCase()
			.replace(/^\s*(london borough of|royal borough of|metropolitan borough of|council of the|borough of)\s+/, '')
			.replace(/\s+(metropolitan borough|metropolitan district|city and county|county|city|district|borough)?\s*council\s*$/, '')
	)
		.replace(/\b(royal|metropolitan|of)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
