import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { OutputTable } from '../../src/engine/output';
import { PRICE_LIST_COLUMNS } from '../../src/engine/report/priceList';
import { PriceListView } from '../../src/taskpane/components/PriceListView';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';

function priceList(rows: Record<string, string | number | null>[]): OutputTable {
  const columns = PRICE_LIST_COLUMNS.map(([header, format]) => ({ header, format }));
  return { name: 'Prislista', columns, rows: rows.map((r) => columns.map((c) => r[c.header] ?? null)) };
}

const outputs = [
  priceList([
    { Verksamhetsområde: 'Ekonomi', Tjänst: 'Kundreskontra', Prismodell: 'Styck', Enhet: 'faktura', Pris: 20.7, 'Pris före tak': 21.37, Självkostnad: 17_599_550, Intäkt: 17_183_295, 'Att finansiera': 416_255 },
    { Verksamhetsområde: 'Upphandling', Tjänst: 'Central upphandling', Prismodell: 'Direkt', Självkostnad: 22_999_591, Intäkt: 23_000_000, 'Avtalat belopp': 23_000_000 },
    { Verksamhetsområde: 'Ekonomi', Tjänst: 'Lönekörning', Prismodell: 'Styck', Enhet: 'lönespec', Pris: 41, Självkostnad: 9_000_000, Intäkt: 9_000_000 },
  ]),
];

/** The visible text of the view, tags and Fluent's theme styles left out, spaces made plain. */
function shown(strings: Strings): string {
  const html = renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, createElement(PriceListView, { outputs }))));
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

describe('the pane’s price list on decided prices', () => {
  it('shows a price held at the cap, the price before it and what is left to finance, and an agreed sum', () => {
    const text = shown(sv);
    expect(text).toContain('Hållet vid pristaket: 20,70 kr i stället för 21,37 kr');
    expect(text).toContain('Att finansiera 416 255 kr');
    expect(text).toContain('Vid pristak');
    expect(text).toContain('Avtalat belopp 23 000 000 kr');
    // Once each: Lönekörning has neither.
    expect(text.match(/Vid pristak/g)).toHaveLength(1);
    expect(text.match(/Att finansiera/g)).toHaveLength(1);
  });

  it('says the same in English', () => {
    const text = shown(en);
    expect(text).toContain('Held at the price cap: 20,70 kr instead of 21,37 kr');
    expect(text).toContain('To be financed (Att finansiera) 416 255 kr');
    expect(text).toContain('Agreed amount (Avtalat belopp) 23 000 000 kr');
  });
});
