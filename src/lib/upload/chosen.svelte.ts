/**
 * Which of the user's uploaded series a view shows: `upload_<name>:<series>`, kept in the address's
 * fragment (`#mine=…`), which a browser never sends to a server, so the name of a user's file or
 * column is never in a request. A link naming only an upload shows its first series.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { warmUpEngine } from '../live/query.svelte';
import { readIndex } from './store';
import { uploads } from './uploads.svelte';

const MAX_LENGTH = 300;

export class ChosenSeries {
	/** As the link or the user gave it. */
	mine = $state('');
	/** Every uploaded series, as a select offers them. */
	readonly options = $derived(uploads.list.filter((u) => u.kind === 'series').flatMap((u) => u.measures.map((m) => ({ value: `${u.table}:${m}`, label: `${u.file}: ${m}` }))));
	readonly chosen = $derived.by(() => {
		if (this.mine.includes(':')) return this.mine;
		const whole = uploads.list.find((u) => u.table === this.mine);
		return whole?.measures.length ? `${whole.table}:${whole.measures[0]}` : this.mine;
	});
	readonly upload = $derived(this.chosen.split(':')[0]);
	readonly measure = $derived(this.chosen.slice(this.upload.length + 1));
	/** Whether this browser holds the series chosen. */
	readonly present = $derived(this.options.some((o) => o.value === this.chosen));
	/** Whether a link names a series this browser does not hold (known once the uploads are restored). */
	readonly missing = $derived(this.mine !== '' && uploads.restored && !this.present);

	constructor() {
		// The router's address, not `location`: on a navigation it is already the new page's when this mounts.
		$effect(() => {
			const value = new URLSearchParams(page.url.hash.slice(1)).get('mine') ?? '';
			this.mine = value.length <= MAX_LENGTH ? value : '';
		});
		// Uploads live in the page's DuckDB: start it when this browser holds some, or a link names one.
		onMount(() => {
			void readIndex().then((kept) => (this.mine || kept.length > 0) && warmUpEngine());
		});
	}

	choose(value: string) {
		this.mine = value;
		replaceState(`#${new URLSearchParams({ mine: value })}`, page.state);
	}
}
