import { runModel, type RunResult } from '../../src/engine';
import type { Problem } from '../../src/engine/problems';
import { exampleTables } from '../../src/example';
import { initialLanguage, stringsOf } from '../../src/taskpane/i18n/language';

/** The strings the pane starts with for a display language, nothing remembered. */
const stringsFor = (displayLanguage: string | null) => stringsOf(initialLanguage(null, displayLanguage));
import { scenarioMovers } from '../../src/taskpane/summary/movers';
import { groupProblems } from '../../src/taskpane/summary/problems';
import { SETTINGS } from '../../src/engine/schema';
import { paneSettings } from '../../src/taskpane/summary/settings';
import { summarize } from '../../src/taskpane/summary/summarize';
import { msg } from '../../src/engine/messages/catalog';

const tables = exampleTables();
/** Intl's Swedish formats use no-break spaces. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');
const result: RunResult = runModel(tables);

describe('the pane’s summary of a run', () => {
  it('takes totals, areas, flagged processes and scenarios from the output tables', () => {
    expect(result.ok).toBe(true);
    const summary = summarize(result.outputs);
    const totals = result.outputs.find((o) => o.name === 'Avstämning')?.rows.at(-1);
    expect([summary.cost, summary.revenue, summary.difference]).toEqual([totals?.[2], totals?.[3], totals?.[4]]);
    expect(summary.revenue - summary.cost).toBe(summary.difference);
    const areas = summary.areas.filter((a) => a.area !== 'Totalt');
    expect(areas.map((a) => a.area)).toEqual(['Ekonomi', 'Lön och pension', 'Kontaktcenter', 'Upphandling och inköp', 'Lokalplanering', 'Rekrytering']);
    for (const a of summary.areas) expect(a.keyed + a.unit + a.addOn).toBe(a.total);
    expect(summary.areas.find((a) => a.area === 'Totalt')?.total).toBe(areas.reduce((s, a) => s + a.total, 0));
    expect(summary.flagged.length).toBeGreaterThan(0);
    for (const f of summary.flagged) expect(['Överdeckning', 'Underdeckning']).toContain(f.status);
    expect(summary.scenarios).toEqual(result.calculation?.model.scenarios.map((s) => s.name));
  });

  it('lists the customers whose charge moves most, largest move first either way', () => {
    const [scenario] = summarize(result.outputs).scenarios;
    const movers = scenarioMovers(result.outputs, scenario as string, 5);
    expect(movers).toHaveLength(5);
    const moves = movers.map((m) => Math.abs(m.changeKr));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    for (const m of movers) expect(m.scenario - m.base).toBe(m.changeKr);
    // The example sets Tröskel 5 %: the engine's flag is carried, and agrees with the change.
    for (const m of movers) expect(m.overThreshold).toBe(Math.abs(m.changePct ?? 0) > 0.05);
  });

  it('groups problems by table, errors first, in the order the tables were met', () => {
    const p = (table: string, level: Problem['level'], row: number): Problem => ({ level, code: 'x', table, row, column: null, cell: null, message: `${table} ${row}`, text: msg('duplicateCustomer', { at: { table, row }, name: 'x', earlier: 1 }) });
    const groups = groupProblems([p('Volymer', 'warning', 1), p('Tjänster', 'error', 2), p('Volymer', 'error', 5), p('', 'warning', 0)]);
    expect(groups.map((g) => [g.table, g.errors, g.warnings])).toEqual([
      ['Volymer', 1, 1],
      ['Tjänster', 1, 0],
      ['', 0, 1],
    ]);
    expect(groups[0]?.problems.map((x) => x.row)).toEqual([5, 1]);
  });
});

describe('the pane’s language and settings', () => {
  it('is Swedish unless Office’s display language is English', () => {
    expect(stringsFor('en-US').lang).toBe('en');
    expect(stringsFor('EN-gb').lang).toBe('en');
    expect(stringsFor('sv-SE').lang).toBe('sv');
    expect(stringsFor('de-DE').lang).toBe('sv');
    expect(stringsFor(null).lang).toBe('sv');
  });

  it('shows each setting with its effect, in Swedish number formats', () => {
    const settings = paneSettings(result.calculation!.model, tables, result.outputs);
    const lines = stringsFor('sv-SE').settingLines(settings);
    const cap = lines.find((l) => l.parameter === 'Pristak');
    expect(plain(cap?.value)).toBe('1,5 %');
    expect(plain(cap?.effect)).toBe('Priser som höjs mer än 1,5 % mot fjolårspriset flaggas (Över pristak).');
    expect(lines.find((l) => l.parameter === 'Timkostnad')?.effect).toBe('Avvikelser angivna i minuter kostar 10 kr per minut.');
    // Every parameter the engine knows is shown, in the schema's order, in both languages.
    expect(lines.map((l) => l.parameter)).toEqual([...SETTINGS]);
    expect(stringsFor('en').settingLines(settings).map((l) => l.parameter)).toEqual([...SETTINGS]);
    // Given in the example's Inställningar, so not marked as a default.
    expect(lines.find((l) => l.parameter === 'Avvikelsemetod')?.value).toBe('Händelsekostnad');
  });

  it('marks settings the workbook leaves out as defaults', () => {
    const without = exampleTables().map((t) =>
      t.name === 'Inställningar' ? { ...t, rows: t.rows.filter((r) => r[0] !== 'Avvikelsemetod' && r[0] !== 'Pristak') } : t,
    );
    const run = runModel(without);
    expect(run.ok).toBe(true);
    const lines = stringsFor('sv-SE').settingLines(paneSettings(run.calculation!.model, without, run.outputs));
    expect(lines.find((l) => l.parameter === 'Avvikelsemetod')?.value).toBe('Händelsekostnad (standard)');
    expect(lines.find((l) => l.parameter === 'Pristak')?.effect).toBe('Inga priser flaggas för höjningar.');
  });

  it('shows Poolmetod, Övergångstak and Spårning with what they do on this workbook', () => {
    const settings = paneSettings(result.calculation!.model, tables, result.outputs);
    const lines = stringsFor('sv-SE').settingLines(settings);
    const line = (p: string) => lines.find((l) => l.parameter === p);
    // The example has Poolmetod Ömsesidig, an empty Poolutbyte, Spårning Ja and Övergångstak 10 %,
    // which holds one customer (Fastighetskontoret) at the cap.
    expect(line('Poolmetod')?.value).toBe('Ömsesidig');
    expect(line('Poolmetod')?.effect).toMatch(/löses exakt.*Arbetsboken har inget Poolutbyte, så metoden ändrar inget\.$/);
    expect(line('Spårning')).toMatchObject({ value: 'Ja' });
    expect(line('Spårning')?.effect).toMatch(/oavsett längd/);
    expect(plain(line('Övergångstak')?.value)).toBe('10,0 %');
    expect(settings.cappedCustomers).toBe(1);

    // Övergångstak 5 %: the count is the engine's, from Övergång's Kappad column.
    const capped = exampleTables().map((t) =>
      t.name === 'Inställningar' ? { ...t, rows: [...t.rows.filter((r) => r[0] !== 'Spårning' && r[0] !== 'Poolmetod' && r[0] !== 'Övergångstak'), ['Övergångstak', 0.05], ['Poolmetod', 'Stegvis']] } : t,
    );
    const run = runModel(capped);
    expect(run.ok).toBe(true);
    const phaseIn = run.outputs.find((o) => o.name === 'Övergång')!;
    const kappad = phaseIn.columns.findIndex((c) => c.header === 'Kappad');
    const held = phaseIn.rows.filter((r) => r[kappad] === 'Ja').length;
    expect(held).toBeGreaterThan(1);
    const withCap = paneSettings(run.calculation!.model, capped, run.outputs);
    expect(withCap).toMatchObject({ phaseInCap: 0.05, cappedCustomers: held, poolMethod: 'Stegvis', trace: null });
    const sv = stringsFor('sv').settingLines(withCap);
    expect(plain(sv.find((l) => l.parameter === 'Övergångstak')?.effect)).toMatch(
      new RegExp(`^En kunds belopp mot i fjol får stiga eller sjunka högst 5,0 %; ${held} kunder hålls vid taket`),
    );
    expect(plain(sv.find((l) => l.parameter === 'Spårning')?.effect)).toMatch(/ryms inom 100 000 rader/);
    expect(sv.find((l) => l.parameter === 'Spårning')?.value).toBe('inte angiven (standard)');
    expect(sv.find((l) => l.parameter === 'Poolmetod')?.effect).toMatch(/^Gemensamma pooler fördelas en i taget/);
  });
});
