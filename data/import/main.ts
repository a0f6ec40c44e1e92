/**
 * `npm run data:import [-- --from DIR]`: reads the official files (default ../shared/data/raw) and
 * writes the project's normalised tables to data/. Everything is read and checked before anything is
 * written, so a bad source file leaves data/ exactly as it was.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, root } from '../paths';
import { AuthorityIndex, importAuthorities } from './authorities';
import { importBoundaries } from './boundaries';
import { importCaseReviews, importNotifications } from './case-reviews';
import { importHexes } from './hexes';
import { importIndicators } from './indicators';
import { importInspections } from './inspections';
import { checkLatestJudgements } from './latest-judgements';
import { importNeighbours } from './neighbours';
import { importVisits } from './visits';
import { importPolarity } from './polarity';
import { RELEASES } from './releases';
import { SourceError } from './source';
import { toCsv } from './csv';
import { describeChanges } from './changes';
import { sourcesRead } from './source';


function parseArgs(argv: string[]) {
	const at = argv.indexOf('--from');
	const from = at >= 0 ? argv[at + 1] : join(root, '..', 'shared', 'data', 'raw');
	const outAt = argv.indexOf('--out');
	return { from: resolve(from ?? ''), out: outAt >= 0 ? resolve(argv[outAt + 1]) : dataDir };
}

export function runImport(from: string) {
	const authorities = importAuthorities(from);
	const index = new AuthorityIndex(authorities);
	const caseReviews = importCaseReviews(from, index);
	const inspections = importInspections(from, index);
	checkLatestJudgements(from, index, inspections);
	return {
		'authorities.csv': toCsv(authorities),
		'inspections.csv': toCsv(inspections),
		'visits.csv': toCsv(importVisits(from, index)),
		'statistical_neighbours.csv': toCsv(importNeighbours(from, index)),
		'indicator_values.csv': toCsv(importIndicators(from, index)),
		'indicator_polarity.csv': toCsv(importPolarity(from)),
		'releases.csv': toCsv(RELEASES),
		'case_reviews.csv': toCsv(caseReviews.reviews),
		'case_review_authorities.csv': toCsv(caseReviews.links),
		'notifications.csv': toCsv(importNotifications(from)),
		'hex_layout.csv': toCsv(importHexes(from, index)),
		'boundaries.topojson': importBoundaries(from, index) + '\n'
	};
}

function main() {
	const { from, out } = parseArgs(process.argv.slice(2));
	let files: Record<string, string>;
	try {
		files = runImport(from);
	} catch (error) {
		if (!(error instanceof SourceError)) throw error;
		console.error(`Import stopped; nothing in ${out} was changed.\n  ${error.message}\n  Fix or replace that file and run npm run data:import again.`);
		process.exit(1);
	}
	console.log('Read:');
	for (const { name, rows } of sourcesRead()) console.log(`  ${name}: ${rows} rows`);
	console.log(`Wrote ${out}:`);
	for (const [name, content] of Object.entries(files)) {
		const path = join(out, name);
		console.log(`  ${describeChanges(name, existsSync(path) ? readFileSync(path, 'utf8') : null, content)}`);
	}
	// Write beside the targets, then rename: a reader never sees a half-written table.
	mkdirSync(out, { recursive: true });
	for (const [name, content] of Object.entries(files)) {
		const temporary = join(out, `.${name}.tmp`);
		writeFileSync(temporary, content);
		renameSync(temporary, join(out, name));
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
