import { comparePicture } from '$lib/server/compare';

export const load = comparePicture;
