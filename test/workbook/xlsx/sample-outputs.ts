import type { OutputTable } from '../../../src/engine/output';

/** Outputs with every column format, text that looks like a formula, and an empty table. */
export function sampleOutputs(): OutputTable[] {
  return [
    {
      name: 'Prislista',
      columns: [
        { header: 'Tjänst', format: 'text' },
        { header: 'Prismodell', format: 'text' },
        { header: 'Självkostnad', format: 'kr' },
        { header: 'Pris', format: 'price' },
        { header: 'Volym', format: 'number' },
        { header: 'Förändring', format: 'percent' },
      ],
      rows: [
        ['Lön', 'Blandad', 1234567, 53.5, 12000, 0.3647],
        ['Faktura', 'Styck', 250000, 12.25, 1.5, -0.02],
        ['Bokslut', 'Fast', 80000, null, null, null],
      ],
    },
    { name: 'Avvikelsepivot', columns: [{ header: 'Kund', format: 'text' }, { header: 'Totalt', format: 'kr' }], rows: [] },
    {
      name: 'Kontroller',
      columns: [
        { header: 'Nivå', format: 'text' },
        { header: 'Rad', format: 'number' },
        { header: 'Meddelande', format: 'text' },
      ],
      rows: [
        ['Varning', 3, '=SUM(A1:A2) ser ut som en formel'],
        ['Varning', 4, '+46 8 123 45'],
        ['Fel', 5, '-1 är negativt'],
        ['Fel', 6, '@kund saknas'],
      ],
    },
  ];
}
