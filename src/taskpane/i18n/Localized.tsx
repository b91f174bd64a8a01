import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { StringsContext } from './index';
import { rememberLanguage, stringsOf, type Language, type LanguageStorage } from './language';

interface LanguageChoice {
  language: Language;
  choose(language: Language): void;
}

const LanguageContext = createContext<LanguageChoice | null>(null);

/** The language switch's state: null outside <Localized> (then there is nothing to switch). */
export function useLanguageChoice(): LanguageChoice | null {
  return useContext(LanguageContext);
}

/**
 * The pane's strings in the language chosen, switchable while the pane runs and remembered in
 * `storage`; the page's `lang` follows, so screen readers read with the right voice.
 */
export function Localized({ initial, storage, children }: { initial: Language; storage: LanguageStorage | null; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const choose = useCallback(
    (next: Language) => {
      setLanguage(next);
      rememberLanguage(storage, next);
    },
    [storage],
  );
  const strings = stringsOf(language);
  useEffect(() => {
    document.documentElement.lang = strings.lang;
  }, [strings]);
  const choice = useMemo(() => ({ language, choose }), [language, choose]);
  return (
    <LanguageContext.Provider value={choice}>
      <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>
    </LanguageContext.Provider>
  );
}
