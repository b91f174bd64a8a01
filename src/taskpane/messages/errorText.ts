import { PHRASES, renderMessage, type Language, type Message } from '../../engine/messages/catalog';
import { isWorkbookMessage, renderWorkbookMessage, type WorkbookMessage } from '../../workbook/messages/catalog';
import { isPaneMessage, renderPaneMessage, type PaneMessage } from './pane';

/** A message an error carries for the user: the engine's, the workbook adapters' or the pane's own (ids disjoint). */
export type ErrorText = Message | WorkbookMessage | PaneMessage;

/**
 * An error the pane raises for the user, or one rebuilt from a worker's answer: `message` in
 * Swedish (the logs), `text` for the pane to render in its language.
 */
export class TextError extends Error {
  constructor(
    readonly text: ErrorText,
    message = renderErrorText(text, 'sv'),
  ) {
    super(message);
  }
}

/** The message an error carries, if any. */
export function textOf(error: unknown): ErrorText | null {
  if (typeof error !== 'object' || error === null) return null;
  const text = (error as { text?: unknown }).text;
  if (typeof text !== 'object' || text === null || typeof (text as { id?: unknown }).id !== 'string') return null;
  const id = (text as { id: string }).id;
  return isPaneMessage({ id }) || isWorkbookMessage({ id }) || Object.hasOwn(PHRASES, id) ? (text as ErrorText) : null;
}

export function renderErrorText(text: ErrorText, lang: Language): string {
  if (isPaneMessage(text)) return renderPaneMessage(text, lang);
  if (isWorkbookMessage(text)) return renderWorkbookMessage(text, lang);
  return renderMessage(text, lang);
}
