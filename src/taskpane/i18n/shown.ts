import { errorMessage } from '../hooks/errorMessage';
import type { Strings } from './strings';

/**
 * A text the pane keeps to show later (an outcome, a failure): made when it is shown, in the
 * language shown then, so that switching the language changes it too without redoing anything.
 */
export type Shown = (strings: Strings) => string;

/** An error as the pane shows it, in the language of the moment (errorMessage). */
export function shownError(error: unknown): Shown {
  return (strings) => errorMessage(error, strings.lang);
}
