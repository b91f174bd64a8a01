import { renderWorkbookMessage, type WorkbookMessage } from './catalog';

/**
 * An error the user is to read: `message` in Swedish (the command line, the logs), `text` the
 * same message as an id and arguments, which the pane renders in the language it shows.
 */
export class WorkbookMessageError extends Error {
  readonly text: WorkbookMessage;

  constructor(text: WorkbookMessage, options?: { cause?: unknown }) {
    super(renderWorkbookMessage(text, 'sv'), options);
    this.text = text;
  }
}
