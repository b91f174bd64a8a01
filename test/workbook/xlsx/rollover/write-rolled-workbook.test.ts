import JSZip from 'jszip';
import { runModel } from '../../../../src/engine';
import { tableToJson } from '../../../../src/engine/output';
import { rolloverTables } from '../../../../src/engine/rollover';
import { openXlsx } from '../../../../src/workbook/xlsx';
import { writeRolledWorkbook } from '../../../../src/workbook/xlsx/rollover/write-rolled-workbook';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';
import { gather, thisYearsWorkbook } from './rolled-example';

const OUTPUTS = ['Prislista', 'Fördelning', 'Kontroller', 'Uppföljning', 'Slutavräkning', '_intaktsmodell'];

describe('next year’s workbook as a copy of this year’s', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let inZip: JSZip;
  let outZip: JSZip;
  let prices: Record<string, unknown>[];
  let removedSheets: string[];
  let formulasToValues: string[];

  beforeAll(async () => {
    input = await thisYearsWorkbook();
    const before = await (await openXlsx(input)).readTables();
    const result = runModel(before);
    prices = tableToJson(result.outputs.find((o) => o.name === 'Prislista')!);
    const rolled = await writeRolledWorkbook(input, before, rolloverTables(before, result.calculation!));
    removedSheets = rolled.removedSheets;
    formulasToValues = rolled.formulasToValues;
    output = await gather(rolled.chunks);
    inZip = await JSZip.loadAsync(input);
    outZip = await JSZip.loadAsync(output);
  }, 120_000);

  const sheetList = async (zip: JSZip) => [...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

  it('moves the year on and empties the actuals, read back from the file', async () => {
    const next = await (await openXlsx(output)).readTables();
    const table = (name: string) => next.find((t) => t.name === name)!;
    const setting = (name: string) => table('Inställningar').rows.find((r) => r[0] === name)?.[1];
    expect(setting('Budgetår')).toBe(2022);
    // The example's fund closes at its cap, 1 % of the year's forecast revenue (docs/arbetsbok.md).
    expect(setting('Resultatfond IB')).toBe(2_552_742);
    expect(table('Inställningar').rows.some((r) => r[0] === 'Uppföljning t.o.m.')).toBe(false);
    // 18 settings less Uppföljning t.o.m.; those below it moved up a row.
    expect(table('Inställningar').rows).toHaveLength(17);
    expect(table('Inställningar').rows[14]).toEqual(['Avräkning', 'Över tak']);
    expect(table('Inställningar').rows[16]).toEqual(['Momspliktiga kundtyper', 'Bolag']);
    for (const name of ['Utfall', 'Utfallsvolymer', 'Utfallsavvikelser', 'Fakturerat']) expect(table(name).rows).toEqual([]);
    // Fjolårspris is this year's Pris from the Prislista output (the price list, not the engine's services).
    const services = table('Tjänster');
    const at = services.headers.indexOf('Fjolårspris');
    const pris = new Map(prices.map((p) => [p['Tjänst'], p['Pris'] ?? null]));
    const priced = services.rows.filter((r) => typeof pris.get(r[0]) === 'number');
    expect(priced.length).toBeGreaterThan(10);
    for (const r of services.rows) expect([r[0], r[at]]).toEqual([r[0], typeof pris.get(r[0]) === 'number' ? pris.get(r[0]) : null]);
    // Next year calculates without errors.
    expect(runModel(next).problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('shrinks an emptied table to its header and one empty row', async () => {
    const refs = await Promise.all(Object.keys(outZip.files).filter((f) => /^xl\/tables\/.*\.xml$/.test(f)).map(async (f) => (await outZip.file(f)!.async('string'))));
    const utfall = refs.find((x) => /name="Utfall"/.test(x))!;
    expect(/\sref="([^"]+)"/.exec(utfall)?.[1]).toBe('A1:D2');
  });

  it('leaves this year’s outputs out, with the add-in’s list of them', async () => {
    const before = await sheetList(inZip);
    const after = await sheetList(outZip);
    for (const name of OUTPUTS) {
      expect(before).toContain(name);
      expect(after).not.toContain(name);
      expect(removedSheets).toContain(name);
    }
    expect(after).toEqual(before.filter((s) => !removedSheets.includes(s!)));
    expect(after).toContain('Anteckningar');
  });

  it('keeps every other part, the user’s sheet and formats too', async () => {
    const inParts = Object.keys(inZip.files).filter((f) => !inZip.files[f]!.dir);
    const outParts = new Set(Object.keys(outZip.files));
    const workbook = await inZip.file('xl/workbook.xml')!.async('string');
    const rels = await inZip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const partOf = (sheet: string) => `xl/${new RegExp(`Id="${new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    const gone = new Set(removedSheets.map(partOf));
    const missing = inParts.filter((p) => !outParts.has(p) && !gone.has(p) && !/^xl\/(tables|worksheets\/_rels)\//.test(p) && p !== 'xl/calcChain.xml');
    expect(missing).toEqual([]);
    // The user's sheet as it was but for B3, whose formula pointed at Prislista (below).
    const notes = partOf('Anteckningar');
    const notesIn = await inZip.file(notes)!.async('string');
    const b3 = '<c r="B3" t="str"><f>Prislista!A2</f><v>Leverantörsreskontra</v></c>';
    expect(notesIn).toContain(b3);
    expect(await outZip.file(notes)!.async('string')).toBe(notesIn.replace(b3, '<c r="B3" t="inlineStr"><is><t xml:space="preserve">Leverantörsreskontra</t></is></c>'));
    // A sheet the roll does not change: the same bytes, packed as they were.
    const costs = partOf('Kostnader');
    expect(await outZip.file(costs)!.async('uint8array')).toEqual(await inZip.file(costs)!.async('uint8array'));
    const packed = (zip: JSZip, part: string) => (zip.file(part) as unknown as { _data: { compressedSize: number; crc32: number } })._data;
    expect(packed(outZip, costs).compressedSize).toBe(packed(inZip, costs).compressedSize);
    expect(packed(outZip, costs).crc32).toBe(packed(inZip, costs).crc32);
    expect(await outZip.file('xl/styles.xml')!.async('string')).toBe(await inZip.file('xl/styles.xml')!.async('string'));
    // Beside Tjänster, the user's formatted note stays on its row with its format.
    const services = partOf('Tjänster');
    const cell = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];
    const inServices = await inZip.file(services)!.async('string');
    const outServices = await outZip.file(services)!.async('string');
    expect(cell(outServices, 'T2')).toBe(cell(inServices, 'T2'));
    // Fjolårspris (L) changed its value, not its format.
    const style = (c: string | undefined) => /\ss="(\d+)"/.exec(c ?? '')?.[1];
    expect(style(cell(outServices, 'L2'))).toBe(style(cell(inServices, 'L2')));
    expect(cell(outServices, 'L2')).not.toBe(cell(inServices, 'L2'));
  });

  it('keeps the last value of a formula that pointed at an output left out', async () => {
    expect(formulasToValues).toEqual(['Anteckningar!B3']);
    const workbook = await outZip.file('xl/workbook.xml')!.async('string');
    const rels = await outZip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const id = /<sheet [^>]*name="Anteckningar"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
    const part = `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    const notes = await outZip.file(part)!.async('string');
    expect(/<c r="B3"[^>]*>[\s\S]*?<\/c>/.exec(notes)![0]).toMatch(/^<c r="B3"[^>]* t="inlineStr"><is><t xml:space="preserve">Leverantörsreskontra<\/t><\/is><\/c>$/);
    expect(notes).toContain('<f>Tjänster!A2</f>');
  });

  it('passes the package checker', () => {
    if (!xlsxCheckAvailable()) return;
    // The checker lists every formula; the user's own formula is IN's too.
    const formula = "[formula] Anteckningar!B2 formula 'Tjänster!A2' {}";
    expect(xlsxFindings(input)).toEqual([formula, "[formula] Anteckningar!B3 formula 'Prislista!A2' {}"]);
    expect(xlsxFindings(output)).toEqual([formula]);
  });
});
