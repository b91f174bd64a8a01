import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of making the outputs (engine/report, engine/statement). */
export const reportPhrases = {
};
