import { createContext, useContext } from 'react';
import type { Strings } from './strings';
import { sv } from './sv';

export const StringsContext = createContext<Strings>(sv);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

export type { Strings, SettingLine } from './strings';
