import { startsInItsOwnTask } from '$lib/wake';
import type { PageLoadEvent } from './$types';

export const load = ({ data }: PageLoadEvent) => startsInItsOwnTask(data);
