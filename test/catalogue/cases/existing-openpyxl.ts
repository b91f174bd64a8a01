import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BadInputCase } from '../case';
import { error, warning } from '../expect';

/**
 * Behaviour that already holds on packages as openpyxl writes them (test/fixtures, made by
 * make-fixtures.py): absolute part paths (/xl/tables/table1.xml), inline strings, comments in
 * xl/comments/comment1.xml, one case without a styles part. Each loads a committed fixture and
 * patches one cell's XML with JSZip, so neither openpyxl nor python is needed.
 *
 * openpyxl-charts.xlsx holds the tables of the mini workbook (each at A1, so data row r is sheet
 * row r + 1): Nycklar A Kund | B Kundtyp | C Omsättning | D Anställda; Tjänster A Tjänst …
 * E Prismodell; Kostnader A Kostnadsobjekt | B Kostnadsslag | C Belopp | D Fördelas efter;
 * Volymer A Kund | B Tjänst | C Volym (rows A Lev 100, B Lev 60, C Lev 40, A Kundres 7, B Kundres 3).
 * openpyxl.xlsx has Nycklar at A1 (D Omsättning) and Volymer at C3 (C Kund | D Tjänst | E Volym),
 * so its Volymer data row r is sheet row r + 3.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** A part of the fixture with `from` (which must occur exactly once) replaced by `to`. */
interface Patch {
  part: string;
  from: string;
  to: string;
}

async function patched(fixture: string, patches: Patch[], remove: string[] = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, fixture)));
  for (const p of patches) {
    const file = zip.file(p.part);
    if (!file) throw new Error(`catalogue set-up: ${fixture} has no part ${p.part}`);
    const xml = await file.async('string');
    if (xml.split(p.from).length !== 2) throw new Error(`catalogue set-up: ${p.part} of ${fixture} does not hold ${p.from} exactly once`);
    zip.file(p.part, xml.replace(p.from, p.to));
  }
  for (const part of remove) zip.remove(part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const inline = (cell: string, text: string): string => `<c r="${cell}" t="inlineStr"><is><t>${text}</t></is></c>`;
const VOLYMER = 'xl/worksheets/sheet4.xml';

const openpyxl = (name: string, fixture: string, patches: Patch[], expect: BadInputCase['expect'], remove: string[] = []): BadInputCase => ({
  name: `existing: openpyxl: ${name}`,
  input: { kind: 'bytes', make: () => patched(fixture, patches, remove) },
  expect,
});

export const CASES: BadInputCase[] = [
  openpyxl('negative Volym', 'openpyxl-charts.xlsx', [{ part: VOLYMER, from: '<c r="C4" t="n"><v>40</v></c>', to: '<c r="C4" t="n"><v>-40</v></c>' }], error('Volymer', 3, 'Volym', 'Volymer!C4', ['-40', 'mindre än 0'])),
  openpyxl('inline string "1,234" as Volym', 'openpyxl-charts.xlsx', [{ part: VOLYMER, from: '<c r="C2" t="n"><v>100</v></c>', to: inline('C2', '1,234') }], error('Volymer', 1, 'Volym', 'Volymer!C2', ['"1,234"', 'tusentalsavgränsare'])),
  openpyxl('error cell #N/A as Volym', 'openpyxl-charts.xlsx', [{ part: VOLYMER, from: '<c r="C3" t="n"><v>60</v></c>', to: '<c r="C3" t="e"><v>#N/A</v></c>' }], error('Volymer', 2, 'Volym', 'Volymer!C3', ['#N/A'])),
  openpyxl('unknown customer as an inline string', 'openpyxl-charts.xlsx', [{ part: VOLYMER, from: inline('A5', 'A'), to: inline('A5', 'Okänd') }], error('Volymer', 4, 'Kund', 'Volymer!A5', ['"Okänd"', 'Nycklar'])),
  openpyxl('Prismodell "Fastpris" as an inline string', 'openpyxl-charts.xlsx', [{ part: 'xl/worksheets/sheet2.xml', from: inline('E2', 'Fast'), to: inline('E2', 'Fastpris') }], error('Tjänster', 1, 'Prismodell', 'Tjänster!E2', ['"Fastpris"'])),
  openpyxl('Belopp "abc" as an inline string', 'openpyxl-charts.xlsx', [{ part: 'xl/worksheets/sheet3.xml', from: '<c r="C3" t="n"><v>2000</v></c>', to: inline('C3', 'abc') }], error('Kostnader', 2, 'Belopp', 'Kostnader!C3', ['"abc"', 'inte ett tal'])),
  openpyxl(
    'Volym "3,5" as text in a package without a styles part',
    'openpyxl-charts.xlsx',
    [
      { part: VOLYMER, from: '<c r="C6" t="n"><v>3</v></c>', to: inline('C6', '3,5') },
      { part: 'xl/_rels/workbook.xml.rels', from: '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml" Id="rId6"/>', to: '' },
      { part: '[Content_Types].xml', from: '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>', to: '' },
    ],
    warning('Volymer', 5, 'Volym', 'Volymer!C6', ['"3,5"', 'lästes som 3,5']),
    ['xl/styles.xml'],
  ),
  openpyxl('ambiguous "1,234" in a sheet with comments', 'openpyxl.xlsx', [{ part: 'xl/worksheets/sheet1.xml', from: inline('D4', '1 234,50'), to: inline('D4', '1,234') }], error('Nycklar', 3, 'Omsättning', 'Nycklar!D4', ['"1,234"', 'tusentalsavgränsare'])),
  openpyxl('negative Volym in a table at C3', 'openpyxl.xlsx', [{ part: 'xl/worksheets/sheet3.xml', from: '<c r="E4" t="n"><v>1200</v></c>', to: '<c r="E4" t="n"><v>-1200</v></c>' }], error('Volymer', 1, 'Volym', 'Volymer!E4', ['-1\u00a0200', 'mindre än 0'])),
];
