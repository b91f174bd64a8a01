import type { CellValue, RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';

// Pools must be deliberate; columns that mean nothing; unclear messages (issue 12). The example's
// Kostnader: 45 rows on services (src/example/costs.ts DIRECT), then 46 Ekonomi, 47 Reskontra,
// 48 Lön och pension, 49 Löneadministration, …, 53–55 the pool Nämnd och administration.
// Data row r of a table is sheet row r + 1.

const NBSP = '\u00a0';

function get(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  return t;
}

function drop(tables: RawTable[], name: string): void {
  tables.splice(tables.indexOf(get(tables, name)), 1);
}

function addRow(tables: RawTable[], name: string, row: CellValue[]): void {
  get(tables, name).rows.push(row);
}

function addColumn(tables: RawTable[], name: string, header: string, value: CellValue): void {
  const t = get(tables, name);
  t.headers.push(header);
  for (const r of t.rows) r.push(value);
}

function renameColumn(tables: RawTable[], name: string, from: string, to: string): void {
  const t = get(tables, name);
  t.headers[t.headers.indexOf(from)] = to;
}

function removeColumn(tables: RawTable[], name: string, header: string): void {
  const t = get(tables, name);
  const i = t.headers.indexOf(header);
  t.headers.splice(i, 1);
  for (const r of t.rows) r.splice(i, 1);
}

const pooler = (rows: CellValue[][]) => ({ name: 'Pooler', sheet: 'Pooler', headers: ['Pool', 'Fördelas efter', 'Beskrivning'], rows });

export const CASES: BadInputCase[] = [
  // ---- pools must be deliberate -----------------------------------------------------------------
  {
    name: 'pools: Kostnadsobjekt typo Kundreskontr in the example',
    input: { kind: 'tables', base: 'example', change: (t) => setCell(t, 'Kostnader', 3, 'Kostnadsobjekt', 'Kundreskontr') },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 3, column: 'Kostnadsobjekt', cell: 'Kostnader!A4', message: ['"Kundreskontr" är varken en tjänst, en process', 'Menade du Kundreskontra?'] },
  },
  {
    name: 'pools: Kostnadsobjekt typo Kundreskontr in the example without Pooler',
    input: { kind: 'tables', base: 'example', change: (t) => (drop(t, 'Pooler'), setCell(t, 'Kostnader', 3, 'Kostnadsobjekt', 'Kundreskontr')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 3, column: 'Kostnadsobjekt', cell: 'Kostnader!A4', message: ['"Kundreskontr" är varken en tjänst, en process eller ett verksamhetsområde. Menade du Kundreskontra?', 'deklarera den i tabellen Pooler'] },
  },
  {
    name: 'pools: process Löneadministration written without accents',
    input: { kind: 'tables', base: 'example', change: (t) => (drop(t, 'Pooler'), setCell(t, 'Kostnader', 49, 'Kostnadsobjekt', 'Loneadministration')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 49, column: 'Kostnadsobjekt', cell: 'Kostnader!A50', message: ['Menade du Löneadministration?'] },
  },
  {
    name: 'pools: area Ekonomi with two letters swapped',
    input: { kind: 'tables', base: 'example', change: (t) => (drop(t, 'Pooler'), setCell(t, 'Kostnader', 46, 'Kostnadsobjekt', 'Ekonmoi')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 46, column: 'Kostnadsobjekt', cell: 'Kostnader!A47', message: ['Menade du Ekonomi?'] },
  },
  {
    name: 'pools: service Kassa och bank with its spaces lost',
    input: { kind: 'tables', base: 'example', change: (t) => (drop(t, 'Pooler'), setCell(t, 'Kostnader', 6, 'Kostnadsobjekt', 'KassaOchBank')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 6, column: 'Kostnadsobjekt', cell: 'Kostnader!A7', message: ['"KassaOchBank"', 'Menade du Kassa och bank?'] },
  },
  {
    name: 'pools: short service name Kassa typed Kasa',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Kostnader', 1, 'Kostnadsobjekt', 'Kasa') },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 1, column: 'Kostnadsobjekt', cell: 'Kostnader!A2', message: ['Menade du Kassa?'] },
  },
  {
    name: 'pools: a cost object Pooler does not declare',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Kostnader', ['Gemensamt', 'IT', 300, 'Årsarbetare']) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 7, column: 'Kostnadsobjekt', cell: 'Kostnader!A8', message: ['"Gemensamt" är varken en tjänst, en process, ett verksamhetsområde eller en pool i tabellen Pooler (Nämnd och administration)', 'lägg till den i Pooler'] },
  },
  {
    name: 'pools: a declared pool mistyped in Kostnader',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Kostnader', 5, 'Kostnadsobjekt', 'Nämnd och adminstration') },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 5, column: 'Kostnadsobjekt', cell: 'Kostnader!A6', message: ['Menade du Nämnd och administration?'] },
  },
  {
    name: 'pools: mini without Pooler lists its pool as a warning',
    input: { kind: 'tables', base: 'mini', change: (t) => drop(t, 'Pooler') },
    expect: { exit: 0, level: 'Varning', table: 'Kostnader', row: 5, column: 'Kostnadsobjekt', cell: 'Kostnader!A6', message: [`"Nämnd och administration" (1 rad, 1${NBSP}000 kr) är en gemensam pool som fördelas på 4 tjänster efter Årsarbetare`, 'Deklarera poolerna i tabellen Pooler'] },
  },
  {
    name: 'pools: the example without Pooler lists its pool as a warning',
    input: { kind: 'tables', base: 'example', change: (t) => drop(t, 'Pooler') },
    expect: { exit: 0, level: 'Varning', table: 'Kostnader', row: 53, column: 'Kostnadsobjekt', cell: 'Kostnader!A54', message: [`(3 rader, 48${NBSP}000${NBSP}000 kr)`, 'fördelas på 38 tjänster efter Årsarbetare'] },
  },
  {
    name: 'pools: an empty Pooler (the template’s) declares nothing',
    input: { kind: 'tables', base: 'mini', change: (t) => (get(t, 'Pooler').rows = []) },
    expect: { exit: 0, level: 'Varning', table: 'Kostnader', row: 5, column: 'Kostnadsobjekt', cell: 'Kostnader!A6', message: ['är en gemensam pool'] },
  },
  {
    name: 'pools: Pooler names a service',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Pooler', ['Kassa', null]) },
    expect: { exit: 1, level: 'Fel', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3', message: ['"Kassa" är en tjänst i Tjänster och kan inte vara en gemensam pool'] },
  },
  {
    name: 'pools: Pooler names an area but for its accents',
    input: { kind: 'tables', base: 'example', change: (t) => addRow(t, 'Pooler', ['Lon och pension', null, null]) },
    expect: { exit: 1, level: 'Fel', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3', message: ['"Lön och pension"', 'bara i stora och små bokstäver, mellanslag eller accenter'] },
  },
  {
    name: 'pools: a pool twice in Pooler',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Pooler', ['NÄMND OCH ADMINISTRATION', null]) },
    expect: { exit: 1, level: 'Fel', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3', message: ['finns redan på rad 1'] },
  },
  {
    name: 'pools: an unknown driver in Pooler',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Pooler', 1, 'Fördelas efter', 'Kvadratmeter') },
    expect: { exit: 1, level: 'Fel', table: 'Pooler', row: 1, column: 'Fördelas efter', cell: 'Pooler!B2', message: ['"Kvadratmeter" är varken en drivarkolumn i Tjänster (Årsarbetare) eller "Direkt kostnad"'] },
  },
  {
    name: 'pools: Pooler without its Pool column',
    input: { kind: 'tables', base: 'mini', change: (t) => t.splice(t.indexOf(get(t, 'Pooler')), 1, { name: 'Pooler', sheet: 'Pooler', headers: ['Namn', 'Fördelas efter'], rows: [['Nämnd och administration', 'Årsarbetare']] }) },
    expect: { exit: 1, level: 'Fel', table: 'Pooler', row: null, column: 'Pool', message: ['saknar den obligatoriska kolumnen "Pool"'] },
  },
  {
    name: 'pools: a declared pool close to a service name is accepted with a warning',
    input: { kind: 'tables', base: 'mini', change: (t) => (t.splice(t.indexOf(get(t, 'Pooler')), 1, pooler([['Nämnd och administration', null, null], ['Kundrex', 'Årsarbetare', 'Kundtjänstens egen pool']])), addRow(t, 'Kostnader', ['Kundrex', 'IT', 100, null])) },
    expect: { exit: 0, level: 'Varning', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3', message: ['poolen "Kundrex" liknar "Kundres" i Tjänster'] },
  },
  {
    name: 'pools: a declared pool without cost rows',
    input: { kind: 'tables', base: 'example', change: (t) => addRow(t, 'Pooler', ['IT', 'Årsarbetare', null]) },
    expect: { exit: 0, level: 'Varning', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3', message: ['poolen "IT" har inga rader i Kostnader'] },
  },
  {
    name: 'pools: Poolutbyte names a pool Pooler does not declare',
    input: { kind: 'tables', base: 'example', change: (t) => addRow(t, 'Poolutbyte', ['Nämnd och administration', 'IT', 0.1]) },
    expect: { exit: 1, level: 'Fel', table: 'Poolutbyte', row: 1, column: 'Till pool', cell: 'Poolutbyte!B2', message: ['"IT" är ingen pool i tabellen Pooler', 'Poolerna i Pooler: Nämnd och administration'] },
  },
  {
    name: 'pools: Poolutbyte names a pool mistyped',
    input: { kind: 'tables', base: 'example', change: (t) => (drop(t, 'Pooler'), addRow(t, 'Kostnader', ['IT-stöd', 'IT', 100_000, 'Årsarbetare']), addRow(t, 'Poolutbyte', ['Nämnd och administration', 'IT-stod', 0.1])) },
    expect: { exit: 1, level: 'Fel', table: 'Poolutbyte', row: 1, column: 'Till pool', cell: 'Poolutbyte!B2', message: ['"IT-stod" är ingen pool i Kostnader', 'Menade du IT-stöd?'] },
  },
  // ---- columns that mean nothing ----------------------------------------------------------------
  {
    name: 'pools: an extra column in Scenarier',
    input: { kind: 'tables', base: 'example', change: (t) => addColumn(t, 'Scenarier', 'Kommentar', 'att diskutera') },
    expect: { exit: 0, level: 'Varning', table: 'Scenarier', row: null, column: 'Kommentar', cell: 'Scenarier!H1', message: ['Tabellen Scenarier har kolumnen "Kommentar" (Scenarier!H1), som inte hör till tabellen och inte används'] },
  },
  {
    name: 'pools: Scenarier header Fast andel misspelt',
    input: { kind: 'tables', base: 'example', change: (t) => renameColumn(t, 'Scenarier', 'Fast andel', 'Fast andl') },
    expect: { exit: 0, level: 'Varning', table: 'Scenarier', row: null, column: 'Fast andl', cell: 'Scenarier!E1', message: ['Menade du Fast andel?'] },
  },
  {
    name: 'pools: an extra column in Kostnader',
    input: { kind: 'tables', base: 'mini', change: (t) => addColumn(t, 'Kostnader', 'Konto', 4010) },
    expect: { exit: 0, level: 'Varning', table: 'Kostnader', row: null, column: 'Konto', cell: 'Kostnader!E1', message: ['kolumnen "Konto"', 'inte används'] },
  },
  {
    name: 'pools: an extra column in Paket',
    input: { kind: 'tables', base: 'example', change: (t) => addColumn(t, 'Paket', 'Anmärkning', null) },
    expect: { exit: 0, level: 'Varning', table: 'Paket', row: null, column: 'Anmärkning', cell: 'Paket!E1', message: ['kolumnen "Anmärkning"'] },
  },
  {
    name: 'pools: a key column of Nycklar that no service uses',
    // After the months (G, H) and the example's Kundnummer and Motpart (I, J): column K.
    input: { kind: 'tables', base: 'example', change: (t) => addColumn(t, 'Nycklar', 'Yta', 1000) },
    expect: { exit: 0, level: 'Varning', table: 'Nycklar', row: null, column: 'Yta', cell: 'Nycklar!K1', message: ['Nycklar kolumn Yta (Nycklar!K1): nyckeln används inte'] },
  },
  {
    name: 'pools: a driver column of Tjänster that no cost row uses',
    input: { kind: 'tables', base: 'mini', change: (t) => addColumn(t, 'Tjänster', 'Kvm', 20) },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: null, column: 'Kvm', cell: 'Tjänster!J1', message: ['Tjänster kolumn Kvm (Tjänster!J1): drivaren används inte'] },
  },
  // ---- unclear messages -------------------------------------------------------------------------
  {
    name: 'pools: an empty Kostnader',
    input: { kind: 'tables', base: 'example', change: (t) => (get(t, 'Kostnader').rows = []) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: null, column: null, cell: null, message: ['Tabellen Kostnader har inga rader'] },
  },
  {
    name: 'pools: Inställningar without its Värde column',
    input: { kind: 'tables', base: 'example', change: (t) => removeColumn(t, 'Inställningar', 'Värde') },
    expect: { exit: 1, level: 'Fel', table: 'Inställningar', row: null, column: 'Värde', cell: null, message: ['Tabellen Inställningar saknar kolumnen "Värde", som behövs från rad 1'] },
  },
  {
    name: 'pools: surcharges above a cost with decimals',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        setCell(t, 'Tjänster', 4, 'Årsarbetare', 3);
        t.push({ name: 'Avvikelsetyper', sheet: 'Avvikelsetyper', headers: ['Avvikelse', 'Tjänst', 'Kostnad per styck'], rows: [['Påminnelse', 'Lev', 100]] });
        t.push({ name: 'Avvikelser', sheet: 'Avvikelser', headers: ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], rows: [['A', 'Lev', 'Påminnelse', 30]] });
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Tjänster', row: 2, column: 'Tjänst', cell: 'Tjänster!A3', message: [`kostar 3${NBSP}000 kr, mer än tjänstens självkostnad 2${NBSP}633,33 kr.`] },
  },
];
