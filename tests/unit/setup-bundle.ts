/** Builds static/db from the committed tables once, before the tests that query it. */
import { bundle } from '../../data/bundle';

export async function setup() {
	await bundle();
}
