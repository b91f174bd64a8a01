import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { msg } from '../../src/engine/messages/catalog';
import { ProblemList } from '../../src/engine/read/problemList';
import { LedgerImportView } from '../../src/taskpane/components/LedgerImport';
import type { ImportWritePlan, LedgerPort, LedgerPreview, LedgerRequest } from '../../src/taskpane/hosts/ledgerPort';
import { LedgerImportFlow, type LedgerImportState } from '../../src/taskpane/hooks/useLedgerImport';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { amountText, ledgerImportTexts } from '../../src/taskpane/messages/ledgerImport';

const MARK = 'Huvudboksimport: budget.csv 2026-12-05';

/** What the worker answers for the CSV of test/engine/ledger/files.ts: figures by hand in test/cli/import.test.ts. */
function preview(change: Partial<LedgerPreview> = {}): LedgerPreview {
  return {
    fileName: 'rapport.csv',
    table: 'Kostnader',
    markColumn: 'Källa',
    kind: 'CSV (Windows-1252)',
    fileRows: 4,
    problems: [],
    reconciliation: { ledgerTotal: '1253766.25', unmappedTotal: '-5000', importedTotal: '1258766.25', rows: 4, mappedRows: 3, lines: 2 },
    unmapped: [{ konto: '3510', ansvar: '200', verksamhet: '', aktivitet: '', amount: '-5000', lines: [5] }],
    unusedRules: [1, 3],
    rows: [
      { Kostnadsobjekt: 'IT-pool', Kostnadsslag: 'IT', Belopp: 8765.5, 'Fördelas efter': null, Källa: MARK },
      { Kostnadsobjekt: 'Lön och pension', Kostnadsslag: 'Personal', Belopp: 1250000.75, 'Fördelas efter': null, Källa: MARK },
    ],
    existing: { imported: 3, user: 2 },
    ...change,
  };
}

/** A port that answers with `answer` and records what it was asked. */
function port(answer: LedgerPreview) {
  const asked: LedgerRequest[] = [];
  const written: ImportWritePlan[] = [];
  const ledger: LedgerPort = {
    preview: async (request) => {
      asked.push(request);
      return answer;
    },
    write: async (plan) => {
      written.push(plan);
      return { written: plan.rows.length, replaced: 3, kept: 2 };
    },
  };
  return { ledger, asked, written };
}

const BYTES = new TextEncoder().encode('Konto;Belopp\r\n');

describe('the pane’s import: choose, see, ask, write', () => {
  it('reads the chosen file, asks, and writes the preview’s rows on yes', async () => {
    const { ledger, asked, written } = port(preview());
    const flow = new LedgerImportFlow(ledger, () => '2026-12-05');
    await flow.choose('rapport.csv', BYTES);
    expect(asked).toEqual([{ fileName: 'rapport.csv', bytes: BYTES, target: 'Kostnader', date: '2026-12-05' }]);
    expect(flow.state()).toMatchObject({ phase: 'preview', asking: false });
    flow.ask();
    expect(flow.state()).toMatchObject({ phase: 'preview', asking: true });
    await flow.answer(true);
    expect(written).toEqual([{ table: 'Kostnader', markColumn: 'Källa', rows: preview().rows }]);
    expect(flow.state()).toMatchObject({ phase: 'written', result: { written: 2, replaced: 3, kept: 2 } });
  });

  it('writes nothing on no, and asks again after', async () => {
    const { ledger, written } = port(preview());
    const flow = new LedgerImportFlow(ledger);
    await flow.choose('rapport.csv', BYTES);
    flow.ask();
    await flow.answer(false);
    expect(written).toEqual([]);
    expect(flow.state()).toMatchObject({ phase: 'preview', asking: false });
  });

  it('does not ask with errors, nor in strict mode with rows without a rule', async () => {
    const problems = new ProblemList();
    problems.error('ledger-bad-cell', { table: 'rapport.csv' }, msg('ledgerBadCell', { file: 'rapport.csv', line: 2, field: 'Belopp', text: '1.234' }));
    const broken = port(preview({ problems: problems.items, reconciliation: null, rows: [] }));
    const flow = new LedgerImportFlow(broken.ledger);
    await flow.choose('rapport.csv', BYTES);
    flow.ask();
    await flow.answer(true);
    expect(broken.written).toEqual([]);

    const strict = port(preview());
    const careful = new LedgerImportFlow(strict.ledger);
    await careful.setOptions({ strict: true });
    await careful.choose('rapport.csv', BYTES);
    careful.ask();
    expect(careful.state()).toMatchObject({ phase: 'preview', asking: false });
    await careful.answer(true);
    expect(strict.written).toEqual([]);
    // Strict off again: the same preview may be written, without reading the file again.
    await careful.setOptions({ strict: false });
    careful.ask();
    await careful.answer(true);
    expect(strict.written).toHaveLength(1);
    expect(strict.asked).toHaveLength(1);
  });

  it('reads the file again with the SIE record chosen', async () => {
    const { ledger, asked } = port(preview());
    const flow = new LedgerImportFlow(ledger, () => '2026-12-05');
    await flow.choose('budget.se', BYTES);
    await flow.setOptions({ siePost: 'PSALDO' });
    expect(asked.map((a) => a.siePost)).toEqual([undefined, 'PSALDO']);
  });
});

/** The visible text of the view, tags and Fluent's theme styles left out, spaces made plain. */
function shown(state: LedgerImportState, strings: Strings, inExcel = true): string {
  const flow = { choose: async () => {}, setOptions: async () => {}, ask: () => {}, answer: async () => {} };
  const view = createElement(LedgerImportView, { state, flow, inExcel });
  const html = renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, view)));
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

const options = { target: 'Kostnader', strict: false };

describe('the pane’s import on screen', () => {
  it('shows the reconciliation and the combination without a rule in Swedish figures', () => {
    const text = shown({ phase: 'preview', preview: preview(), asking: false, options, fileName: 'rapport.csv' }, sv);
    expect(text).toContain('Läste rapport.csv (CSV (Windows-1252)): 4 rader.');
    expect(text).toContain('Huvudboken 1 253 766,25 kr');
    expect(text).toContain('− utan regel −5 000 kr');
    expect(text).toContain('= importeras 1 258 766,25 kr');
    expect(text).toContain('3 av 4 rader har en regel och summeras till 2 rader i Kostnader.');
    expect(text).toContain('En kombination saknar regel i Kontering');
    expect(text).toContain('3510 200 −5 000 kr 5');
    expect(text).toContain('Skriv i Kostnader …');
  });

  it('says the same in English, the figures Swedish', () => {
    const text = shown({ phase: 'preview', preview: preview(), asking: false, options, fileName: 'rapport.csv' }, en);
    expect(text).toContain('Ledger 1 253 766,25 kr');
    expect(text).toContain('3 of 4 rows have a rule and are summed into 2 rows of Kostnader.');
    expect(text).toContain('One combination has no rule in Kontering');
  });

  it('shows errors located, in the pane’s language, and says nothing can be written', () => {
    const problems = new ProblemList();
    problems.error('ledger-bad-cell', { table: 'rapport.csv' }, msg('ledgerBadCell', { file: 'rapport.csv', line: 2, field: 'Belopp', text: '1.234' }));
    const state: LedgerImportState = { phase: 'preview', preview: preview({ problems: problems.items, reconciliation: null, rows: [], unmapped: [] }), asking: false, options, fileName: 'rapport.csv' };
    expect(shown(state, sv)).toContain('rapport.csv rad 2: Belopp "1.234" går inte att läsa som ett belopp');
    expect(shown(state, sv)).toContain('Ingenting kan skrivas förrän felen är rättade.');
    expect(shown(state, en)).toContain('rapport.csv line 2: Belopp (amount) "1.234" cannot be read as an amount');
  });

  it('says what it wrote and suggests Beräkna; the browser says the opened file has the rows', () => {
    const state: LedgerImportState = { phase: 'written', preview: preview(), result: { written: 2, replaced: 3, kept: 2 }, options, fileName: 'rapport.csv' };
    expect(shown(state, sv)).toContain('Skrev 2 importerade rader i Kostnader: 3 tidigare importerade ersattes, 2 egna rader behölls. Tryck på Beräkna för att räkna med raderna.');
    expect(shown(state, en, false)).toContain('The opened workbook now has the rows: press Beräkna');
  });

  it('asks as the issue words it', () => {
    expect(ledgerImportTexts('sv').confirm(12, 'Kostnader', 3, 40)).toBe('Skriv 12 rader i Kostnader? 3 tidigare importerade rader ersätts, dina egna 40 rader behålls.');
    expect(ledgerImportTexts('en').confirm(1, 'Kostnader', 0, 1)).toBe('Write one row into Kostnader? 0 rows of an earlier import are replaced, your own 1 row is kept.');
  });

  it('writes exact amounts as the pane writes kronor', () => {
    expect(amountText('1253766.25')).toBe('1\u00a0253\u00a0766,25\u00a0kr');
    expect(amountText('-5000')).toBe('\u22125\u00a0000\u00a0kr');
    expect(amountText('8765.5')).toBe('8\u00a0765,50\u00a0kr');
    expect(amountText('0.125')).toBe('0,125\u00a0kr');
    expect(amountText('-0')).toBe('0\u00a0kr');
  });
});
