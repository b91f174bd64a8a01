import { en } from './en';
import type { Strings } from './strings';
import { sv } from './sv';

export type Language = 'sv' | 'en';

/** Where the user's choice is kept (the page's localStorage; in Excel, the add-in's own origin). */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'intaktsmodell.language';

/** The language the user chose last time; else English for an English display language, else Swedish. */
export function initialLanguage(storage: LanguageStorage | null, displayLanguage: string | null | undefined): Language {
  const chosen = read(storage);
  if (chosen === 'sv' || chosen === 'en') return chosen;
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Keeps the choice for the next time the pane opens; a storage that refuses (private mode) only loses the memory. */
export function rememberLanguage(storage: LanguageStorage | null, language: Language): void {
  try {
    storage?.setItem(KEY, language);
  } catch {
    // The pane still switches; it just will not remember.
  }
}

export function stringsOf(language: Language): Strings {
  return language === 'en' ? en : sv;
}

function read(storage: LanguageStorage | null): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}
