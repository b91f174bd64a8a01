import { phrase } from '../../engine/messages/wording';

/** A part of the package, with the sheet it holds if any. */
export interface PartRef {
  part: string;
  sheet: string | null;
}

const partSv = (p: PartRef) => (p.sheet === null ? `delen ${p.part}` : `delen ${p.part} (bladet "${p.sheet}")`);
const partEn = (p: PartRef) => (p.sheet === null ? `the part ${p.part}` : `the part ${p.part} (sheet "${p.sheet}")`);

const DAMAGED_SV = 'Filen är skadad; öppna den i Excel och spara den igen, eller använd en säkerhetskopia.';
const DAMAGED_EN = 'The file is damaged; open it in Excel and save it again, or use a backup.';
const BOMB_SV = 'Så packas ingen arbetsbok, men väl en så kallad zip-bomb, som skulle fylla minnet; filen läses inte.';
const BOMB_EN = 'No workbook is packed like that, but a so-called zip bomb is, which would fill the memory; the file is not read.';
const gridSv = (rows: string, columns: string) =>
  `Excels blad har högst ${rows} rader och ${columns} kolumner (A–XFD); filen är inte sparad av Excel eller är skadad.`;
const gridEn = (rows: string, columns: string) =>
  `Excel’s sheets have at most ${rows} rows and ${columns} columns (A–XFD); the file was not saved by Excel or is damaged.`;
const timesSv = (times: string | null) => (times === null ? 'oändligt många gånger' : `${times} gånger`);
const timesEn = (times: string | null) => (times === null ? 'infinitely many times' : `${times} times`);

/** Where a worksheet leaves Excel's grid (sheet-grid.ts's GridViolation, with its numbers formatted). */
export type OffGrid = { kind: 'row'; row: string } | { kind: 'cell'; cell: string } | { kind: 'dimension'; ref: string } | { kind: 'tag' };

/** Why a part's XML ends early (xml-completeness.ts). */
export type Unfinished = { kind: 'root'; name: string } | { kind: 'unclosed'; what: 'comment' | 'cdata' | 'instruction' } | { kind: 'ampersand'; context: string };

const UNCLOSED_SV = { comment: 'en kommentar (<!--)', cdata: 'ett CDATA-avsnitt', instruction: 'en bearbetningsinstruktion (<?)' };
const UNCLOSED_EN = { comment: 'a comment (<!--)', cdata: 'a CDATA section', instruction: 'a processing instruction (<?)' };

/**
 * Why the xlsx adapter cannot read a file, each the reason after "Filen kunde inte läsas som en
 * Excel-arbetsbok (.xlsx): " (UnreadableWorkbookError). Sizes and counts come formatted.
 */
export const packagePhrases = {
  emptyFile: phrase(
    (_: Record<string, never>) => 'filen är tom (0 byte) och alltså inte en .xlsx-fil.',
    () => 'the file is empty (0 bytes), so it is not an .xlsx file.',
  ),
  encryptedOrXls: phrase(
    (_: Record<string, never>) => 'filen är lösenordsskyddad eller i det gamla .xls-formatet. Ta bort lösenordet eller spara som Excel-arbetsbok (.xlsx).',
    () => 'the file is password protected or in the old .xls format. Remove the password or save as Excel Workbook (.xlsx).',
  ),
  zipEncrypted: phrase(
    (_: Record<string, never>) => 'zip-arkivet är krypterat. Spara arbetsboken i Excel utan lösenord (Arkiv > Info > Skydda arbetsbok).',
    () => 'the zip archive is encrypted. Save the workbook in Excel without a password (File > Info > Protect Workbook).',
  ),
  zipMethod: phrase(
    (_: Record<string, never>) =>
      'zip-arkivet är packat med en metod som Excel inte använder. Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx).',
    () => 'the zip archive is packed with a method Excel does not use. Open the file in Excel and save it as Excel Workbook (.xlsx).',
  ),
  notXlsx: phrase(
    (_: Record<string, never>) => 'filen är inte en .xlsx-fil eller är skadad.',
    () => 'the file is not an .xlsx file or is damaged.',
  ),
  truncated: phrase(
    (_: Record<string, never>) =>
      'filen är avkortad eller skadad: zip-arkivets innehållsförteckning saknas eller stämmer inte. Kopiera filen på nytt eller använd en säkerhetskopia.',
    () => 'the file is truncated or damaged: the zip archive’s table of contents is missing or wrong. Copy the file again or use a backup.',
  ),
  emptyZip: phrase(
    (_: Record<string, never>) => 'zip-arkivet är tomt; det innehåller ingen arbetsbok.',
    () => 'the zip archive is empty; it holds no workbook.',
  ),
  emptyPart: phrase(
    (a: { at: PartRef }) => `${partSv(a.at)} är tom (0 byte). ${DAMAGED_SV}`,
    (a) => `${partEn(a.at)} is empty (0 bytes). ${DAMAGED_EN}`,
  ),
  unfinishedXml: phrase(
    (a: { at: PartRef; found: Unfinished }) => {
      const f = a.found;
      const what =
        f.kind === 'root'
          ? `tar slut mitt i XML-koden (<${f.name}> avslutas aldrig), så en del av innehållet saknas.`
          : f.kind === 'unclosed'
            ? `tar slut inuti ${UNCLOSED_SV[f.what]} som aldrig avslutas, så en del av innehållet saknas.`
            : `har ett & som inte är skrivet som &amp; ("…${f.context}…"); allt efter det skulle gå förlorat.`;
      return `${partSv(a.at)} ${what} ${DAMAGED_SV}`;
    },
    (a) => {
      const f = a.found;
      const what =
        f.kind === 'root'
          ? `ends in the middle of its XML (<${f.name}> is never closed), so part of the content is missing.`
          : f.kind === 'unclosed'
            ? `ends inside ${UNCLOSED_EN[f.what]} that is never closed, so part of the content is missing.`
            : `has an & not written as &amp; ("…${f.context}…"); everything after it would be lost.`;
      return `${partEn(a.at)} ${what} ${DAMAGED_EN}`;
    },
  ),
  partTooBig: phrase(
    (a: { part: string; size: string; limit: string }) => `delen ${a.part} packas upp till ${a.size}, mer än gränsen ${a.limit} för en del.`,
    (a) => `the part ${a.part} unpacks to ${a.size}, more than the limit of ${a.limit} for a part.`,
  ),
  partBomb: phrase(
    (a: { part: string; packed: string; size: string; times: string | null; ratio: number; from: string }) =>
      `delen ${a.part} packas upp från ${a.packed} till ${a.size}, ${timesSv(a.times)} så mycket (gränsen är ${a.ratio} gånger för en del över ${a.from}). ${BOMB_SV}`,
    (a) =>
      `the part ${a.part} unpacks from ${a.packed} to ${a.size}, ${timesEn(a.times)} as much (the limit is ${a.ratio} times for a part over ${a.from}). ${BOMB_EN}`,
  ),
  totalTooBig: phrase(
    (a: { size: string; limit: string }) => `arbetsbokens delar packas upp till ${a.size}, mer än gränsen ${a.limit} för en arbetsbok.`,
    (a) => `the workbook’s parts unpack to ${a.size}, more than the limit of ${a.limit} for a workbook.`,
  ),
  totalBomb: phrase(
    (a: { packed: string; size: string; times: string | null; ratio: number; from: string }) =>
      `arbetsbokens delar packas upp från ${a.packed} till ${a.size}, ${timesSv(a.times)} så mycket (gränsen är ${a.ratio} gånger över ${a.from}). ${BOMB_SV}`,
    (a) =>
      `the workbook’s parts unpack from ${a.packed} to ${a.size}, ${timesEn(a.times)} as much (the limit is ${a.ratio} times over ${a.from}). ${BOMB_EN}`,
  ),
  partShort: phrase(
    (a: { at: PartRef; declared: string }) => `${partSv(a.at)} är skadad; den packas upp till mindre än de ${a.declared} som zip-arkivet anger. ${DAMAGED_SV}`,
    (a) => `${partEn(a.at)} is damaged; it unpacks to less than the ${a.declared} the zip archive states. ${DAMAGED_EN}`,
  ),
  partNotInflated: phrase(
    (a: { at: PartRef; detail: string }) => `${partSv(a.at)} är skadad; den kan inte packas upp (${a.detail}). ${DAMAGED_SV}`,
    (a) => `${partEn(a.at)} is damaged; it cannot be unpacked (${a.detail}). ${DAMAGED_EN}`,
  ),
  partOverflows: phrase(
    (a: { at: PartRef; declared: string }) =>
      `${partSv(a.at)} packas upp till mer än de ${a.declared} som zip-arkivet anger. Filen är skadad eller gjord för att fylla minnet; den läses inte.`,
    (a) => `${partEn(a.at)} unpacks to more than the ${a.declared} the zip archive states. The file is damaged or made to fill the memory; it is not read.`,
  ),
  offGrid: phrase(
    (a: { at: PartRef; where: OffGrid; rows: string; columns: string }) => {
      const w = a.where;
      if (w.kind === 'tag') return `${partSv(a.at)} har en XML-tagg längre än 1 MiB. ${DAMAGED_SV}`;
      const what = w.kind === 'row' ? `har rad ${w.row}` : w.kind === 'cell' ? `har cellen ${w.cell}` : `anger området ${w.ref}`;
      return `${partSv(a.at)} ${what}. ${gridSv(a.rows, a.columns)}`;
    },
    (a) => {
      const w = a.where;
      if (w.kind === 'tag') return `${partEn(a.at)} has an XML tag longer than 1 MiB. ${DAMAGED_EN}`;
      const what = w.kind === 'row' ? `has row ${w.row}` : w.kind === 'cell' ? `has the cell ${w.cell}` : `states the range ${w.ref}`;
      return `${partEn(a.at)} ${what}. ${gridEn(a.rows, a.columns)}`;
    },
  ),
  sheetWithoutPart: phrase(
    (a: { sheet: string; rels: string; id: string | null }) =>
      `bladet "${a.sheet}" saknar sin del: ${a.rels} har ingen relation ${a.id ?? '(r:id saknas)'} till bladets innehåll. ${DAMAGED_SV}`,
    (a) => `the sheet "${a.sheet}" lacks its part: ${a.rels} has no relationship ${a.id ?? '(r:id missing)'} to the sheet’s content. ${DAMAGED_EN}`,
  ),
  partMissing: phrase(
    (a: { part: string; holds: { sheet: string; table: boolean }; folder: boolean }) =>
      `delen ${a.part}, som ska innehålla ${a.holds.table ? `en tabell på bladet "${a.holds.sheet}"` : `bladet "${a.holds.sheet}"`}, ` +
      `${a.folder ? 'är en mapp i zip-arkivet, inte en fil' : 'finns inte i zip-arkivet'}. ${DAMAGED_SV}`,
    (a) =>
      `the part ${a.part}, which should hold ${a.holds.table ? `a table on the sheet "${a.holds.sheet}"` : `the sheet "${a.holds.sheet}"`}, ` +
      `${a.folder ? 'is a folder in the zip archive, not a file' : 'is not in the zip archive'}. ${DAMAGED_EN}`,
  ),
  noContentTypes: phrase(
    (_: Record<string, never>) =>
      'arbetsboken saknar delen [Content_Types].xml, som Excel kräver, så ingen kopia kan skrivas. Öppna filen i Excel eller LibreOffice och spara den igen.',
    () => 'the workbook lacks the part [Content_Types].xml, which Excel requires, so no copy can be written. Open the file in Excel or LibreOffice and save it again.',
  ),
  unparsable: phrase(
    (a: { detail: string }) => `arbetsboken har ett innehåll som inte kunde tolkas (${a.detail}).`,
    (a) => `the workbook has content that could not be interpreted (${a.detail}).`,
  ),
  binaryWorkbook: phrase(
    (_: Record<string, never>) => 'binära arbetsböcker (.xlsb) stöds inte. Spara som Excel-arbetsbok (.xlsx).',
    () => 'binary workbooks (.xlsb) are not supported. Save as Excel Workbook (.xlsx).',
  ),
  noWorkbook: phrase(
    (_: Record<string, never>) => 'den innehåller ingen arbetsbok.',
    () => 'it holds no workbook.',
  ),
  sharedTextMissing: phrase(
    (a: { cell: string; sheet: string; index: number }) =>
      `cellen ${a.cell} på bladet "${a.sheet}" hänvisar till delad text nummer ${a.index}, som inte finns. ${DAMAGED_SV}`,
    (a) => `the cell ${a.cell} on the sheet "${a.sheet}" refers to shared text number ${a.index}, which does not exist. ${DAMAGED_EN}`,
  ),
  tableWithoutRange: phrase(
    (a: { table: string; part: string; ref: string | null }) =>
      `tabellen "${a.table}" i delen ${a.part} ${a.ref === null ? 'saknar sitt cellområde (ref)' : `har cellområdet "${a.ref}", som inte är något cellområde`}. ${DAMAGED_SV}`,
    (a) =>
      `the table "${a.table}" in the part ${a.part} ${a.ref === null ? 'lacks its cell range (ref)' : `has the cell range "${a.ref}", which is not a cell range`}. ${DAMAGED_EN}`,
  ),
  invalidXml: phrase(
    (a: { at: PartRef; line: number | null; column: number | null; detail: string }) =>
      `${partSv(a.at)} är inte giltig XML (${a.line === null ? '' : `rad ${a.line}, kolumn ${a.column}: `}${a.detail}). ${DAMAGED_SV}`,
    (a) => `${partEn(a.at)} is not valid XML (${a.line === null ? '' : `line ${a.line}, column ${a.column}: `}${a.detail}). ${DAMAGED_EN}`,
  ),
};
