import type { Phrase } from './wording';
import type { Language } from './wording';
import { wordingFor } from './languages';
import { readPhrases } from './read';
import { calcPhrases } from './calc';
import { reportPhrases } from './report';
import { lastYearPhrases } from './lastYear';
import { scenarioPhrases } from './scenarios';
import { monthPhrases } from './months';
import { followUpPhrases } from './followUp';
import { capPhrases } from './cap';
import { ledgerPhrases } from './ledger';
import { ledgerActualsPhrases } from './ledgerActuals';
import { versionPhrases } from './versions';
import { invoiceLayoutPhrases } from './invoiceLayout';

/**
 * Every message the engine gives, by id, in Swedish and English. The engine makes a Message
 * (an id and its arguments, plain data that crosses to a worker's caller as it is); a reader
 * renders it in their language. The areas' ids are disjoint (test/engine/messages).
 */
export const PHRASES = { ...readPhrases, ...calcPhrases, ...reportPhrases, ...lastYearPhrases, ...scenarioPhrases, ...monthPhrases, ...followUpPhrases, ...capPhrases, ...ledgerPhrases, ...ledgerActualsPhrases, ...versionPhrases, ...invoiceLayoutPhrases };

export type MessageId = keyof typeof PHRASES;
export type MessageArgs<K extends MessageId> = (typeof PHRASES)[K] extends Phrase<infer A> ? A : never;
export type Message = { [K in MessageId]: { readonly id: K; readonly args: MessageArgs<K> } }[MessageId];

/** A message with its arguments; its text is made when it is read. */
export function msg<K extends MessageId>(id: K, args: MessageArgs<K>): Message {
  return { id, args } as Message;
}

const wordings = { sv: wordingFor('sv', renderMessage), en: wordingFor('en', renderMessage) };

/** The message's text in a language. */
export function renderMessage(message: Message, lang: Language): string {
  const phrase = PHRASES[message.id] as Phrase<unknown>;
  return phrase[lang](message.args, wordings[lang]);
}

export type { Language } from './wording';
