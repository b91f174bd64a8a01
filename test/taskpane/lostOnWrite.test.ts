/**
 * The standalone pane's note on what the downloaded result lacks of the opened workbook: the
 * browser host passes the adapter's report on, the note says it in the pane's language, and
 * says nothing when nothing is lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CalculateBar } from '../../src/taskpane/components/CalculateBar';
import { LostOnWriteNote, type LostOnWriteNoteProps } from '../../src/taskpane/components/LostOnWriteNote';
import { browserHost } from '../../src/taskpane/hosts/browserHost';
import { StringsContext, stringsFor } from '../../src/taskpane/i18n';
import { createXlsx } from '../../src/workbook/xlsx';
import { exampleTables } from '../../src/example';
import { inProcessWorker } from './worker/inProcessWorker';

// Built by test/fixtures/make-fixtures.py with 2 charts, 1 chartsheet and 2 names that are no ranges.
const withCharts = () => new Uint8Array(readFileSync(join(__dirname, '../fixtures/openpyxl-charts.xlsx')));

function render(lang: 'sv' | 'en', props: LostOnWriteNoteProps): string {
  const note = createElement(LostOnWriteNote, props);
  return renderToStaticMarkup(
    createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: stringsFor(lang) }, note)),
  );
}

/** A bare MessageBar of an intent, for what its markup looks like. */
function reference(intent: 'warning' | 'info'): string {
  const bar = createElement(MessageBar, { intent, layout: 'multiline' }, createElement(MessageBarBody, null, 'x'));
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, bar));
}

/** A MessageBar's classes and icon, which is how its intent shows in the markup. */
function looksOf(html: string): { classes: string; icon: string } {
  const classes = /class="(fui-MessageBar [^"]*)"/.exec(html)?.[1] ?? '';
  const icon = /<div class="fui-MessageBar__icon[\s\S]*?<path d="([^"]*)"/.exec(html)?.[1] ?? '';
  return { classes, icon };
}

/** The markup's text: the provider's style element and the tags dropped. */
const textOf = (html: string) =>
  html
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

describe('the browser host', () => {
  it('passes on what the opened file loses when written: 2 charts, 1 chartsheet, 2 names', async () => {
    const file = await browserHost(inProcessWorker).open(new Blob([withCharts()]), () => {});
    expect(file.lostOnWrite).toEqual([
      { kind: 'chart', count: 2 },
      { kind: 'chartsheet', count: 1 },
      { kind: 'definedName', count: 2 },
    ]);
  });

  it('passes on nothing for the example workbook', async () => {
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    const file = await browserHost(inProcessWorker).open(new Blob([(await example.toBuffer()) as BlobPart]), () => {});
    expect(file.lostOnWrite).toEqual([]);
  });
});

describe('LostOnWriteNote', () => {
  const features = [
    { kind: 'chart', count: 2 },
    { kind: 'pivotTable', count: 1 },
  ] as const;

  it('is a warning MessageBar in Swedish naming the file, what it lacks, why and what to do', () => {
    const sv = stringsFor('sv');
    const html = render('sv', { features, sourceName: 'Budget.xlsx', resultName: sv.resultFileName('Budget.xlsx') });
    expect(looksOf(html)).toEqual(looksOf(reference('warning')));
    expect(looksOf(html)).not.toEqual(looksOf(reference('info')));
    expect(textOf(html)).toBe(
      'Resultatfilen saknar en del av arbetsboken' +
        'Budget resultat.xlsx saknar 2 diagram och 1 pivottabell som finns i Budget.xlsx. ' +
        'Programbiblioteket som skriver filen (exceljs) kan inte skriva tillbaka det innehållet. ' +
        'Budget.xlsx är oförändrad och resultatbladen i Budget resultat.xlsx är kompletta. ' +
        'Vill du ha resultatbladen i din egen arbetsbok med allt kvar: öppna den i Excel och beräkna med tillägget ' +
        'Intäktsmodell, som skriver direkt i arbetsboken.',
    );
  });

  it('in English when the pane is in English', () => {
    const en = stringsFor('en');
    const html = render('en', { features, sourceName: 'Budget.xlsx', resultName: en.resultFileName('Budget.xlsx') });
    expect(textOf(html)).toBe(
      'The result file lacks part of the workbook' +
        'Budget result.xlsx lacks 2 charts and 1 PivotTable that Budget.xlsx has. ' +
        'The library that writes the file (exceljs) cannot write that content back. ' +
        'Budget.xlsx is unchanged and the result sheets in Budget result.xlsx are complete. ' +
        'To have the result sheets in your own workbook with everything kept, open it in Excel and calculate with ' +
        'the Intäktsmodell add-in, which writes straight into the workbook.',
    );
  });

  it('renders nothing when nothing is lost', () => {
    expect(textOf(render('sv', { features: [], sourceName: 'Budget.xlsx', resultName: 'Budget resultat.xlsx' }))).toBe('');
  });
});

describe('CalculateBar', () => {
  const note = createElement(LostOnWriteNote, { features: [{ kind: 'chart', count: 1 }], sourceName: 'Budget.xlsx', resultName: 'Budget resultat.xlsx' });
  const bar = (onDownload: (() => Promise<void>) | undefined) =>
    textOf(
      renderToStaticMarkup(
        createElement(
          FluentProvider,
          { theme: webLightTheme },
          createElement(CalculateBar, { state: { phase: 'idle' }, canCalculate: true, onCalculate: async () => undefined, onDownload, downloading: null, downloadNote: note }),
        ),
      ),
    );

  it('shows the note under the download button', () => {
    expect(bar(async () => undefined)).toMatch(/^BeräknaLadda ned resultatet \(\.xlsx\)Resultatfilen saknar en del av arbetsbokenBudget resultat\.xlsx saknar 1 diagram som finns i Budget\.xlsx\./);
  });

  it('and not before there is something to download', () => {
    expect(bar(undefined)).toBe('Beräkna');
  });
});
