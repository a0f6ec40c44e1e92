import { nationalPicture } from '$lib/server/national';

/** The home page's default view (England, as at the latest data), prerendered: it shows without JavaScript. */
export const load = nationalPicture;
