import { runModel } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { initialLanguage, stringsOf } from '../../src/taskpane/i18n/language';
import { paneSettings } from '../../src/taskpane/summary/settings';
import { withSetting } from '../engine/lastYearTables';

// The pane's line for Momspliktiga kundtyper (Inställningar view), in both languages.

const line = (tables = exampleTables(), lang: 'sv' | 'en' = 'sv') => {
  const run = runModel(tables);
  const settings = paneSettings(run.calculation!.model, tables, run.outputs);
  return stringsOf(initialLanguage(null, lang)).settingLines(settings).find((l) => l.parameter === 'Momspliktiga kundtyper');
};

describe('Momspliktiga kundtyper in the pane', () => {
  it('says how many customers are invoiced with VAT: the example’s eight companies', () => {
    expect(line()).toEqual({
      parameter: 'Momspliktiga kundtyper',
      value: 'Bolag',
      effect: '8 kunder faktureras med moms efter tjänstens Momssats: Moms och Brutto per rad i Fakturaunderlag och Slutavräkning.',
    });
    expect(line(exampleTables(), 'en')?.effect).toBe("8 customers are invoiced with VAT at the service's Momssats: Moms and Brutto on each line of Fakturaunderlag and Slutavräkning.");
  });

  it('marks the default and says when nobody pays VAT', () => {
    const without = exampleTables().map((t) => (t.name === 'Inställningar' ? { ...t, rows: t.rows.filter((r) => r[0] !== 'Momspliktiga kundtyper') } : t));
    expect(line(without)?.value).toBe('Bolag (standard)');
    expect(line(withSetting(exampleTables(), 'Momspliktiga kundtyper', 'Ingen'))).toMatchObject({ value: 'Ingen', effect: 'Ingen kund faktureras med moms.' });
  });
});
