import type { CellValue, RawTable } from '../../../src/engine/cells';
import { followUpWorkbook } from '../followUpWorkbook';
import { konteringTable } from './files';

/**
 * The actuals of followUpWorkbook's year (Budgetår 2021, Uppföljning t.o.m. 3) as the ledger
 * has them: SIE 4 with #OBJEKT dimensions (Ansvar = dimension 1, Projekt = 6), vouchers that
 * balance against 1930 and 2440, a credit, a #TRANS dated in another month than its #VER (line
 * 25: March in February's voucher), a #TRANS without a date of its own ("" on line 30, so its
 * #VER's 20210310), and April after the closed month. Lines are numbered as the file has them.
 */
export const ACTUALS_SIE = [
  '#FLAGGA 0', //  1
  '#FORMAT PC8', //  2
  '#SIETYP 4', //  3
  '#PROGRAM "Handskrivet" 1.0', //  4
  '#GEN 20210405', //  5
  '#FNAMN "Serviceförvaltningen Östra"', //  6
  '#RAR 0 20210101 20211231', //  7
  '#DIM 1 "Ansvar"', //  8
  '#DIM 6 "Projekt"', //  9
  '#OBJEKT 1 "410" "Kassa och betalningar"', // 10
  '#OBJEKT 1 "420" "Leverantörsreskontra"', // 11
  '#OBJEKT 1 "430" "Upphandlingsenheten"', // 12
  '#OBJEKT 6 "P12" "Betalningsprocessen, gemensamt"', // 13
  '#KONTO 5410 "Förbrukningsinventarier"', // 14
  '#KONTO 7010 "Löner"', // 15
  '#VER A 1 20210125 "Löner januari"', // 16
  '{', // 17
  '#TRANS 7010 {1 "410"} 100.00', // 18
  '#TRANS 7010 {1 "420"} 250.00', // 19
  '#TRANS 1930 {} -350.00', // 20
  '}', // 21
  '#VER A 2 20210226 "Inköp, skärmar och licens åäö"', // 22
  '{', // 23
  '#TRANS 5410 {1 "410"} 120.50 20210226 "Skärm till kassan"', // 24
  '#TRANS 5410 {1 "420" 6 "P12"} 300.00 20210301 "Licens för betalningsprocessen"', // 25
  '#TRANS 2440 {} -420.50', // 26
  '}', // 27
  '#VER B 1 20210310 "Kreditfaktura och porto"', // 28
  '{', // 29
  '#TRANS 5410 {1 "410"} -20.50 "" "Kredit: fel skärm"', // 30
  '#TRANS 5410 {1 "411" 6 "P99"} 45.25 20210315 "Porto"', // 31
  '#TRANS 2440 {} -24.75', // 32
  '}', // 33
  '#VER A 3 20210331 "Löner mars"', // 34
  '{', // 35
  '#TRANS 7010 {1 "430"} 200.00', // 36
  '#TRANS 7010 {1 "420"} 250', // 37
  '#TRANS 7010 {1 "410"} 150.00', // 38
  '#TRANS 1930 {} -600.00', // 39
  '}', // 40
  '#VER A 4 20210405 "Löner april"', // 41
  '{', // 42
  '#TRANS 7010 {1 "420"} 999.00', // 43
  '#TRANS 1930 {} -999.00', // 44
  '}', // 45
  '',
].join('\r\n');

/**
 * The same bookings as a report export of the result accounts (CSV, Windows-1252, a Datum
 * column in ISO and ÅÅÅÅMMDD form) with one revenue row (class 3, a credit: negative) that no
 * rule takes.
 */
export const ACTUALS_CSV = [
  'Datum;Konto;Kontonamn;Ansvar;Projekt;Text;Belopp', //  1
  '2021-01-25;7010;Löner;410;;Löner januari;100,00', //  2
  '2021-01-25;7010;Löner;420;;Löner januari;250,00', //  3
  '2021-02-26;5410;Förbrukningsinventarier;410;;"Skärm; 24 tum";120,50', //  4
  '2021-03-01;5410;Förbrukningsinventarier;420;P12;Licens;300', //  5
  '20210310;5410;Förbrukningsinventarier;410;;Kredit;-20,50', //  6
  '2021-03-15;5410;Förbrukningsinventarier;411;P99;Porto;45,25', //  7
  '2021-03-31;7010;Löner;430;;;200', //  8
  '2021-03-31;7010;Löner;420;;;250', //  9
  '2021-03-31;7010;Löner;410;;;150', // 10
  '2021-04-05;7010;Löner;420;;;999', // 11
  '2021-03-31;3510;Vidarefakturering;410;;;-1 000,00', // 12
  '',
].join('\r\n');

/** Kontering for followUpWorkbook's objects: salaries by Ansvar, equipment by Ansvar prefix or project; row 6 takes nothing. */
export const ACTUALS_RULES: (string | null)[][] = [
  ['7010', '410', null, null, 'Kassa', 'Personal'],
  ['7010', '420', null, null, 'Lev', 'Personal'],
  ['7010', '430', null, null, 'Uppdrag', 'Personal'],
  ['54*', '41*', null, null, 'Kassa', 'Övrigt'],
  ['54*', null, null, 'P12', 'Betalning', 'Övrigt'],
  ['6*', null, null, null, 'Lev', 'Övrigt'],
];

/**
 * Every line by hand, month by month in the order each line's first ledger row came:
 * January 7010/410 100 and 7010/420 250; February 5410/410 120,50; March 5410/P12 300 (line 25,
 * its transdat), Kassa Övrigt −20,50 + 45,25 = 24,75 (lines 30, 31), 7010/430 200, 7010/420 250,
 * 7010/410 150; April 7010/420 999.
 */
export const EXPECTED_UTFALL: CellValue[][] = [
  ['Kassa', 'Personal', '2021-01', 100],
  ['Lev', 'Personal', '2021-01', 250],
  ['Kassa', 'Övrigt', '2021-02', 120.5],
  ['Betalning', 'Övrigt', '2021-03', 300],
  ['Kassa', 'Övrigt', '2021-03', 24.75],
  ['Uppdrag', 'Personal', '2021-03', 200],
  ['Lev', 'Personal', '2021-03', 250],
  ['Kassa', 'Personal', '2021-03', 150],
  ['Lev', 'Personal', '2021-04', 999],
];

/** followUpWorkbook with Kostnadsslag and Källa on Utfall, one row of the user's own, and ACTUALS_RULES. */
export function actualsWorkbook(): RawTable[] {
  const tables = followUpWorkbook().filter((t) => t.name !== 'Utfall');
  const utfall: RawTable = {
    name: 'Utfall',
    sheet: 'Utfall',
    headers: ['Kostnadsobjekt', 'Kostnadsslag', 'Månad', 'Belopp'],
    rows: [['Uppdrag', 'Övrigt', '2021-02', 50]],
    origin: { row: 1, column: 1 },
  };
  return [...tables, utfall, konteringTable(ACTUALS_RULES)];
}
