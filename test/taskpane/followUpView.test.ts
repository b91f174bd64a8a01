import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { runModel } from '../../src/engine';
import type { OutputTable } from '../../src/engine/output';
import { exampleTables } from '../../src/example';
import { FollowUpView } from '../../src/taskpane/components/FollowUpView';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { paneSettings } from '../../src/taskpane/summary/settings';

const tables = exampleTables();
const run = runModel(tables);
const withActuals = run.outputs;
// The run's settings as the pane gets them: Uppföljning t.o.m. 6 (June, index 5), Prognosmetod Budget resten av året.
const settings = paneSettings(run.calculation!.model, tables, run.outputs);
const withoutActuals = runModel(exampleTables().filter((t) => !['Utfall', 'Utfallsvolymer', 'Utfallsavvikelser', 'Fakturerat'].includes(t.name))).outputs;

function html(strings: Strings, outputs: readonly OutputTable[], selectCell?: (address: string) => Promise<void>): string {
  const view = createElement(FollowUpView, { outputs, followUpMonth: settings.followUpMonth, forecastMethod: settings.forecastMethod, selectCell });
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, view)));
}

/** The visible text of the view, tags and Fluent's theme styles left out, spaces made plain. */
function shown(markup: string): string {
  return markup.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

describe('the pane’s Uppföljning tab', () => {
  it('shows the result fund and the settlement in both languages', () => {
    const sv_ = shown(html(sv, withActuals));
    expect(sv_).toContain('Resultatfond');
    expect(sv_).toContain('Utgående balans 2 552 742 kr');
    expect(sv_).toContain('Slutavräkningen har 134 rader: 476 479 kr återbetalas till kunderna');
    const en_ = shown(html(en, withActuals));
    expect(en_).toContain('Closing balance 2 552 742 kr');
    expect(en_).toContain('The settlement (Slutavräkning) has 134 lines: 476 479 kr is returned to the customers');
  });

  it('shows the period, the method, the areas, the flagged services and the falling volumes in Swedish', () => {
    const text = shown(html(sv, withActuals));
    expect(text).toContain('Utfall januari–juni (t.o.m. 2021-06). Prognosmetod Budget resten av året: utfallet hittills och budgeten för resten av året.');
    // Ekonomi: the year's budgeted cost, the cost to date and the forecast (Uppföljning's area row).
    expect(text).toContain('Budget 79 300 183 kr');
    expect(text).toContain('Utfall 40 275 091 kr');
    expect(text).toContain('Prognos 79 691 185 kr');
    // The chart's labels in millions: Ekonomi's forecast 79,7 mkr, Rekrytering's budget 14,0 mkr.
    expect(text).toContain('79,7 mkr');
    expect(text).toContain('14,0 mkr');
    expect(text).toContain('Systemförvaltning ekonomi');
    expect(text).toContain('−625 000 kr');
    expect(text).toContain('Underdeckning');
    // Utbildning lön: 191 done of 237 budgeted, −19,4 %.
    expect(text).toContain('utfall 191 av budget 237');
    expect(text).toContain('−19,4 %');
  });

  it('names every figure of the chart for a screen reader and puts them in a table too', () => {
    const markup = html(sv, withActuals).replace(/[\u00a0\u202f]/g, ' ');
    expect(markup).toContain('role="img"');
    expect(markup).toContain('Ekonomi: budget 79 300 183 kr, utfall 40 275 091 kr mot budget hittills 39 884 089 kr, prognos 79 691 185 kr.');
    expect(markup).toContain('aria-label="Budget, utfall och prognos per verksamhetsområde"');
  });

  it('says the same in English, the workbook’s words kept', () => {
    const text = shown(html(en, withActuals));
    expect(text).toContain('Actuals January–June (through 2021-06). Prognosmetod Budget resten av året: the actuals so far plus the budget for the rest of the year.');
    expect(text).toContain('Forecast 79 691 185 kr');
    expect(text).toContain('Under-recovery (Underdeckning)');
    expect(text).toContain('actual 191 of budget 237');
    expect(text).not.toContain('Vikande volymer');
  });

  it('in Excel offers to show a flagged service on the Uppföljning sheet', () => {
    const markup = html(en, withActuals, async () => undefined);
    expect(markup).toContain('aria-label="Show Systemförvaltning ekonomi on the Uppföljning sheet"');
    expect(html(en, withActuals)).not.toContain('on the Uppföljning sheet');
  });

  it('without actuals says how to start following up', () => {
    expect(shown(html(sv, withoutActuals))).toContain('Lägg in årets kostnader i tabellen Utfall och volymerna i Utfallsvolymer, ange den senast stängda månaden i inställningen Uppföljning t.o.m.');
    const text = shown(html(en, withoutActuals));
    expect(text).toContain("Enter the year's costs in the table Utfall");
    expect(text).not.toContain('mkr');
  });
});
