import type { CellValue, RawTable } from '../../src/engine/cells';
import { runModel, type RunResult } from '../../src/engine';
import { tableToJson, type OutputValue } from '../../src/engine/output';

/** A table as a user would lay it out: headers, then rows; origin A1 on a sheet of its name. */
export function table(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, headers, rows, origin: { row: 1, column: 1 } };
}

/** The named output as JSON rows. */
export function output(result: RunResult, name: string): Record<string, OutputValue>[] {
  const t = result.outputs.find((o) => o.name === name);
  if (!t) throw new Error(`no output ${name}; problems: ${JSON.stringify(result.problems, null, 1)}`);
  return tableToJson(t);
}

export function run(tables: RawTable[]): RunResult {
  return runModel(tables);
}

export function errors(result: RunResult): string[] {
  return result.problems.filter((p) => p.level === 'error').map((p) => `${p.code} ${p.table}:${p.row}:${p.column}:${p.cell} ${p.message}`);
}

/** A small workbook whose every figure is worked out by hand in test/engine/mini.test.ts. */
export function miniWorkbook(): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Omsättning', 'Anställda'], [
      ['A', 'Stadsdelsförvaltning', 600, 30],
      ['B', 'Stadsdelsförvaltning', 300, 60],
      ['C', 'Bolag', 100, 10],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare', 'Enhet', 'Årsarbetare'], [
      ['Kassa', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Omsättning', null, null, 2],
      ['Lev', 'Ekonomi', 'Reskontra', 'Bastjänst', 'Styck', null, null, 'faktura', 3],
      ['Kundres', 'Ekonomi', 'Reskontra', 'Bastjänst', 'Tim', null, null, 'tim', 1],
      ['Uppdrag', 'Upphandling', null, 'Uppdrag', 'Direkt', null, 'A', null, 4],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter'], [
      ['Kassa', 'Personal', 1000, null],
      ['Lev', 'Personal', 2000, null],
      ['Kundres', 'Personal', 1000, null],
      ['Uppdrag', 'Personal', 500, null],
      ['Nämnd och administration', 'Lokaler', 1000, 'Årsarbetare'],
      ['Ekonomi', 'IT', 600, null],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ['A', 'Lev', 100],
      ['B', 'Lev', 60],
      ['C', 'Lev', 40],
      ['A', 'Kundres', 7],
      ['B', 'Kundres', 3],
    ]),
    // The common pool declared (without Pooler it would be a warning); its row names its driver.
    table('Pooler', ['Pool', 'Fördelas efter'], [['Nämnd och administration', 'Årsarbetare']]),
  ];
}
