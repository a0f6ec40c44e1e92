/**
 * The part of a page its reader sees first (`Opening.svelte`): its charts are prerendered once per
 * band of widths, as an embed's are, so that they are drawn for the reader's screen before the page
 * runs, which it does only on the reader's first interaction (src/lib/wake.ts).
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('opening');

export const setOpening = () => setContext(KEY, true);
export const inOpening = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
