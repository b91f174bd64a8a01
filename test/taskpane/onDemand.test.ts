import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { OutputTable } from '../../src/engine/output';
import { OnDemandOutputs } from '../../src/taskpane/components/OnDemandOutputs';
import type { DoneState } from '../../src/taskpane/hooks/useCalculation';
import { loadWriteAll, saveWriteAll, WRITE_ALL_KEY } from '../../src/taskpane/hooks/useWriteAll';
import { splitOutputs } from '../../src/taskpane/hosts/onDemand';
import { StringsContext } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import type { Strings } from '../../src/taskpane/i18n';

const table = (name: string): OutputTable => ({ name, columns: [{ header: 'A', format: 'text' }], rows: [] });

describe('what Beräkna writes in Excel', () => {
  const outputs = ['Prislista', 'Fördelning', 'Fakturaunderlag', 'Nyckeltal', 'Spårning', 'Kontroller'].map(table);

  it('keeps Fakturaunderlag and Spårning back, in the run’s order, unless Skriv alltid is on', () => {
    const kept = splitOutputs(outputs, false);
    expect(kept.write.map((o) => o.name)).toEqual(['Prislista', 'Fördelning', 'Nyckeltal', 'Kontroller']);
    expect(kept.later.map((o) => o.name)).toEqual(['Fakturaunderlag', 'Spårning']);
    const all = splitOutputs(outputs, true);
    expect(all.write).toEqual(outputs);
    expect(all.later).toEqual([]);
  });
});

describe('Skriv alltid, remembered', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
  };

  it('is off until chosen, and remembered both ways', () => {
    const storage = memory();
    expect(loadWriteAll(storage)).toBe(false);
    expect(saveWriteAll(storage, true)).toBe(true);
    expect(storage.items.get(WRITE_ALL_KEY)).toBe('ja');
    expect(loadWriteAll(storage)).toBe(true);
    saveWriteAll(storage, false);
    expect(loadWriteAll(storage)).toBe(false);
  });

  it('works for the session where storage is refused', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    expect(loadWriteAll(blocked)).toBe(false);
    expect(saveWriteAll(blocked, true)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(loadWriteAll(null)).toBe(false);
    expect(saveWriteAll(null, true)).toBe(false);
    warn.mockRestore();
  });
});

describe('OnDemandOutputs', () => {
  const run = (): DoneState =>
    ({
      phase: 'done',
      run: 1,
      onDemand: { names: ['Fakturaunderlag', 'Spårning'], write: async () => ({ notes: [], stale: [] }) },
    }) as unknown as DoneState;

  const render = (strings: Strings, state: DoneState | null, stale: string[] = [], writeAll = false) =>
    renderToStaticMarkup(
      createElement(
        FluentProvider,
        { theme: webLightTheme },
        createElement(StringsContext.Provider, { value: strings }, createElement(OnDemandOutputs, { run: state, stale, writeAll, onWriteAllChange: () => {}, busy: false })),
      ),
    );
  // The visible texts in order (FluentProvider's theme <style> left out).
  const text = (html: string) => html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n').split('\n').map((s) => s.trim()).filter((s) => s !== '');

  it('offers a button per kept output, the stale badge on the stale one, and lists the other stale sheets', () => {
    const shown = text(render(sv, run(), ['Fakturaunderlag', 'Kundbesked Södermalm']));
    expect(shown).toEqual([
      'Skriv alltid fakturaunderlag och spårning vid Beräkna',
      'Beräkna skriver de stora tabellerna Fakturaunderlag och Spårning bara när du ber om dem.',
      'Skriv fakturaunderlaget',
      'inaktuellt — skrivet före senaste beräkning',
      'Skriv spårningen',
      'Inaktuella blad',
      'Bladet Kundbesked Södermalm skrevs före den senaste beräkningen, från andra indata, och är märkt som inaktuellt. Skriv det igen för att få det aktuellt.',
    ]);
  });

  it('says the same in English, and lists several stale sheets', () => {
    const shown = text(render(en, run(), ['spårning', 'Kundbesked A', 'Kundbesked B']));
    expect(shown).toEqual([
      'Always write the invoice basis and the trace on Calculate',
      'Calculate writes the large tables Fakturaunderlag (invoice basis) and Spårning (trace) only when you ask for them.',
      'Write the invoice basis',
      'Write the trace',
      'stale — written before the latest calculation',
      'Stale sheets',
      'The sheets Kundbesked A and Kundbesked B were written before the latest calculation, from other inputs, and are marked stale. Write them again to bring them up to date.',
    ]);
  });

  it('shows only the setting before a run, checked when it is on', () => {
    const html = render(sv, null, [], true);
    expect(text(html)).toEqual(['Skriv alltid fakturaunderlag och spårning vid Beräkna']);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
  });
});
