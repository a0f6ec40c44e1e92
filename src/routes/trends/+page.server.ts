import { trendsPicture } from '$lib/server/trends';

/** Prerendered with the defaults the page opens with: England, as at the latest data, the last five years. */
export const load = trendsPicture;
