import type { Language } from '../../engine/messages/catalog';
import { renderErrorText, textOf } from '../messages/errorText';

/**
 * The text to show for an error thrown by a host or the engine, in the pane's language when the
 * error carries a message (`text`); else its own message (the adapters write theirs in Swedish;
 * a programming error says what it says).
 */
export function errorMessage(error: unknown, lang: Language): string {
  const text = textOf(error);
  if (text) return renderErrorText(text, lang);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Lets the browser paint (the progress bar) before the next synchronous step. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
