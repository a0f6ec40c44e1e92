/**
 * Whether the reader has asked to print: set at the browser's `beforeprint`, whose changes are drawn
 * before the page is laid out for paper, so what a printout shows but the screen leaves for later
 * (each chart's data table) is drawn in time. It stays set: a page printed once keeps its tables.
 */
export const printing = $state({ requested: false });
