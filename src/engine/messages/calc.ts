import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of pricing and allocating (engine/calc). */
export const calcPhrases = {
};
