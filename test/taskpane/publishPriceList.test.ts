import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { exampleTables } from '../../src/example';
import { CustomersView } from '../../src/taskpane/components/CustomersView';
import { PublishPriceList } from '../../src/taskpane/components/PublishPriceList';
import { browserHost } from '../../src/taskpane/hosts/browserHost';
import { footerLabel, invoiceCsvFileName, priceListFileName, statementsPdfFileName, type PublishedFile } from '../../src/taskpane/hosts/published';
import { saveInvoiceCsv, savePriceList, saveStatementsPdf, type Publishing } from '../../src/taskpane/hooks/usePublished';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { createXlsx } from '../../src/workbook/xlsx';
import { pdfText } from '../publish/pdfText';
import { inProcessWorker } from './worker/inProcessWorker';

/** The visible text of an element, tags and Fluent's theme styles left out, spaces made plain. */
function shown(strings: Strings, element: ReturnType<typeof createElement>): string {
  const html = renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, element)));
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

const never = () => Promise.reject(new Error('not in this test'));
const idle: Publishing = { files: { priceList: never, statementsPdf: never, invoiceCsv: never }, save: never };

/** The example opened and calculated in the browser host, its worker in this thread. */
async function browserRun() {
  const example = createXlsx();
  await example.writeInputTables(exampleTables());
  const host = browserHost(inProcessWorker);
  const file = await host.open(new Blob([(await example.toBuffer()) as BlobPart]), () => {});
  const run = await file.run(() => {});
  return { host, run };
}

describe('the pane’s published price list', () => {
  it('shows the version label and the two buttons, in Swedish and in English', () => {
    const svText = shown(sv, createElement(PublishPriceList, { publishing: idle, budgetYear: 2021 }));
    expect(svText).toContain('Prislista att skicka ut');
    expect(svText).toContain('Versionsetikett');
    expect(svText).toContain('Prislista som PDF');
    expect(svText).toContain('Prislista som Excel-fil');
    const enText = shown(en, createElement(PublishPriceList, { publishing: idle, budgetYear: 2021 }));
    expect(enText).toContain('Price list to send out');
    expect(enText).toContain('Version label');
    expect(enText).toContain('Price list as PDF');
    expect(enText).toContain('Price list as Excel file');
    // The label starts empty: the footer then says only "Prislista 2021".
    expect(renderToStaticMarkup(createElement(PublishPriceList, { publishing: idle, budgetYear: 2021 }))).toMatch(/<input[^>]*value=""/);
  });

  it('shows Fakturafil with Fakturaunderlag som CSV, and Slutavräkning som CSV only when the run settles lines, in Swedish and in English', () => {
    const svText = shown(sv, createElement(PublishPriceList, { publishing: idle, budgetYear: 2021, settlementLines: 34 }));
    expect(svText).toContain('Fakturafil');
    expect(svText).toContain('Fakturakolumner');
    expect(svText).toContain('Fakturaunderlag som CSV');
    expect(svText).toContain('Slutavräkning som CSV');
    const enText = shown(en, createElement(PublishPriceList, { publishing: idle, budgetYear: 2021, settlementLines: 34 }));
    expect(enText).toContain('Invoice file');
    expect(enText).toContain('Fakturaunderlag as CSV');
    expect(enText).toContain('Slutavräkning as CSV');
    const none = shown(sv, createElement(PublishPriceList, { publishing: idle, budgetYear: 2021, settlementLines: 0 }));
    expect(none).toContain('Fakturaunderlag som CSV');
    expect(none).not.toContain('Slutavräkning som CSV');
  });

  it('Fakturaunderlag som CSV hands the host the run’s invoice file: BOM, the five columns, every line of the run', async () => {
    const { run } = await browserRun();
    const saved: PublishedFile[] = [];
    const publishing: Publishing = { files: run.details!.publish!, save: async (file) => (saved.push(file), 'downloaded') };
    expect(await saveInvoiceCsv(publishing, false, 2021)).toEqual({ delivery: 'downloaded', name: 'Fakturaunderlag 2021.csv' });
    expect(await saveInvoiceCsv(publishing, true, 2021)).toEqual({ delivery: 'downloaded', name: 'Slutavräkning 2021.csv' });
    expect(saved.map((f) => [f.name, f.format, f.bytes.type])).toEqual([
      ['Fakturaunderlag 2021.csv', 'csv', 'text/csv;charset=utf-8'],
      ['Slutavräkning 2021.csv', 'csv', 'text/csv;charset=utf-8'],
    ]);
    const bytes = new Uint8Array(await saved[0]!.bytes.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Kund;Tjänst;Period;Belopp;Text');
    // As many lines as Fakturaunderlag has rows in the run the pane shows.
    const basis = run.data.outputs.find((o) => o.name === 'Fakturaunderlag')!;
    expect(lines.length - 2).toBe(basis.rowCount);
    expect(lines.at(-1)).toBe('');
  });

  it('offers Kundbesked as PDF in Kunder only where the host can hand a file over', () => {
    const props = { outputs: [], hostKind: 'excel' as const, onOpenCustomer: () => {}, statements: { busy: false, outcome: null, deliver: async () => {} } };
    expect(shown(sv, createElement(CustomersView, { ...props, publishing: idle }))).toContain('Spara som PDF (0)');
    expect(shown(en, createElement(CustomersView, { ...props, publishing: idle }))).toContain('Save as PDF (0)');
    expect(shown(sv, createElement(CustomersView, { ...props, publishing: null }))).not.toContain('PDF');
  });

  it('names the files after the document, without characters a file name cannot hold', () => {
    expect(priceListFileName(2021, ' Servicenämnden 2021-11-18 ', 'pdf')).toBe('Prislista 2021 Servicenämnden 2021-11-18.pdf');
    expect(priceListFileName(2021, '', 'xlsx')).toBe('Prislista 2021.xlsx');
    expect(priceListFileName(null, 'Beslut 2021/11: "slutligt"', 'pdf')).toBe('Prislista Beslut 2021 11 slutligt.pdf');
    expect(statementsPdfFileName(['Södermalm stadsdelsförvaltning'])).toBe('Kundbesked Södermalm stadsdelsförvaltning.pdf');
    expect(statementsPdfFileName(['A', 'B', 'C'])).toBe('Kundbesked 3 kunder.pdf');
    expect(invoiceCsvFileName(2021, false)).toBe('Fakturaunderlag 2021.csv');
    expect(invoiceCsvFileName(null, true)).toBe('Slutavräkning.csv');
    expect(footerLabel('  Utkast  ')).toBe('Utkast');
    expect(footerLabel('a\tb')).toBeNull();
    expect(footerLabel('x'.repeat(100))).toHaveLength(100);
    expect(footerLabel('x'.repeat(101))).toBeNull();
  });

  it('Prislista som PDF hands the host a PDF of the run: every service, åäö and the label in the footer', async () => {
    const { run } = await browserRun();
    const saved: PublishedFile[] = [];
    const publishing: Publishing = { files: run.details!.publish!, save: async (file) => (saved.push(file), 'downloaded') };
    expect(await savePriceList(publishing, 'pdf', 'Servicenämnden 2021-11-18', 2021)).toEqual({ delivery: 'downloaded', name: 'Prislista 2021 Servicenämnden 2021-11-18.pdf' });
    expect(saved.map((f) => [f.name, f.format, f.bytes.type])).toEqual([['Prislista 2021 Servicenämnden 2021-11-18.pdf', 'pdf', 'application/pdf']]);
    const bytes = new Uint8Array(await saved[0]!.bytes.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text, pages } = pdfText(bytes);
    const services = exampleTables().find((t) => t.name === 'Tjänster')!;
    const nameColumn = services.headers.indexOf('Tjänst');
    for (const row of services.rows) expect(text).toContain(String(row[nameColumn]).slice(0, 18));
    expect(text).toContain('Fjolårspris');
    expect(text).toContain('Förändring');
    expect(text).toMatch(/Prislista 2021 · Servicenämnden 2021-11-18\s+Sida 1 av/);
    expect(pages).toBeGreaterThan(1);
  });

  it('Spara som PDF hands the host Kundbesked of the chosen customers, and the browser host offers it as a download', async () => {
    const { host, run } = await browserRun();
    const clicked: { href: string; download: string }[] = [];
    const link = { href: '', download: '', click: () => clicked.push({ href: link.href, download: link.download }) };
    const globals = globalThis as { document?: unknown };
    globals.document = { createElement: (tag: string) => (tag === 'a' ? link : null) };
    // The link's blob: address is let go a minute later: held here, and let go at the end.
    const later: (() => void)[] = [];
    const realTimeout = globalThis.setTimeout;
    const timeout = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      if (ms === 60_000) {
        later.push(fn);
        return 0;
      }
      return realTimeout(fn, ms);
    }) as typeof setTimeout);
    try {
      const customers = ['Södermalm stadsdelsförvaltning', 'Kulturförvaltningen'];
      const result = await saveStatementsPdf({ files: run.details!.publish!, save: host.savePublished! }, customers);
      expect(result).toEqual({ delivery: 'downloaded', name: 'Kundbesked 2 kunder.pdf' });
      expect(clicked).toHaveLength(1);
      expect(clicked[0]!.download).toBe('Kundbesked 2 kunder.pdf');
      expect(clicked[0]!.href).toMatch(/^blob:/);
      const blob = await fetch(clicked[0]!.href).then((r) => r.blob());
      const { text } = pdfText(new Uint8Array(await blob.arrayBuffer()));
      expect(text.split('\f')[0]).toContain('Södermalm stadsdelsförvaltning');
      expect(text).toContain('Kulturförvaltningen');
      expect(later).toHaveLength(1);
      later[0]!();
      await expect(fetch(clicked[0]!.href)).rejects.toThrow();
    } finally {
      timeout.mockRestore();
      delete globals.document;
    }
  });
});
