import { renderMessage } from '../../engine/messages/catalog';
import { wordingFor } from '../../engine/messages/languages';
import { phrase, type Language, type Phrase, type Wording } from '../../engine/messages/wording';
import { excelPhrases } from './excel';
import { ledgerImportPhrases } from './ledgerImport';
import { limitPhrases } from './limits';
import { notePhrases } from './notes';
import { packagePhrases } from './package';
import { refusalPhrases } from './refusals';
import { rolloverExcelPhrases, rolloverPhrases } from './rollover';

/** The reasons a file is no workbook the xlsx adapter can read (package.ts). */
export type PackageReason = { [K in keyof typeof packagePhrases]: { readonly id: K; readonly args: ArgsOf<(typeof packagePhrases)[K]> } }[keyof typeof packagePhrases];

type ArgsOf<P> = P extends Phrase<infer A> ? A : never;

function reasonText(reason: PackageReason, w: Wording): string {
  const phrase = packagePhrases[reason.id] as Phrase<unknown>;
  return phrase[w.lang](reason.args, w);
}

const unreadablePhrases = {
  unreadableWorkbook: phrase(
    (a: { reason: PackageReason }, w) => `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): ${reasonText(a.reason, w)}`,
    (a, w) => `The file could not be read as an Excel workbook (.xlsx): ${reasonText(a.reason, w)}`,
  ),
};

/**
 * Every message the workbook adapters give the user, by id, in Swedish and English: Excel's
 * errors, the refusals before a write, Excel's limits, what a write left out, unreadable files. An error that carries
 * one keeps its Swedish text as `message` (the command line and the logs) and the message as
 * `text`, for the pane to render in its language. Ids are disjoint from the engine's (a test).
 */
export const WORKBOOK_PHRASES = { ...excelPhrases, ...refusalPhrases, ...limitPhrases, ...notePhrases, ...packagePhrases, ...unreadablePhrases, ...rolloverPhrases, ...rolloverExcelPhrases, ...ledgerImportPhrases };

export type WorkbookMessageId = keyof typeof WORKBOOK_PHRASES;
export type WorkbookMessageArgs<K extends WorkbookMessageId> = ArgsOf<(typeof WORKBOOK_PHRASES)[K]>;
export type WorkbookMessage = { [K in WorkbookMessageId]: { readonly id: K; readonly args: WorkbookMessageArgs<K> } }[WorkbookMessageId];

/** A workbook message with its arguments (plain data: it crosses from a worker as it is). */
export function workbookMsg<K extends WorkbookMessageId>(id: K, args: WorkbookMessageArgs<K>): WorkbookMessage & { id: K } {
  return { id, args } as WorkbookMessage & { id: K };
}

/** A reason a file cannot be read, for UnreadableWorkbookError. */
export function packageReason<K extends keyof typeof packagePhrases>(id: K, args: ArgsOf<(typeof packagePhrases)[K]>): PackageReason {
  return { id, args } as PackageReason;
}

const wordings = { sv: wordingFor('sv', renderMessage), en: wordingFor('en', renderMessage) };

/** The message's text in a language. */
export function renderWorkbookMessage(message: WorkbookMessage, lang: Language): string {
  const phrase = WORKBOOK_PHRASES[message.id] as Phrase<unknown>;
  return phrase[lang](message.args, wordings[lang]);
}

/** Whether `id` names a workbook message (the pane tells the catalogues apart by id). */
export function isWorkbookMessage(text: { id: string }): text is WorkbookMessage {
  return Object.hasOwn(WORKBOOK_PHRASES, text.id);
}
