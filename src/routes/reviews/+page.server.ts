import { reviewsPicture } from '$lib/server/reviews';

export const load = reviewsPicture;
