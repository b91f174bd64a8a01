import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { RunResult } from '../../src/engine';
import { CustomerStatement } from '../../src/taskpane/components/CustomerStatement';
import { SettlementSection } from '../../src/taskpane/components/SettlementSection';
import { settlementView } from '../../src/taskpane/customers/settlementView';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import type { CustomerSettlement } from '../../src/taskpane/worker/customerSettlement';
import { customerDetail } from '../../src/taskpane/worker/engineRun';
import { errors, run } from '../engine/helpers';
import { SURPLUS, followUpWorkbook } from '../engine/followUpWorkbook';
import { withSetting } from '../engine/lastYearTables';

// A customer's settlement in its drawer, on test/engine/followUpWorkbook.ts's workbook with the
// SURPLUS actuals (March closed): results Kassa +100, Lev +99, Uppdrag +50; invoiced to date
// Kassa A 135, B 267; Lev A 300, B 400; Uppdrag A 150 (worked out in that file).

const withSettings = (pairs: [string, CellValue][], tables: RawTable[] = followUpWorkbook(SURPLUS)) => pairs.reduce((t, [p, v]) => withSetting(t, p, v), tables);
const overCap = run(withSettings([['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']]));

function html(strings: Strings, element: ReturnType<typeof createElement>): string {
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, element)));
}

/** The visible text, tags and Fluent's theme styles left out, spaces made plain. */
function shown(markup: string): string {
  return markup.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

const section = (strings: Strings, settlement: CustomerSettlement | null, customer = 'B') => shown(html(strings, createElement(SettlementSection, { settlement, customer })));
const settlementOf = (result: RunResult, customer: string) => {
  expect(errors(result)).toEqual([]);
  return customerDetail(result, customer).settlement;
};

describe('the worker’s customer detail: its part of Slutavräkning', () => {
  it('gives each service’s invoiced, share, the service’s amount and the customer’s, and the total, in kronor', () => {
    // 149 returned (100 + 249 − 200), split over the services 60 / 59 / 30 by their surplus;
    // Kassa's 60 by 135 : 267 -> 20 / 40, Lev's 59 by 300 : 400 -> 25 / 34, Uppdrag's 30 to A.
    const b = settlementOf(overCap, 'B')!;
    expect(b).toMatchObject({ method: 'Över tak', final: false, period: '2021-03', settled: 149, cap: 200, closing: 200, anyLines: true, total: -74 });
    expect(b.lines.map((l) => [l.service, l.area, l.invoiced, l.invoicedTotal, l.serviceAmount, l.amount, l.basis])).toEqual([
      ['Kassa', 'Ekonomi', 267, 402, -60, -40, 'invoiced'],
      ['Lev', 'Ekonomi', 400, 700, -59, -34, 'invoiced'],
    ]);
    expect(b.lines.map((l) => l.share)).toEqual([267 / 402, 400 / 700]);
    const a = settlementOf(overCap, 'A')!;
    expect(a.lines.map((l) => [l.service, l.amount])).toEqual([
      ['Kassa', -20],
      ['Lev', -25],
      ['Uppdrag', -30],
    ]);
    expect(a.total).toBe(-75);
  });

  it('finds the customer as the workbook matches names (case and spaces ignored)', () => {
    expect(settlementOf(overCap, ' b ')!.total).toBe(-74);
  });

  it('is null without actuals, and without lines when Avräkning is Ingen or the fund stays under its cap', () => {
    const without = followUpWorkbook(SURPLUS).filter((t) => !['Utfall', 'Utfallsvolymer'].includes(t.name));
    expect(settlementOf(run(withSettings([['Avräkning', 'Full']], without)), 'B')).toBeNull();
    expect(settlementOf(run(withSettings([['Resultatfond IB', 100]])), 'B')).toMatchObject({ method: 'Ingen', settled: 0, lines: [], total: 0 });
    // 100 + 249 = 349 stays under a cap of 1 000.
    expect(settlementOf(run(withSettings([['Resultatfond IB', 100], ['Resultatfondstak', 1000], ['Avräkning', 'Över tak']])), 'B')).toMatchObject({ settled: 0, cap: 1000, lines: [] });
  });

  it('rests on the year’s actuals once December is closed (Full)', () => {
    // All twelve months closed, the actuals of January–March only: Kassa costs 300 against its
    // fixed fees for the year, A 533 and B 1 067: +1 300, by 533 : 1 067 = 433,06 / 866,94 ->
    // 433 / 867. Lev 600 against A 300 and B 400: +100, 42,86 / 57,14 -> 43 / 57. Uppdrag 100
    // against 600: +500 to A. B gets back 867 + 57 = 924.
    const b = settlementOf(run(withSettings([['Uppföljning t.o.m.', 12], ['Avräkning', 'Full']])), 'B')!;
    expect(b).toMatchObject({ method: 'Full', final: true, period: '2021-12', total: -924 });
    expect(b.lines.map((l) => [l.service, l.invoiced, l.invoicedTotal, l.serviceAmount, l.amount])).toEqual([
      ['Kassa', 1067, 1600, -1300, -867],
      ['Lev', 400, 700, -100, -57],
    ]);
  });
});

describe('the drawer’s Slutavräkning section', () => {
  it('shows the customer’s lines with Swedish figures and the preliminary period, in Swedish', () => {
    const text = section(sv, settlementOf(overCap, 'B'));
    expect(text).toContain('Slutavräkning');
    expect(text).toContain('Avräkning Över tak: det som skulle ta resultatfonden över taket återbetalas till kunderna. Beloppen är preliminära: de bygger på prognosen t.o.m. 2021-03.');
    expect(text).toContain('Tjänst Fakturerat t.o.m. 2021-03 Andel Belopp');
    // Kassa: 267 of 402 = 66,42 %, −40 of the service's −60.
    expect(text).toContain('Kassa Tjänstens avräkning −60 kr 267 kr 66,42 % −40 kr');
    expect(text).toContain('Lev Tjänstens avräkning −59 kr 400 kr 57,14 % −34 kr');
    expect(text).toContain('Återbetalas till kunden −74 kr');
    expect(text).not.toContain('Uppdrag');
  });

  it('says the same in English, the workbook’s words kept', () => {
    const text = section(en, settlementOf(overCap, 'B'));
    expect(text).toContain('Settlement (Slutavräkning)');
    expect(text).toContain('Avräkning Över tak: what would take the result fund above its cap is returned to the customers. The amounts are preliminary: they rest on the forecast to 2021-03.');
    expect(text).toContain('Service Invoiced to 2021-03 Share Amount');
    expect(text).toContain('Returned to the customer −74 kr');
    expect(html(en, createElement(SettlementSection, { settlement: settlementOf(overCap, 'B'), customer: 'B' }))).toContain('aria-label="Settlement (Slutavräkning): B"');
  });

  it('names a charge with a plus and the year once it is closed', () => {
    const settlement: CustomerSettlement = {
      method: 'Full',
      final: true,
      period: '2021-12',
      settled: -1500,
      cap: null,
      closing: 0,
      anyLines: true,
      total: 1234,
      lines: [{ service: 'Lön', area: 'HR', invoiced: 10_000, invoicedTotal: 40_000, share: 0.25, serviceAmount: 4936, amount: 1234, basis: 'budget' }],
    };
    const text = section(sv, settlement);
    expect(text).toContain('Året är stängt: beloppen bygger på årets utfall.');
    expect(text).toContain('Fakturerat under året');
    expect(text).toContain('Lön Tjänstens avräkning +4 936 kr Inget fakturerat ännu: andelen följer budgetens debitering 10 000 kr 25,0 % +1 234 kr');
    expect(text).toContain('Debiteras kunden +1 234 kr');
  });

  it('says in one line, and with no table, why there is nothing to settle', () => {
    const cases: [CustomerSettlement | null, string, string][] = [
      [null, 'Inget att avräkna: arbetsboken har inget utfall (Utfall, Utfallsvolymer) att följa upp.', 'Nothing to settle: the workbook has no actuals (Utfall, Utfallsvolymer) to follow up.'],
      [
        settlementOf(run(withSettings([['Resultatfond IB', 100]])), 'B'),
        'Inget att avräkna: Avräkning är Ingen, så årets resultat (prognosen t.o.m. 2021-03) stannar i resultatfonden.',
        'Nothing to settle: Avräkning is Ingen, so the year’s result (the forecast to 2021-03) stays in the result fund.',
      ],
      [
        settlementOf(run(withSettings([['Resultatfond IB', 100], ['Resultatfondstak', 1000], ['Avräkning', 'Över tak']])), 'B'),
        'Inget att avräkna: resultatfonden håller sig inom taket på 1 000 kr (prognosen t.o.m. 2021-03).',
        'Nothing to settle: the result fund stays within its cap of 1 000 kr (the forecast to 2021-03).',
      ],
    ];
    for (const [settlement, svText, enText] of cases) {
      const markup = html(sv, createElement(SettlementSection, { settlement, customer: 'B' }));
      expect(markup).not.toContain('<table');
      expect(shown(markup)).toContain(svText);
      expect(section(en, settlement)).toContain(enText);
    }
  });

  it('tells a customer outside a settlement from a year with nothing settled', () => {
    // C (Anställda 0) is charged nothing for Kassa and has no Lev volume: no part in the settlement above.
    const withC = followUpWorkbook(SURPLUS).map((t) => (t.name === 'Nycklar' ? { ...t, rows: [...t.rows, ['C', 0]] } : t));
    const c = settlementOf(run(withSettings([['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']], withC)), 'C')!;
    expect(c).toMatchObject({ settled: 149, anyLines: true, lines: [], total: 0 });
    expect(settlementView(c)).toEqual({ kind: 'notThisCustomer', period: '2021-03', final: false });
    expect(section(sv, c, 'C')).toContain('Inget att avräkna med kunden: den har inte fakturerats för någon av de tjänster som avräknas (prognosen t.o.m. 2021-03).');
    expect(section(en, c, 'C')).toContain('Nothing to settle with this customer: it was not invoiced for any of the services settled (the forecast to 2021-03).');
    const none = { method: 'Full' as const, final: false, period: '2021-06', settled: 0, cap: null, closing: 0, anyLines: false, lines: [], total: 0 };
    expect(settlementView(none)).toEqual({ kind: 'nothingSettled', period: '2021-06', final: false });
    expect(section(en, none)).toContain('Nothing to settle: no service has a result to settle with the customers (the forecast to 2021-06).');
  });
});

describe('the pane’s Kundbesked', () => {
  it('ends its method with the engine’s settlement sentence', () => {
    const detail = customerDetail(overCap, 'B');
    const element = createElement(CustomerStatement, { statement: detail.statement, customer: 'B', hostKind: 'browser', statements: { busy: false, outcome: null, deliver: async () => {} } });
    // B: Kassa 40 and Lev 34, 74 in all (above).
    expect(shown(html(sv, element))).toContain(
      'Slutavräkning enligt självkostnadsprincipen: ni får tillbaka 74 kr av årets överskott (Kassa 40 kr, Lev 34 kr), i proportion till vad ni fakturerats för varje tjänst. Beloppen är preliminära: de bygger på prognosen t.o.m. 2021-03.',
    );
  });
});
