import type { Model } from '../model';
import type { OutputTable } from '../output';
import { LEVEL_LABEL, type Problem } from '../problems';
import { fitCellText } from '../textLimits';
import { outputTable } from './columns';

/** Tjänstekatalog: the service catalogue apart from the prices (the report's recommendation 2). */
export function serviceCatalogue(model: Model): OutputTable {
  const rows = model.services.map((s) => [s.area, s.process, s.name, s.kind, s.model, s.unit, s.description, s.sla]);
  return outputTable(
    'Tjänstekatalog',
    ['Verksamhetsområde', 'Process', 'Tjänst', 'Tjänstetyp', 'Prismodell', 'Enhet', 'Beskrivning', 'SLA'].map((h) => [h, 'text'] as const),
    rows,
  );
}

/** Kontroller: one row per problem found, errors first; a message never past what a cell holds. */
export function checkList(problems: readonly Problem[]): OutputTable {
  const sorted = [...problems].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  return outputTable(
    'Kontroller',
    [
      ['Nivå', 'text'],
      ['Tabell', 'text'],
      ['Rad', 'number'],
      ['Kolumn', 'text'],
      ['Cell', 'text'],
      ['Meddelande', 'text'],
    ],
    sorted.map((p) => [LEVEL_LABEL[p.level], p.table, p.row, p.column === null ? null : fitCellText(p.column), p.cell, fitCellText(p.message)]),
  );
}
