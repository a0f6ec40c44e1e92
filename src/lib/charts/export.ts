/**
 * A chart as a file: its SVG with the title above and the source (with the data's as-at date)
 * below, that SVG drawn to a PNG at twice its size, and its data table as CSV for spreadsheets or
 * as tab-separated text for pasting. Everything is made in the page from what it shows.
 */
import { spreadsheetCsv } from '../csv';
import { slugOf } from '../format';
import { wrap } from './layout';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const PAD = 16;
const TITLE_SIZE = 18;
const SOURCE_SIZE = 12;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


/**
 * A standalone SVG document: the chart (its own markup, unchanged) with the title above it and the
 * source line below, on white, in the site's font. `bleed` is how far the chart draws outside its
 * box on the left and right (labels set in the page's margin), which the document makes room for.
 */
export function standaloneSvg(
	chartSvg: string,
	chartWidth: number,
	height: number,
	title: string,
	source: string,
	bleed: { left: number; right: number } = { left: 0, right: 0 }
): { svg: string; width: number; height: number } {
	const width = Math.ceil(PAD + bleed.left + chartWidth + bleed.right + PAD);
	const titleLines = wrap(title, width - 2 * PAD, TITLE_SIZE);
	const sourceLines = wrap(source, width - 2 * PAD, SOURCE_SIZE);
	const top = PAD + titleLines.length * TITLE_SIZE * 1.3;
	const total = top + height + PAD / 2 + sourceLines.length * SOURCE_SIZE * 1.4 + PAD;
	const text = (lines: string[], y: number, size: number, weight: string, colour: string) =>
		lines.map((line, i) => `<text x="${PAD}" y="${(y + i * size * (weight === 'bold' ? 1.3 : 1.4)).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`).join('');
	// The chart's own <svg>, placed below the title (nested SVG keeps its coordinates).
	const chart = chartSvg.replace(/^<svg\b/, `<svg x="${(PAD + bleed.left).toFixed(1)}" y="${top.toFixed(1)}" overflow="visible"`);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(total)}" viewBox="0 0 ${width} ${Math.ceil(total)}" font-family='${FONT}'>` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		text(titleLines, PAD + TITLE_SIZE, TITLE_SIZE, 'bold', '#0b0c0c') +
		chart +
		text(sourceLines, top + height + PAD / 2 + SOURCE_SIZE, SOURCE_SIZE, 'normal', '#505a5f') +
		`</svg>`;
	return { svg, width, height: Math.ceil(total) };
}

/** An HTML table's cells, header rows first, as text (a number's thousands separators dropped, so it stays a number). */
export function tableCells(table: HTMLTableElement): string[][] {
	return [...table.rows].map((row) => [...row.cells].map((cell) => cellText(renderedText(cell))));
}

/**
 * A cell's text as it reads: words of separate lines or blocks kept apart. (`innerText` does this
 * only for a table on screen; a chart's table is usually in a closed disclosure.)
 */
function renderedText(node: Node): string {
	if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
	if (!(node instanceof Element)) return '';
	if (node.tagName === 'BR') return ' ';
	const inner = [...node.childNodes].map(renderedText).join('');
	return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
}

export function cellText(text: string): string {
	const trimmed = text.replace(/\s+/g, ' ').trim();
	return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
}

/** The table as CSV for spreadsheets (the site's safe writer: byte-order mark, formulas neutralised). */
export const tableCsv = (cells: string[][]) => spreadsheetCsv(cells);

/** The table as tab-separated text, for pasting into a spreadsheet. */
export const tableTsv = (cells: string[][]) => cells.map((row) => row.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + '\n';

/** Draws an SVG document to a PNG at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d')!;
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

/** Offers `data` as a download named `name` (a blob: address made here: nothing is sent anywhere). */
export function download(name: string, data: BlobPart, type: string): void {
	const href = URL.createObjectURL(new Blob([data], { type }));
	const link = Object.assign(document.createElement('a'), { href, download: name });
	link.click();
	setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** The site's name, as a citation gives it. */
export const SITE_NAME = 'Children’s services inspections';

export interface Citation {
	title: string;
	/** The chart's source line: publisher, release and as-at date. */
	source: string;
	url: string;
	accessed: Date;
}

const day = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A citation in plain text: title, site, source with its release and as-at date, address, date accessed. */
export const citationText = (c: Citation) => `“${c.title}”. ${SITE_NAME}. ${c.source} ${c.url} (accessed ${day(c.accessed)}).`;

/** BibTeX's special characters, escaped. */
const bibtexText = (text: string) => text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');

/** The same citation as a BibTeX entry. */
export function citationBibtex(c: Citation): string {
	const year = c.accessed.getUTCFullYear();
	const key = `csinspections_${slugOf(c.title, '_', 40)}_${year}`;
	return [
		`@misc{${key},`,
		`  title = {${bibtexText(c.title)}},`,
		`  author = {{${bibtexText(SITE_NAME)}}},`,
		`  year = {${year}},`,
		`  howpublished = {\\url{${c.url.replace(/[{}\\]/g, '')}}},`,
		`  note = {${bibtexText(c.source)} Accessed ${day(c.accessed)}}`,
		`}`
	].join('\n');
}
