/** Every layout of the corpus, in file order. */
import type { Layout } from './kit';
import { SICHUAN_PROJECT, SICHUAN_STACKED } from './sichuan';

export const LAYOUTS: Layout[] = [SICHUAN_PROJECT, SICHUAN_STACKED];
