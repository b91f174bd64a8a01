import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';
import { error, warning } from '../expect';
import { addRow } from '../tableEdits';

/**
 * The invoice's accounting data (issue 17), on the example workbook. Nycklar: A Kund | B Kundtyp |
 * C–F keys | G Från månad | H Till månad | I Kundnummer | J Motpart; rows 1–13 districts (row 1
 * Rinkeby-Kista, 10001), 14–25 departments, 26 Stadsledningskontoret, 27–34 companies (row 27
 * Stockholmshem). Tjänster: A–P the contract's columns, Q Årsarbetare, R Artikel … W Momssats
 * (row 1 Leverantörsreskontra). Inställningar row 17 is Momspliktiga kundtyper (B18).
 * Fakturakolumner is empty; the cases add its rows (A Kolumn | B Rubrik).
 */
const example = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: `invoicing: example: ${name}`,
  input: { kind: 'tables', base: 'example', change },
  expect,
});

const rate = (value: number | string) => (t: RawTable[]) => setCell(t, 'Tjänster', 1, 'Momssats', value);
const vatTypes = (value: string) => (t: RawTable[]) => setCell(t, 'Inställningar', 18, 'Värde', value);

export const CASES: BadInputCase[] = [
  example('Momssats 20 %', rate(0.2), error('Tjänster', 1, 'Momssats', 'Tjänster!W2', ['Momssats 20 % finns inte i Sverige', '25 %, 12 %, 6 % och 0 %'])),
  example('Momssats 25 (a plain number)', rate(25), error('Tjänster', 1, 'Momssats', 'Tjänster!W2', ['läses som 2500 %', 'Skriv 25 % eller 0,25'])),
  example('Momssats "moms"', rate('moms'), error('Tjänster', 1, 'Momssats', 'Tjänster!W2', ['"moms"'])),
  example(
    'a company with a district’s Kundnummer',
    (t) => setCell(t, 'Nycklar', 27, 'Kundnummer', '10001'),
    error('Nycklar', 27, 'Kundnummer', 'Nycklar!I28', ['Kundnummer 10001', 'Stockholmshem', 'Rinkeby-Kista stadsdelsförvaltning', 'Nycklar!I2', 'olika kundnummer']),
  ),
  example('Momspliktiga kundtyper "Bolag, Ingen"', vatTypes('Bolag, Ingen'), error('Inställningar', 18, 'Värde', 'Inställningar!B19', ['"Bolag, Ingen"', 'Ingen ensamt'])),
  example('Momspliktiga kundtyper "Bolagg"', vatTypes('Bolagg'), warning('Inställningar', 18, 'Värde', 'Inställningar!B19', ['kundtypen "Bolagg"', 'ingen faktura får moms'])),
  example(
    'Fakturakolumner Kolumn "Kundnumer"',
    (t) => {
      addRow(t, 'Fakturakolumner', ['Kund', null]);
      addRow(t, 'Fakturakolumner', ['Kundnumer', 'Kundnr']);
    },
    error('Fakturakolumner', 2, 'Kolumn', 'Fakturakolumner!A3', ['inget fält "Kundnumer"', 'Menade du Kundnummer?']),
  ),
  example(
    'Fakturakolumner with the header Belopp twice',
    (t) => {
      addRow(t, 'Fakturakolumner', ['Belopp', null]);
      addRow(t, 'Fakturakolumner', ['Brutto', 'Belopp']);
    },
    error('Fakturakolumner', 2, 'Rubrik', 'Fakturakolumner!B3', ['rubriken "Belopp"', 'Fakturakolumner!A2']),
  ),
];
