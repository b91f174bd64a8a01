import { phrase, type Language, type Phrase } from '../../engine/messages/wording';
import { PUBLISH_PHRASES } from './publish';
import { INVOICE_FILE_PHRASES } from './invoiceFile';

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** The pane's own messages to the user (its worker, its hosts), in Swedish and English. */
export const PANE_PHRASES = {
  workerNotStarted: phrase(
    (a: { detail: string | null }) => a.detail ?? 'Beräkningen i bakgrunden kunde inte startas.',
    (a) => (a.detail === null ? 'The calculation in the background could not be started.' : `The calculation in the background could not be started: ${a.detail}`),
  ),
  compressionFailed: phrase(
    (a: { detail: string | null }) => `Komprimeringen misslyckades: ${a.detail ?? 'komprimeringsarbetaren kunde inte starta'}`,
    (a) => `Compression failed: ${a.detail ?? 'the compression worker could not start'}`,
  ),
  noWorkbookOpen: phrase(
    (_: Record<string, never>) => 'Ingen arbetsbok är öppnad.',
    () => 'No workbook is open.',
  ),
  notCalculated: phrase(
    (_: Record<string, never>) => 'Ingen beräkning är gjord: tryck på Beräkna först.',
    () => 'Nothing has been calculated: press Beräkna first.',
  ),
  noCalculation: phrase(
    (_: Record<string, never>) => 'Det finns ingen beräkning: arbetsboken hade fel.',
    () => 'There is no calculation: the workbook had errors.',
  ),
  noOutputTable: phrase(
    (a: { table: string }) => `Körningen har ingen utdatatabell ${a.table}.`,
    (a) => `The run has no output table ${a.table}.`,
  ),
  statementsNotHere: phrase(
    (_: Record<string, never>) => 'Kundbesked kan inte laddas ned här.',
    () => 'Kundbesked cannot be downloaded here.',
  ),
  statementUnknownCustomer: phrase(
    (a: { customer: string; closeNames: string[] }) =>
      `Kunden "${a.customer}" finns inte i Nycklar.${a.closeNames.length ? ` Menar du ${quoted(a.closeNames)}?` : ''}`,
    (a) => `The customer "${a.customer}" is not in Nycklar.${a.closeNames.length ? ` Did you mean ${quoted(a.closeNames)}?` : ''}`,
  ),
  ...PUBLISH_PHRASES,
  ...INVOICE_FILE_PHRASES,
};

type ArgsOf<P> = P extends Phrase<infer A> ? A : never;
export type PaneMessageId = keyof typeof PANE_PHRASES;
export type PaneMessage = { [K in PaneMessageId]: { readonly id: K; readonly args: ArgsOf<(typeof PANE_PHRASES)[K]> } }[PaneMessageId];

export function paneMsg<K extends PaneMessageId>(id: K, args: ArgsOf<(typeof PANE_PHRASES)[K]>): PaneMessage {
  return { id, args } as PaneMessage;
}

export function isPaneMessage(text: { id: string }): text is PaneMessage {
  return Object.hasOwn(PANE_PHRASES, text.id);
}

/** The pane's messages use no Wording (no places, lists or months); these phrases ignore it. */
export function renderPaneMessage(message: PaneMessage, lang: Language): string {
  const phrase = PANE_PHRASES[message.id] as Phrase<unknown>;
  return phrase[lang](message.args, undefined as never);
}
