import { EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/cli';
import { exampleTables } from '../../src/example';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { MemoryIO } from './memoryIO';

describe('intaktsmodell rollover', () => {
  it('writes next year’s workbook beside IN, which stays as it was, and next year calculates', async () => {
    const io = new MemoryIO();
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    const input = await wb.toBuffer();
    io.files.set('ar2021.xlsx', input);
    expect(await runCli(['rollover', 'ar2021.xlsx', '--out', 'ar2022.xlsx'], io)).toBe(EXIT_OK);
    expect(io.files.get('ar2021.xlsx')).toEqual(input);
    expect(io.out).toContain('Skrev nästa års arbetsbok (2022) till ar2022.xlsx: 8 av 19 indatatabeller ändrade;');
    // Inställningar, Tjänster, Volymer, Fjolårsbelopp, Månadsprofil (its 2021-MM months), Utfall, Utfallsvolymer, Utfallsavvikelser; Fakturerat is empty already.
    expect(io.out).toContain('Allt annat i arbetsboken följer med som det var.');
    const next = await (await openXlsx(io.bytes('ar2022.xlsx'))).readTables();
    const settings = next.find((t) => t.name === 'Inställningar')!;
    expect(settings.rows.find((r) => r[0] === 'Budgetår')?.[1]).toBe(2022);
    // The example's fund closes at its cap, 1 % of the year's forecast revenue (docs/arbetsbok.md): 2 552 742.
    expect(settings.rows.find((r) => r[0] === 'Resultatfond IB')?.[1]).toBe(2_552_742);
    expect(next.find((t) => t.name === 'Utfallsvolymer')?.rows).toEqual([]);
    expect(await runCli(['calculate', 'ar2022.xlsx', '--json', 'ar2022.json'], io)).toBe(EXIT_OK);
    expect(io.json('ar2022.json')['Kontroller']?.filter((r) => r['Nivå'] === 'Fel')).toEqual([]);
  });

  it('refuses to write over its input', async () => {
    const io = new MemoryIO();
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    io.files.set('ar.xlsx', await wb.toBuffer());
    expect(await runCli(['rollover', 'ar.xlsx', '--out', 'ar.xlsx'], io)).toBe(EXIT_USAGE);
  });

  it('keeps .xlsx for a workbook without macros', async () => {
    const io = new MemoryIO();
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    io.files.set('ar.xlsx', await wb.toBuffer());
    expect(await runCli(['rollover', 'ar.xlsx', '--out', 'nasta.xlsm'], io)).toBe(EXIT_USAGE);
    expect(io.files.has('nasta.xlsm')).toBe(false);
  });
});

describe('intaktsmodell rollover refusing', () => {
  it('writes nothing and names the cell when a formula would have to move', async () => {
    const JSZip = (await import('jszip')).default;
    const io = new MemoryIO();
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    // Inställningar is the first sheet; Prognosmetod (row 13, under Uppföljning t.o.m. on row 12) made a formula.
    const part = 'xl/worksheets/sheet1.xml';
    const sheet = await zip.file(part)!.async('string');
    zip.file(part, sheet.replace(/<c r="B13"([^>]*?)(?: t="[^"]*")?>[\s\S]*?<\/c>/, '<c r="B13"$1 t="str"><f>"Budget resten av året"</f><v>Budget resten av året</v></c>'));
    io.files.set('ar.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    expect(await runCli(['rollover', 'ar.xlsx', '--out', 'nasta.xlsx'], io)).toBe(1);
    expect(io.err).toContain('Fel: Tabellen Inställningar: cellen Inställningar!B13 har en formel och skulle flyttas upp');
    expect(io.files.has('nasta.xlsx')).toBe(false);
  });
});
