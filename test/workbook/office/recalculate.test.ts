import type { RawTable } from '../../../src/engine/cells';
import { customerStatement, runModel } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { STALE_NOTE } from '../../../src/workbook/office';
import type { OfficeWorkbook } from '../../../src/workbook/office';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import type { FakeExcel } from './fake-excel';
import { syncCount } from './fake-excel';
import { example, excelWith, scaledWorkbook } from './helpers';

const HEAVY = ['Fakturaunderlag', 'Spårning'];
/** The core outputs of the example, as the issue lists them. */
const CORE = ['Prislista', 'Fördelning', 'Kundsammanställning', 'Avvikelsepivot', 'Avstämning', 'Prisstruktur', 'Scenariojämförelse', 'Scenariopriser', 'Tjänstekatalog', 'Nyckeltal', 'Förändringsanalys', 'Övergång', 'Uppföljning', 'Volymuppföljning', 'Resultatfond', 'Slutavräkning', 'Kontroller'];

/** Beräkna as the pane runs it: the heavy outputs kept back unless `writeAll`. */
async function beräkna(workbook: OfficeWorkbook, writeAll = false) {
  let read: RawTable[] = [];
  const { value: outputs, report } = await workbook.recalculate(async (tables) => {
    read = tables;
    const all = runModel(tables).outputs;
    const kept = writeAll ? [] : all.filter((o) => HEAVY.includes(o.name));
    return { write: all.filter((o) => !kept.includes(o)), others: kept, value: all };
  });
  return { outputs, report, read };
}

/** The ownership list's rows: A, C, D, E. */
function ownership(excel: FakeExcel): Record<string, { inputs: unknown; note: unknown; stale: unknown }> {
  const rows: Record<string, { inputs: unknown; note: unknown; stale: unknown }> = {};
  for (let r = 1; ; r++) {
    const name = excel.cell(OWNERSHIP_SHEET, `A${r}`).value;
    if (typeof name !== 'string' || name === '') return rows;
    rows[name] = { inputs: excel.cell(OWNERSHIP_SHEET, `C${r}`).value, note: excel.cell(OWNERSHIP_SHEET, `D${r}`).value, stale: excel.cell(OWNERSHIP_SHEET, `E${r}`).value };
  }
}

/** The example with one volume changed (Volymer's first row, Volym column). */
function changed(tables: RawTable[], volume: number): RawTable[] {
  return tables.map((t) => {
    if (t.name !== 'Volymer') return t;
    const column = t.headers.indexOf('Volym');
    return { ...t, rows: t.rows.map((row, i) => (i === 0 ? row.map((v, j) => (j === column ? volume : v)) : row)) };
  });
}

/** A table of the user's own beside the inputs. */
function seedNotes(excel: FakeExcel): void {
  const sheet = excel.sheet('Anteckningar');
  sheet.ensure(1, 1).content = { kind: 'text', text: 'Anteckning' };
  sheet.ensure(2, 1).content = { kind: 'text', text: 'Ring ekonomichefen' };
  excel.model.renameTable(excel.model.addTable(sheet, { top: 1, left: 1, bottom: 2, right: 1 }, true), 'Mina_anteckningar');
}

/** Sets Volymer's first Volym cell in the fake, as a user typing. */
function typeVolume(excel: FakeExcel, volume: number): void {
  const table = excel.table('Volymer');
  const column = table.headers.indexOf('Volym') + 1;
  excel.sheet('Volymer').ensure(2, column).content = { kind: 'number', number: volume };
}

describe('recalculate (Beräkna in Excel)', () => {
  it('reads only the input tables, writes the core outputs, in 4 syncs for the example also once it owns sheets', async () => {
    const { excel, workbook } = excelWith(example());
    await beräkna(workbook, true);
    const tablesBefore = excel.tableNames();
    excel.resetStats();
    const { read, report } = await beräkna(workbook);
    // The contract's inputs as seeded, not the outputs the first run left in the workbook.
    expect(read.map((t) => t.name).sort()).toEqual(example().map((t) => t.name).sort());
    expect(read).toEqual(expect.arrayContaining(example()));
    // Tables, inspection, ownership list and the inputs' headers, addresses and first rows; their cells; staging; swap.
    expect([report.syncs, syncCount(excel), excel.stats.syncCalls]).toEqual([4, 4, 4]);
    expect(report.sheets).toEqual([...CORE, 'Avvikelseanalys']);
    // Fakturaunderlag and Spårning are still there, from the first run: same inputs, so not stale.
    expect(excel.tableNames().sort()).toEqual(tablesBefore.sort());
    expect(report.stale).toEqual([]);
    expect(excel.cell('Fakturaunderlag', 'I1').value).toBeNull();
  });

  it('finds an input table spelt otherwise than the contract, described in one sync more', async () => {
    const { excel, workbook } = excelWith(example());
    excel.model.renameTable(excel.model.findTable('Sammansatta_nycklar')!, 'SammansattaNycklar');
    excel.model.addSheet('Anteckningar');
    seedNotes(excel);
    const { read, report } = await beräkna(workbook);
    expect(read.find((t) => t.name === 'SammansattaNycklar')?.rows).toEqual(example().find((t) => t.name === 'Sammansatta_nycklar')!.rows);
    // A table of the user's own is not an input: not read.
    expect(read.map((t) => t.name)).not.toContain('Mina_anteckningar');
    expect(report.syncs).toBe(5);
    // The second request describes that table alone: the others were described in the first.
    expect(excel.stats.requests[1]!.operations).toBeLessThan(10);
  });

  it('makes the same number of syncs for 10 and for 20 000 volume rows', async () => {
    const counts: number[] = [];
    for (const volumeRows of [10, 20_000]) {
      const { excel, workbook } = excelWith(scaledWorkbook(volumeRows));
      await beräkna(workbook, true);
      excel.resetStats();
      const { report } = await beräkna(workbook);
      expect(syncCount(excel)).toBe(report.syncs);
      counts.push(report.syncs);
    }
    expect(counts).toEqual([4, 4]);
  });

  it('marks the sheets it did not rewrite when the inputs changed, and writing one on demand clears its mark', async () => {
    const { excel, workbook } = excelWith(example());
    const first = await beräkna(workbook, true);
    const fingerprint = first.report.inputs;
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    // Recorded with every sheet it wrote: the example's Fakturaunderlag has 7 columns (Moms and Brutto
    // for its companies, Momspliktiga kundtyper Bolag), so its note goes to I1.
    expect(ownership(excel)['Fakturaunderlag']).toEqual({ inputs: fingerprint, note: 'I1', stale: null });

    typeVolume(excel, 777);
    const second = await beräkna(workbook);
    expect(second.report.inputs).not.toBe(fingerprint);
    expect(second.report.stale).toEqual(HEAVY);
    const fakturaColumns = first.outputs.find((o) => o.name === 'Fakturaunderlag')!.columns.length;
    const spårningColumns = first.outputs.find((o) => o.name === 'Spårning')!.columns.length;
    const noteOf = (columns: number) => `${String.fromCharCode(64 + columns + 2)}1`;
    for (const [sheet, columns] of [['Fakturaunderlag', fakturaColumns], ['Spårning', spårningColumns]] as const) {
      expect(excel.cell(sheet, noteOf(columns))).toEqual({ kind: 'text', value: STALE_NOTE, numberFormat: '@' });
      expect(excel.cellStyle(sheet, noteOf(columns))).toMatchObject({ bold: true, fill: '#FFC7CE' });
      expect(ownership(excel)[sheet]).toEqual({ inputs: fingerprint, note: noteOf(columns), stale: 'inaktuellt' });
    }
    // The stale rows are the first run's: the sheet is not rewritten.
    expect(excel.table('Fakturaunderlag').rows).toHaveLength(first.outputs.find((o) => o.name === 'Fakturaunderlag')!.rows.length);

    // On demand, as calculated from the second run's inputs: a new sheet, without the note.
    excel.resetStats();
    const invoice = second.outputs.filter((o) => o.name === 'Fakturaunderlag');
    const written = await workbook.writeOutputsWithReport(invoice, second.report.inputs);
    expect(written.syncs).toBe(3);
    expect(written.stale).toEqual(['Spårning']);
    expect(excel.cell('Fakturaunderlag', noteOf(fakturaColumns)).value).toBeNull();
    expect(ownership(excel)['Fakturaunderlag']).toEqual({ inputs: second.report.inputs, note: noteOf(fakturaColumns), stale: null });
    expect(excel.cell('Spårning', noteOf(spårningColumns)).value).toBe(STALE_NOTE);

    // A third Beräkna on the same inputs: Spårning stays marked, Fakturaunderlag stays fresh.
    const third = await beräkna(workbook);
    expect(third.report.stale).toEqual(['Spårning']);
    expect(excel.cell('Fakturaunderlag', noteOf(fakturaColumns)).value).toBeNull();
  });

  it('takes the mark away when the inputs are back to those a marked sheet was written from', async () => {
    const { excel, workbook } = excelWith(example());
    const original = example().find((t) => t.name === 'Volymer')!;
    const volume = original.rows[0]![original.headers.indexOf('Volym')] as number;
    await beräkna(workbook, true);
    typeVolume(excel, volume + 1);
    await beräkna(workbook);
    expect(excel.cell('Fakturaunderlag', 'I1').value).toBe(STALE_NOTE);
    typeVolume(excel, volume);
    const back = await beräkna(workbook);
    expect(back.report.stale).toEqual([]);
    expect(excel.cell('Fakturaunderlag', 'I1').value).toBeNull();
    expect(ownership(excel)['Fakturaunderlag']!.stale).toBeNull();
    // The same fingerprint as the inputs written first, computed from the same cells.
    expect(back.report.inputs).toBe(ownership(excel)['Fakturaunderlag']!.inputs);
    expect(changed(example(), volume)).toEqual(example());
  });

  it('marks every other sheet of its own when the workbook has errors and only Kontroller is written', async () => {
    const { excel, workbook } = excelWith(example());
    await beräkna(workbook, true);
    excel.sheet('Nycklar').ensure(2, 1).content = null; // a customer without a name
    const { report } = await beräkna(workbook);
    expect(report.sheets).toEqual(['Kontroller']);
    const expected = [...CORE.filter((n) => n !== 'Kontroller'), ...HEAVY, 'Avvikelseanalys'].sort();
    expect([...report.stale].sort()).toEqual(expected);
    expect(excel.cell('Prislista', `${String.fromCharCode(64 + excel.table('Prislista').headers.length + 2)}1`).value).toBe(STALE_NOTE);
  });

  it('marks a Kundbesked written from other inputs, right of its page', async () => {
    const { excel, workbook } = excelWith(example());
    const first = await beräkna(workbook);
    const calc = runModel(first.read).calculation!;
    const customer = 'Södermalm stadsdelsförvaltning';
    const { sheets } = await workbook.writeStatements([customerStatement(calc, customer)], first.report.inputs);
    typeVolume(excel, 999);
    const { report } = await beräkna(workbook);
    expect(report.stale).toEqual(expect.arrayContaining(sheets));
    // The page is columns A to H; the note goes to J1.
    expect(excel.cell(sheets[0]!, 'J1').value).toBe(STALE_NOTE);
  });

  it('changes nothing and marks nothing when the calculation throws', async () => {
    const { excel, workbook } = excelWith(example());
    await beräkna(workbook, true);
    typeVolume(excel, 5);
    const before = excel.snapshot();
    const failure = new Error('motorn stannade');
    await expect(
      workbook.recalculate(async (): Promise<{ write: OutputTable[]; others: OutputTable[]; value: null }> => {
        throw failure;
      }),
    ).rejects.toThrow('motorn stannade');
    expect(excel.snapshot()).toBe(before);
  });
});
