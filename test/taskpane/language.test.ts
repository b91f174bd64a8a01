import { initialLanguage, rememberLanguage, stringsOf, type LanguageStorage } from '../../src/taskpane/i18n/language';

function memory(): LanguageStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('the pane’s language', () => {
  it('starts from the display language when nothing is remembered: English for en-*, else Swedish', () => {
    expect(initialLanguage(memory(), 'en-GB')).toBe('en');
    expect(initialLanguage(memory(), 'sv-SE')).toBe('sv');
    expect(initialLanguage(memory(), 'fi-FI')).toBe('sv');
    expect(initialLanguage(null, null)).toBe('sv');
  });

  it('remembers the choice, which wins over the display language next time', () => {
    const storage = memory();
    rememberLanguage(storage, 'en');
    expect(initialLanguage(storage, 'sv-SE')).toBe('en');
    rememberLanguage(storage, 'sv');
    expect(initialLanguage(storage, 'en-US')).toBe('sv');
    expect(stringsOf('en').lang).toBe('en');
    expect(stringsOf('sv').switchLanguage).toBe('Visa tillägget på engelska');
  });

  it('a storage that throws (private mode, a sandboxed frame) or holds something else is no choice', () => {
    const refusing: LanguageStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberLanguage(refusing, 'en')).not.toThrow();
    expect(initialLanguage(refusing, 'en-US')).toBe('en');
    const odd = memory();
    odd.items.set('intaktsmodell.language', 'de');
    expect(initialLanguage(odd, 'sv-SE')).toBe('sv');
  });
});
