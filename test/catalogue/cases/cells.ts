import JSZip from 'jszip';
import type { RawTable } from '../../../src/engine/cells';
import { createXlsx } from '../../../src/workbook/xlsx';
import { miniWorkbook } from '../../engine/helpers';
import { patched, withCell, withMerge, type Styles } from '../../workbook/xlsx/patch-sheet';
import { setCell, type BadInputCase } from '../case';

/**
 * What a cell holds, from the package to the engine's message (issue 12, area "cells"): dates in
 * number columns, numbers that are none, formulas never computed, merged cells and tables whose
 * names differ only in case. The mini workbook puts each table on its own sheet at A1, so data
 * row r is sheet row r + 1; Volymer is Kund | Tjänst | Volym (row 2: B, Lev, 60).
 */

/** Volymer!C3 (Volym of data row 2) as the raw cell `cell`. */
function volym(cell: (styles: Styles) => string): () => Promise<Uint8Array> {
  return () => patched('Volymer', (xml, styles) => withCell(xml, 'C3', cell(styles)));
}

const VOLYM_ROW_2 = { exit: 1, level: 'Fel', table: 'Volymer', row: 2, column: 'Volym', cell: 'Volymer!C3' } as const;

/** A copy of Volymer as a second table named `name` (the writer puts it on a sheet of that name). */
function secondTable(name: string): (tables: RawTable[]) => void {
  return (tables) => {
    const volumes = tables.find((t) => t.name === 'Volymer')!;
    tables.push({ ...volumes, name, sheet: name, rows: volumes.rows.map((r) => [...r]) });
  };
}

/**
 * The mini workbook with a copy of Volymer on the sheet Kopia, renamed `name` in its table part:
 * the project's writer (like Excel) refuses two table names equal but for case.
 */
async function withTableRenamed(name: string): Promise<Uint8Array> {
  const tables = miniWorkbook();
  secondTable('Kopia')(tables);
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  const zip = await JSZip.loadAsync(await workbook.toBuffer());
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(part)!.async('string');
    if (xml.includes('name="Kopia"')) zip.file(part, xml.replace(/(name|displayName)="Kopia"/g, `$1="${name}"`));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

export const CASES: BadInputCase[] = [
  // Dates in number columns: never their serial number.
  {
    name: 'cells: a date in Volymer.Volym',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 2, 'Volym', { date: '2021-05-01' }) },
    expect: { ...VOLYM_ROW_2, message: ['innehåller datumet 2021-05-01; ett tal behövs'] },
  },
  {
    name: 'cells: 44317 with Excel date format 14 in Volymer.Volym',
    input: { kind: 'bytes', make: volym((s) => `<c r="C3" s="${s.add(14)}"><v>44317</v></c>`) },
    expect: { ...VOLYM_ROW_2, message: ['datumet 2021-05-01'] },
  },
  {
    name: 'cells: 44317 with East Asian built-in date format 31 (unknown to exceljs) in Volymer.Volym',
    input: { kind: 'bytes', make: volym((s) => `<c r="C3" s="${s.add(31)}"><v>44317</v></c>`) },
    expect: { ...VOLYM_ROW_2, message: ['datumet 2021-05-01'] },
  },
  {
    name: 'cells: 44317 with custom format DD/YY (upper case, unseen by exceljs) in Volymer.Volym',
    input: { kind: 'bytes', make: volym((s) => `<c r="C3" s="${s.add(164, 'DD/YY')}"><v>44317</v></c>`) },
    expect: { ...VOLYM_ROW_2, message: ['datumet 2021-05-01'] },
  },
  {
    name: 'cells: a formula whose cached result is a date (format 14) in Nycklar.Omsättning',
    input: { kind: 'bytes', make: () => patched('Nycklar', (xml, s) => withCell(xml, 'C3', `<c r="C3" s="${s.add(14)}"><f>DATE(2021,5,1)</f><v>44317</v></c>`)) },
    expect: { exit: 1, level: 'Fel', table: 'Nycklar', row: 2, column: 'Omsättning', cell: 'Nycklar!C3', message: ['innehåller datumet 2021-05-01; ett tal behövs'] },
  },
  {
    name: 'cells: a date and time in Kostnader.Belopp',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Kostnader', 3, 'Belopp', { date: '2021-05-01T12:30:00' }) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 3, column: 'Belopp', cell: 'Kostnader!C4', message: ['innehåller datumet 2021-05-01 12:30:00'] },
  },
  // Number cells whose value is no number: exceljs's parseFloat read 12 or nothing.
  {
    name: 'cells: <v>12abc</v> in a number cell of Volymer.Volym',
    input: { kind: 'bytes', make: volym(() => '<c r="C3" s="1"><v>12abc</v></c>') },
    expect: { ...VOLYM_ROW_2, message: ['"12abc" är inte ett tal'] },
  },
  {
    name: 'cells: a formula whose cached number is 7x in Kostnader.Belopp',
    input: { kind: 'bytes', make: () => patched('Kostnader', (xml) => withCell(xml, 'C2', '<c r="C2"><f>B2</f><v>7x</v></c>')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 1, column: 'Belopp', cell: 'Kostnader!C2', message: ['"7x" är inte ett tal'] },
  },
  {
    name: 'cells: <v>NaN</v> in a number cell of Volymer.Volym',
    input: { kind: 'bytes', make: volym(() => '<c r="C3"><v>NaN</v></c>') },
    expect: { ...VOLYM_ROW_2, message: ['"NaN" är inte ett tal'] },
  },
  {
    name: 'cells: <v>INF</v> in a number cell of Volymer.Volym',
    input: { kind: 'bytes', make: volym(() => '<c r="C3" t="n"><v>INF</v></c>') },
    expect: { ...VOLYM_ROW_2, message: ['"INF" är inte ett tal'] },
  },
  {
    name: 'cells: <v>1e309</v> (beyond a double) in a number cell of Volymer.Volym',
    input: { kind: 'bytes', make: volym(() => '<c r="C3"><v>1e309</v></c>') },
    expect: { ...VOLYM_ROW_2, message: ['"1e309" är inte ett tal'] },
  },
  {
    name: 'cells: the text NaN in Kostnader.Belopp',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Kostnader', 1, 'Belopp', 'NaN') },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 1, column: 'Belopp', cell: 'Kostnader!C2', message: ['"NaN" är inte ett tal'] },
  },
  {
    name: 'cells: the text 1e309 in Volymer.Volym',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 2, 'Volym', '1e309') },
    expect: { ...VOLYM_ROW_2, message: ['"1e309" är inte ett tal'] },
  },
  {
    name: 'cells: the text Infinity in Nycklar.Omsättning',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Nycklar', 2, 'Omsättning', 'Infinity') },
    expect: { exit: 1, level: 'Fel', table: 'Nycklar', row: 2, column: 'Omsättning', cell: 'Nycklar!C3', message: ['"Infinity" är inte ett tal'] },
  },
  // Formulas saved without a computed value (openpyxl): not "är tom".
  {
    name: 'cells: an uncomputed formula (openpyxl <f> with <v/>) in Volymer.Volym',
    input: { kind: 'bytes', make: volym(() => '<c r="C3"><f>C2*2</f><v/></c>') },
    expect: { ...VOLYM_ROW_2, message: ['innehåller formeln =C2*2 utan beräknat värde', 'öppna och spara arbetsboken i Excel'] },
  },
  {
    name: 'cells: an uncomputed formula without <v> in the text column Volymer.Kund',
    input: { kind: 'bytes', make: () => patched('Volymer', (xml) => withCell(xml, 'A3', '<c r="A3"><f>Nycklar!A3</f></c>')) },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 2, column: 'Kund', cell: 'Volymer!A3', message: ['innehåller formeln =Nycklar!A3 utan beräknat värde'] },
  },
  {
    name: 'cells: an uncomputed shared formula in Volymer.Volym (named as in its own cell)',
    input: {
      kind: 'bytes',
      make: () => patched('Volymer', (xml) =>
        withCell(withCell(xml, 'C3', '<c r="C3"><f t="shared" ref="C3:C4" si="0">C2*2</f><v></v></c>'), 'C4', '<c r="C4"><f t="shared" si="0"/><v></v></c>')),
    },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 3, column: 'Volym', cell: 'Volymer!C4', message: ['innehåller formeln =C3*2 utan beräknat värde'] },
  },
  {
    name: 'cells: an uncomputed formula written by the project writer in Kostnader.Belopp',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Kostnader', 2, 'Belopp', { formula: '=SUM(C2:C2)' }) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 2, column: 'Belopp', cell: 'Kostnader!C3', message: ['innehåller formeln =SUM(C2:C2) utan beräknat värde'] },
  },
  // Merged cells inside a table: exceljs copied the first cell's value into the others.
  {
    name: 'cells: Volymer A5:A6 merged (Kund of rows 4 and 5)',
    input: { kind: 'bytes', make: () => patched('Volymer', (xml) => withMerge(xml, 'A5:A6')) },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 5, column: 'Kund', cell: 'Volymer!A6', message: ['ligger i en sammanfogad cell (A5:A6)'] },
  },
  {
    name: 'cells: Volymer B3:C3 merged (Tjänst and Volym of row 2)',
    input: { kind: 'bytes', make: () => patched('Volymer', (xml) => withMerge(xml, 'B3:C3')) },
    expect: { ...VOLYM_ROW_2, message: ['ligger i en sammanfogad cell (B3:C3)'] },
  },
  {
    name: 'cells: Kostnader C2:C4 merged (Belopp of rows 1–3)',
    input: { kind: 'bytes', make: () => patched('Kostnader', (xml) => withMerge(xml, 'C2:C4')) },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 2, column: 'Belopp', cell: 'Kostnader!C3', message: ['sammanfogad cell (C2:C4)'] },
  },
  // Two tables that the contract reads as one.
  {
    name: 'cells: a second table VOLYMER beside Volymer',
    input: { kind: 'bytes', make: () => withTableRenamed('VOLYMER') },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: null, column: null, cell: null, message: ['Volymer (bladet Volymer) och VOLYMER (bladet Kopia)'] },
  },
  {
    name: 'cells: a second table Volymer_ (equal but for the underscore)',
    input: { kind: 'tables', base: 'mini', change: secondTable('Volymer_') },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', message: ['2 tabeller som läses som Volymer', 'Volymer_ (bladet Volymer_)'] },
  },
];
