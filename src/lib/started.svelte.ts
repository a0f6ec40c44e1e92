import { onMount } from 'svelte';

/**
 * For what only script can use (a chart's actions, the page's share button): true a task after the
 * component mounts. On a prerendered page that is after hydration, so these buttons and the layout
 * they cause are not added to the page's first task, the longest a phone runs.
 */
export function startedSoon(): { readonly ready: boolean } {
	let ready = $state(false);
	onMount(() => {
		const timer = setTimeout(() => (ready = true));
		return () => clearTimeout(timer);
	});
	return {
		get ready() {
			return ready;
		}
	};
}
