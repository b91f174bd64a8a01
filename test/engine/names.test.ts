import type { CellValue, RawTable } from '../../src/engine/cells';
import { cleanName, lookOf } from '../../src/engine/names';
import { FIXED_HEADERS, scenarioComparisonHeaders, scenarioPriceHeaders } from '../../src/engine/outputHeaders';
import { exampleTables } from '../../src/example';
import type { Problem } from '../../src/engine/problems';
import { normalizeName } from '../../src/engine/schema';
import { errors, miniWorkbook, output, run, table } from './helpers';

/**
 * Names that look equal are equal (issue 12): matching after Unicode NFC and whitespace
 * normalisation, lookalike pairs reported, and names that become output column headers kept
 * within Excel's rules. The mini workbook's layout is at the top of bad-workbooks.test.ts.
 */

const NFD_SODERMALM = 'So\u0308dermalm';
const SODERMALM = 'Södermalm';

function tableOf(wb: RawTable[], name: string): RawTable {
  const t = wb.find((x) => x.name === name);
  if (!t) throw new Error(`test set-up: no table ${name}`);
  return t;
}

function set(wb: RawTable[], name: string, row: number, header: string, value: CellValue): void {
  const t = tableOf(wb, name);
  (t.rows[row - 1] as CellValue[])[t.headers.indexOf(header)] = value;
}

/** The mini workbook with customer A renamed: `defined` in Nycklar, `used` in Volymer and as Betalare. */
function renamedA(defined: string, used: string): RawTable[] {
  const wb = miniWorkbook();
  set(wb, 'Nycklar', 1, 'Kund', defined);
  set(wb, 'Volymer', 1, 'Kund', used);
  set(wb, 'Volymer', 4, 'Kund', used);
  set(wb, 'Tjänster', 4, 'Betalare', used);
  return wb;
}

function problems(wb: RawTable[], code: string): Problem[] {
  return run(wb).problems.filter((p) => p.code === code);
}

describe('cleanName and normalizeName', () => {
  it.each([
    ['no-break space', 'Söder\u00a0malm', 'Söder malm'],
    ['narrow no-break space', 'Söder\u202fmalm', 'Söder malm'],
    ['NFD', NFD_SODERMALM, SODERMALM],
    ['zero-width space inside', 'Söder\u200bmalm', SODERMALM],
    ['zero-width joiner, word joiner and BOM', '\ufeffSö\u200dder\u2060malm', SODERMALM],
    ['trailing tab', 'Södermalm\t', SODERMALM],
    ['doubled inner space', 'Söder  malm', 'Söder malm'],
    ['line break and NEL', 'Söder\r\nmalm\u0085x', 'Söder malm x'],
    ['surrounding spaces', '  Södermalm ', SODERMALM],
  ])('%s', (_what, text, shown) => {
    expect(cleanName(text)).toBe(shown);
  });

  it('matches case-insensitively after cleaning', () => {
    expect(normalizeName(`  ${NFD_SODERMALM.toUpperCase()}\u200b\t`)).toBe('södermalm');
    expect(normalizeName('Söder\u00a0 malm')).toBe(normalizeName('söder malm'));
    // diacritics still distinguish names: they are lookalikes, not equal
    expect(normalizeName('Sodermalm')).not.toBe(normalizeName(SODERMALM));
  });

  it('gives lookalikes one look: diacritics, Cyrillic and full-width letters', () => {
    expect(lookOf('Sodermalm')).toBe(lookOf(SODERMALM));
    expect(lookOf('K\u0430ssa')).toBe(lookOf('Kassa')); // Cyrillic а
    expect(lookOf('\uff33odermalm')).toBe(lookOf('Sodermalm')); // full-width S
    expect(lookOf('Kassa')).not.toBe(lookOf('Kasse'));
  });
});

describe('a name written with invisible differences is the same name', () => {
  const clean = run(renamedA(SODERMALM, SODERMALM));

  it.each([
    ['NFD in Volymer and Betalare', SODERMALM, NFD_SODERMALM],
    ['no-break space, zero-width space and tab in Volymer', 'Söder malm', 'Söder\u00a0malm\u200b\t'],
    ['doubled inner space in Volymer', 'Söder malm', 'söder  malm'],
  ])('%s: same Fördelning and Prislista as the clean workbook', (_what, defined, used) => {
    const base = run(renamedA(defined, defined));
    const dirty = run(renamedA(defined, used));
    expect(errors(dirty)).toEqual([]);
    expect(output(dirty, 'Fördelning')).toEqual(output(base, 'Fördelning'));
    expect(output(dirty, 'Prislista')).toEqual(output(base, 'Prislista'));
  });

  it('the NFD run equals the clean run figure by figure (A pays Uppdrag 500 + its share)', () => {
    const dirty = run(renamedA(SODERMALM, NFD_SODERMALM));
    const rows = output(dirty, 'Fördelning').filter((r) => r['Kund'] === SODERMALM);
    // A: Kassa, Lev, Kundres, Uppdrag (its Betalare); the name is shown in NFC as in Nycklar
    expect(rows.map((r) => r['Tjänst'])).toEqual(['Kassa', 'Lev', 'Kundres', 'Uppdrag']);
    expect(output(dirty, 'Fördelning')).toEqual(output(clean, 'Fördelning'));
  });

  it('shows the defining table\'s name cleaned, and warns on that cell', () => {
    const wb = renamedA('Söder\u00a0malm\u200b', 'Söder malm');
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    expect(output(result, 'Kundsammanställning').map((r) => r['Kund'])).toEqual(['Söder malm', 'B', 'C']);
    const warning = problems(wb, 'name-cleaned');
    expect(warning.map((p) => [p.table, p.row, p.column, p.cell])).toEqual([['Nycklar', 1, 'Kund', 'Nycklar!A2']]);
    expect(warning[0]?.message).toContain('nollbreddstecken, hårda eller andra specialmellanslag');
    expect(warning[0]?.message).toContain('"Söder malm"');
  });

  it('two customers equal but for invisible characters are one customer twice: an error', () => {
    const wb = miniWorkbook();
    tableOf(wb, 'Nycklar').rows.push([NFD_SODERMALM, 'Bolag', 1, 1], [SODERMALM, 'Bolag', 1, 1]);
    const dup = problems(wb, 'duplicate-customer');
    expect(dup.map((p) => [p.row, p.cell])).toEqual([[5, 'Nycklar!A6']]);
    expect(dup[0]?.message).toContain('finns redan på rad 4');
  });

  it('a service and an area written differently are one service and one area', () => {
    const wb = miniWorkbook();
    set(wb, 'Volymer', 2, 'Tjänst', 'Lev\u200b');
    set(wb, 'Tjänster', 4, 'Verksamhetsområde', 'ekonomi\u00a0');
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    // Uppdrag joins Ekonomi, so Kundsammanställning has one area column
    expect(Object.keys(output(result, 'Kundsammanställning')[0] ?? {})).toEqual(['Kund', 'Kundtyp', 'Ekonomi', 'Avvikelsepåslag', 'Totalt']);
  });

  it('a name of invisible characters only is empty', () => {
    const wb = miniWorkbook();
    set(wb, 'Volymer', 2, 'Kund', '\u200b');
    expect(errors(run(wb))).toEqual(['missing-value Volymer:2:Kund:Volymer!A3 Volymer rad 2, kolumn Kund (Volymer!A3) är tom men måste fyllas i (cellen innehåller bara osynliga tecken).']);
    const wb2 = miniWorkbook();
    set(wb2, 'Nycklar', 3, 'Kund', '\u200b\u2060');
    expect(errors(run(wb2))[0]).toContain('missing-value Nycklar:3:Kund:Nycklar!A4 Nycklar rad 3, kolumn Kund (Nycklar!A4) är tom men måste fyllas i (cellen innehåller bara osynliga tecken).');
  });
});

describe('lookalike names', () => {
  it('two customers differing only by diacritics: a warning naming both cells', () => {
    const wb = renamedA(SODERMALM, SODERMALM);
    set(wb, 'Nycklar', 3, 'Kund', 'Sodermalm');
    set(wb, 'Volymer', 3, 'Kund', 'Sodermalm');
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const w = result.problems.filter((p) => p.code === 'lookalike-name');
    expect(w.map((p) => [p.level, p.table, p.row, p.column, p.cell])).toEqual([['warning', 'Nycklar', 3, 'Kund', 'Nycklar!A4']]);
    expect(w[0]?.message).toContain('"Sodermalm" ser ut som "Södermalm" på rad 1 (Nycklar!A2)');
    expect(w[0]?.message).toContain('accenter');
  });

  it('a service with a Cyrillic letter: a warning that names the letter', () => {
    const wb = miniWorkbook();
    tableOf(wb, 'Tjänster').rows.push(['K\u0430ssa', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Omsättning', null, null, 1]);
    tableOf(wb, 'Kostnader').rows.push(['K\u0430ssa', 'Personal', 100, null]);
    const w = problems(wb, 'lookalike-name');
    expect(w.map((p) => [p.table, p.row, p.column, p.cell])).toEqual([['Tjänster', 5, 'Tjänst', 'Tjänster!A6']]);
    expect(w[0]?.message).toContain('kyrilliskt "а" (U+0430)');
    expect(w[0]?.message).toContain('"Kassa" på rad 1 (Tjänster!A2)');
  });

  it('an unknown reference that looks like a defined name says so', () => {
    const wb = renamedA(SODERMALM, SODERMALM);
    set(wb, 'Volymer', 1, 'Kund', 'Sodermalm');
    const e = problems(wb, 'unknown-customer');
    expect(e.map((p) => [p.row, p.cell])).toEqual([[1, 'Volymer!A2']]);
    expect(e[0]?.message).toContain('Det finns "Södermalm", som ser likadan ut men skiljer sig i accenter');
  });

  it('no lookalike warning in a workbook whose names are all distinct in look', () => {
    expect(problems(miniWorkbook(), 'lookalike-name')).toEqual([]);
  });
});

/** The mini workbook with deviation types and events: A has 3 on Kundres at 10 kr, B 5 on Lev at 2 kr. */
function withDeviations(kundresType: string, levType: string, levEvent = levType): RawTable[] {
  const wb = miniWorkbook();
  wb.push(
    table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [
      [kundresType, 'Kundres', 10],
      [levType, 'Lev', 2],
    ]),
    table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [
      ['A', 'Kundres', kundresType, 3],
      ['B', 'Lev', levEvent, 5],
    ]),
  );
  return wb;
}

describe('deviation type names as Avvikelsepivot columns', () => {
  it('two types differing only in case on different services: a column per service', () => {
    const result = run(withDeviations('Påminnelse', 'påminnelse', 'PÅMINNELSE'));
    expect(errors(result)).toEqual([]);
    // A: 3 × 10 = 30 kr on Kundres; B: 5 × 2 = 10 kr on Lev
    expect(output(result, 'Avvikelsepivot')).toEqual([
      { Kund: 'A', 'Påminnelse (Kundres)': 30, 'påminnelse (Lev)': 0, Totalt: 30 },
      { Kund: 'B', 'Påminnelse (Kundres)': 0, 'påminnelse (Lev)': 10, Totalt: 10 },
      { Kund: 'Totalt', 'Påminnelse (Kundres)': 30, 'påminnelse (Lev)': 10, Totalt: 40 },
    ]);
  });

  it.each([['Totalt'], ['kund'], [' TOTALT\u00a0']])('a type named %j clashes with a fixed column: an error on its cell', (name) => {
    const wb = withDeviations(name, 'Sen');
    const e = run(wb).problems.filter((p) => p.level === 'error');
    expect(e.map((p) => [p.code, p.table, p.row, p.column, p.cell])).toEqual([['header-clash', 'Avvikelsetyper', 1, 'Avvikelse', 'Avvikelsetyper!A2']]);
    expect(e[0]?.message).toContain('har redan en kolumn med det namnet');
  });

  it('a type named like another service\'s shared column: an error on the later type', () => {
    const wb = withDeviations('Påminnelse', 'Påminnelse');
    tableOf(wb, 'Avvikelsetyper').rows.push(['Påminnelse (Lev)', 'Kassa', 1]);
    const e = run(wb).problems.filter((p) => p.level === 'error');
    expect(e.map((p) => [p.code, p.row, p.cell])).toEqual([['header-clash', 3, 'Avvikelsetyper!A4']]);
    expect(e[0]?.message).toContain('som kommer från avvikelsen "Påminnelse" för Lev (Avvikelsetyper rad 2, kolumn Avvikelse (Avvikelsetyper!A3))');
  });

  it('255 characters are allowed, 256 are an error; a shared name counts with its service', () => {
    expect(errors(run(withDeviations('x'.repeat(255), 'Sen')))).toEqual([]);
    const long = run(withDeviations('x'.repeat(256), 'Sen')).problems.filter((p) => p.level === 'error');
    expect(long.map((p) => [p.code, p.cell])).toEqual([['header-too-long', 'Avvikelsetyper!A2']]);
    expect(long[0]?.message).toContain('256 tecken');
    // "x…x (Kundres)" is 250 + 10 = 260 characters
    const shared = run(withDeviations('x'.repeat(250), 'x'.repeat(250))).problems.filter((p) => p.level === 'error');
    expect(shared.map((p) => [p.code, p.cell])).toEqual([['header-too-long', 'Avvikelsetyper!A2'], ['header-too-long', 'Avvikelsetyper!A3']]);
  });

  it('a line break in a type name becomes a space, with a warning', () => {
    const result = run(withDeviations('Sen\ninrapportering', 'Makulering', 'Makulering'));
    expect(errors(result)).toEqual([]);
    const w = result.problems.filter((p) => p.code === 'line-break-in-name');
    expect(w.map((p) => [p.table, p.row, p.column, p.cell])).toEqual([['Avvikelsetyper', 1, 'Avvikelse', 'Avvikelsetyper!A2']]);
    expect(Object.keys(output(result, 'Avvikelsepivot')[0] ?? {})).toEqual(['Kund', 'Sen inrapportering', 'Makulering', 'Totalt']);
  });
});

function withScenario(name: string, rows = 1): RawTable[] {
  const wb = miniWorkbook();
  const scenarios: CellValue[][] = [];
  for (let i = 0; i < rows; i++) scenarios.push([name, 'Lev', 'Fast', 'Omsättning', null]);
  wb.push(table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel', 'Fast andel'], scenarios));
  return wb;
}

describe('scenario names and area names as column headers', () => {
  it.each([['Bas'], ['kund'], ['BAS\t']])('a scenario named %j: an error on its first Scenario cell', (name) => {
    const e = run(withScenario(name, 2)).problems.filter((p) => p.level === 'error');
    expect(e.map((p) => [p.code, p.table, p.row, p.column, p.cell])).toEqual([['header-clash', 'Scenarier', 1, 'Scenario', 'Scenarier!A2']]);
  });

  it('a scenario name up to 234 characters fits "… pris per nyckelenhet"; 235 do not', () => {
    expect(errors(run(withScenario('s'.repeat(234))))).toEqual([]);
    const e = run(withScenario('s'.repeat(235), 2)).problems.filter((p) => p.level === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['header-too-long', 'Scenarier!A2']]);
    expect(e[0]?.message).toContain('i Scenariopriser, som blir 256 tecken');
  });

  it('scenario names differing in case and spaces are one scenario', () => {
    const wb = withScenario('Fast lev');
    tableOf(wb, 'Scenarier').rows.push(['FAST\u00a0 LEV', 'Kundres', 'Fast', 'Omsättning', null]);
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    expect(Object.keys(output(result, 'Scenariojämförelse')[0] ?? {})).toEqual(['Kund', 'Bas', 'Fast lev', 'Fast lev förändring kr', 'Fast lev förändring %']);
  });

  it.each([['Kundtyp'], ['totalt'], ['Avvikelsepåslag']])('an area named %j: an error on the Verksamhetsområde cell of its first service', (name) => {
    const wb = miniWorkbook();
    set(wb, 'Tjänster', 4, 'Verksamhetsområde', name);
    const e = run(wb).problems.filter((p) => p.level === 'error');
    expect(e.map((p) => [p.code, p.table, p.row, p.column, p.cell])).toEqual([['header-clash', 'Tjänster', 4, 'Verksamhetsområde', 'Tjänster!B5']]);
    expect(e[0]?.message).toContain('i Kundsammanställning');
  });

  it('an area with a line break: one warning, on its first service', () => {
    const wb = miniWorkbook();
    for (const r of [1, 2, 3]) set(wb, 'Tjänster', r, 'Verksamhetsområde', 'Ekonomi och\r\nlön');
    set(wb, 'Kostnader', 6, 'Kostnadsobjekt', 'Ekonomi och lön'); // the area's cost row follows it (else an undeclared pool)
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const w = result.problems.filter((p) => p.code === 'line-break-in-name');
    expect(w.map((p) => p.cell)).toEqual(['Tjänster!B2']);
    expect(Object.keys(output(result, 'Kundsammanställning')[0] ?? {})).toContain('Ekonomi och lön');
  });
});

describe('the outputs and the checks agree', () => {
  const result = run(exampleTables());
  const headers = (name: string): string[] => (result.outputs.find((o) => o.name === name)?.columns ?? []).map((c) => c.header);

  it('the example has no lookalike or cleaned name', () => {
    expect(result.problems.filter((p) => ['lookalike-name', 'name-cleaned', 'line-break-in-name'].includes(p.code))).toEqual([]);
  });

  it('FIXED_HEADERS are the columns of each output that come from no name', () => {
    const areas = [...new Set(exampleTables().find((t) => t.sheet === 'Tjänster')?.rows.map((r) => r[1]))];
    expect(headers('Kundsammanställning').filter((h) => !areas.includes(h))).toEqual(FIXED_HEADERS.Kundsammanställning);
    expect(headers('Avvikelsepivot').filter((h) => h === 'Kund' || h === 'Totalt')).toEqual(FIXED_HEADERS.Avvikelsepivot);
    expect(headers('Scenariojämförelse').slice(0, 2)).toEqual(FIXED_HEADERS.Scenariojämförelse);
    expect(headers('Scenariopriser').slice(0, FIXED_HEADERS.Scenariopriser.length)).toEqual(FIXED_HEADERS.Scenariopriser);
    // every other column is made by the header builders
    const scenarios = [...new Set(exampleTables().find((t) => t.sheet === 'Scenarier')?.rows.map((r) => String(r[0])))];
    expect(headers('Scenariojämförelse').slice(2)).toEqual(scenarios.flatMap((s) => scenarioComparisonHeaders(s, true)));
    expect(headers('Scenariopriser').slice(FIXED_HEADERS.Scenariopriser.length)).toEqual(scenarios.flatMap(scenarioPriceHeaders));
  });
});
