import { nationalPicture } from '$lib/server/national';

/** Prerendered with the defaults the page opens with: England, as at the latest data. */
export const load = nationalPicture;
