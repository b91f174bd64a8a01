import type { RawTable } from '../../../src/engine/cells';
import { PRICING_MODELS, SERVICE_KINDS, TABLES } from '../../../src/engine/schema';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { numberFormatOf, partNames, partText, sheetXml } from './package-inspection';

const services: RawTable = {
  name: 'Tjänster',
  sheet: 'Tjänster',
  headers: ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Fast andel', 'Årsarbetare'],
  rows: [
    ['Lön', 'Lön och pension', 'Bastjänst', 'Blandad', 0.25, 12],
    ['Faktura', 'Ekonomi', 'Tilläggstjänst', 'Styck', null, 3.5],
  ],
};
const scenarios: RawTable = {
  name: 'Scenarier',
  sheet: 'Scenarier',
  headers: ['Scenario', 'Tjänst', 'Prismodell'],
  rows: [],
};
const costs: RawTable = {
  name: 'Kostnader',
  sheet: 'Kostnader',
  headers: ['Kostnadsobjekt', 'Belopp'],
  rows: [['Lön', 2500000]],
};

async function template(): Promise<Uint8Array> {
  const workbook = createXlsx();
  await workbook.writeInputTables([services, scenarios, costs]);
  return workbook.toBuffer();
}

function validations(sheet: string): { sqref: string; list: string }[] {
  return [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]*)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => ({
    sqref: m[1]!,
    list: m[2]!.replace(/&quot;/g, '"'),
  }));
}

describe('writeInputTables', () => {
  it('puts drop-down lists on the enum columns, over the body and 500 empty rows below', async () => {
    const bytes = await template();
    expect(validations(await sheetXml(bytes, 'Tjänster'))).toEqual([
      { sqref: 'C2:C503', list: `"${SERVICE_KINDS.join(',')}"` },
      { sqref: 'D2:D503', list: `"${PRICING_MODELS.join(',')}"` },
    ]);
    // An empty table still has one body row.
    expect(validations(await sheetXml(bytes, 'Scenarier'))).toEqual([
      { sqref: 'C2:C502', list: `"${PRICING_MODELS.join(',')}"` },
    ]);
    expect(validations(await sheetXml(bytes, 'Kostnader'))).toEqual([]);
  });

  it('writes each known column help text as a note on its header', async () => {
    const bytes = await template();
    const names = await partNames(bytes);
    const notes = (await Promise.all(names.filter((n) => /^xl\/comments\d+\.xml$/.test(n)).map((n) => partText(bytes, n)))).join('');
    for (const column of TABLES.Tjänster.columns.filter((c) => services.headers.includes(c.header))) {
      expect(notes).toContain(column.help);
    }
  });

  it('freezes the header row and shows whole numbers with thousands separators', async () => {
    const bytes = await template();
    expect(await sheetXml(bytes, 'Kostnader')).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(await numberFormatOf(bytes, 'Kostnader', 'B2')).toBe('#,##0');
    expect(await numberFormatOf(bytes, 'Tjänster', 'E2')).toBe('General');
  });

  it('names the tables as Excel allows and reads them back', async () => {
    const workbook = createXlsx();
    const composite: RawTable = { name: 'Sammansatta nycklar', sheet: '', headers: ['Nyckel', 'Delnyckel', 'Vikt'], rows: [] };
    await workbook.writeInputTables([composite]);
    const reread = await (await openXlsx(await workbook.toBuffer())).readTables();
    expect(reread).toEqual([
      { name: 'Sammansatta_nycklar', sheet: 'Sammansatta nycklar', headers: ['Nyckel', 'Delnyckel', 'Vikt'], rows: [], origin: { row: 1, column: 1 } },
    ]);
  });

  it('refuses a sheet that already exists, before writing anything', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables([costs]);
    await expect(workbook.writeInputTables([services, { ...costs, name: 'kostnader' }])).rejects.toThrow(/finns redan/);
    await expect(workbook.writeInputTables([services, { ...services, name: 'TJÄNSTER' }])).rejects.toThrow(/finns redan/);
    expect((await workbook.readTables()).map((t) => t.name)).toEqual(['Kostnader']);
  });
});
