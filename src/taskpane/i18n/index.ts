import { createContext, useContext } from 'react';
import { en } from './en';
import type { Strings } from './strings';
import { sv } from './sv';

/** Swedish unless the display language is English ("en", "en-US", "en-GB" …). */
export function stringsFor(displayLanguage: string | null | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith('en') ? en : sv;
}

export const StringsContext = createContext<Strings>(sv);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

export type { Strings, SettingLine } from './strings';
