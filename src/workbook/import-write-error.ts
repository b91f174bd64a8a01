import { renderMessage, type Message } from '../engine/messages/catalog';

/**
 * Writing imported rows is refused: the table is missing, or what is around it would be
 * overwritten or moved wrongly. Both adapters throw it (xlsx/import, office/write-imported-rows).
 */
export class ImportWriteError extends Error {
  constructor(readonly text: Message) {
    super(renderMessage(text, 'sv'));
    this.name = 'ImportWriteError';
  }
}
