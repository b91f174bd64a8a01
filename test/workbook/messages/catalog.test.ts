import { PHRASES } from '../../../src/engine/messages/catalog';
import { PANE_PHRASES } from '../../../src/taskpane/messages/pane';
import { checkCellText, checkColumnNames, ExcelLimitError } from '../../../src/workbook/excel-limits';
import { packageReason, renderWorkbookMessage, WORKBOOK_PHRASES } from '../../../src/workbook/messages/catalog';
import { WorkbookMessageError } from '../../../src/workbook/messages/error';
import { describeExcelError, ExcelOperationError } from '../../../src/workbook/office';
import { ExcelTooOldError } from '../../../src/workbook/office/requirements';
import { SheetExistsError, SheetNameClashError } from '../../../src/workbook/office/refusals';
import { SheetNotOwnedError } from '../../../src/workbook/port';
import { openXlsx, UnreadableWorkbookError } from '../../../src/workbook/xlsx';
import { TableNameTakenError } from '../../../src/workbook/xlsx/errors';
import { FakeExcelError } from '../office/fake-excel';

/** The error's text in both languages; its `message` is the Swedish one. */
function both(error: unknown): { sv: string; en: string } {
  expect(error).toBeInstanceOf(WorkbookMessageError);
  const { text, message } = error as WorkbookMessageError;
  const sv = renderWorkbookMessage(text, 'sv');
  expect(message).toBe(sv);
  return { sv, en: renderWorkbookMessage(text, 'en') };
}

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('the workbook adapters’ messages in Swedish and English', () => {
  it('have ids of their own: no workbook, pane or engine message shares one', () => {
    const engine = Object.keys(PHRASES);
    const workbook = Object.keys(WORKBOOK_PHRASES);
    const pane = Object.keys(PANE_PHRASES);
    const all = [...engine, ...workbook, ...pane];
    expect(new Set(all).size).toBe(all.length);
  });

  it('a refusal: a sheet the add-in did not make', () => {
    expect(both(new SheetNotOwnedError(['Prislista', 'Fördelning']))).toEqual({
      sv: 'Bladet "Prislista", "Fördelning" finns redan men skapades inte av Intäktsmodell. Byt namn på eller ta bort bladet och kör igen; inget har skrivits.',
      en: 'The sheet "Prislista", "Fördelning" already exists but was not created by Intäktsmodell. Rename or delete the sheet and run again; nothing has been written.',
    });
  });

  it('sheets that exist: one sheet, or more', () => {
    expect(both(new SheetExistsError(['Tjänster'])).en).toBe(
      'The workbook already has the sheet "Tjänster". Insert the template or the example into an empty workbook, or rename the sheets; nothing has been written.',
    );
    expect(both(new SheetExistsError(['Tjänster', 'Nycklar'])).sv).toBe(
      'Arbetsboken har redan bladen "Tjänster", "Nycklar". Infoga mallen eller exemplet i en tom arbetsbok, eller byt namn på bladen; inget har skrivits.',
    );
  });

  it('names taken and names scoped to a sheet', () => {
    expect(both(new TableNameTakenError(['Prislista'])).en).toBe(
      'The name "Prislista" is already used by a table or a name in the workbook outside Intäktsmodell’s sheets. Rename it and run again; nothing has been written.',
    );
    expect(both(new SheetNameClashError([{ name: 'Avstämning', sheet: 'Blad1' }])).en).toBe(
      'The name "Avstämning" is defined on the sheet "Blad1", and a table may not be named like a name in the workbook. Rename or delete it (Formulas > Name Manager) and run again; nothing has been written.',
    );
  });

  it('an Excel too old for the add-in names the requirement set in both', () => {
    const { sv, en } = both(new ExcelTooOldError());
    expect(sv).toBe('Den här Excel-versionen saknar funktioner som Intäktsmodell behöver (ExcelApi 1.4). Använd Excel för Microsoft 365, Excel 2019 eller senare, eller Excel på webben.');
    expect(en).toBe('This version of Excel lacks features Intäktsmodell needs (ExcelApi 1.4). Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.');
  });

  it('Excel’s errors: the code’s advice and the code, an unknown code too', () => {
    const conflict = describeExcelError(new FakeExcelError('Conflict', 'english text'));
    expect(conflict).toBeInstanceOf(ExcelOperationError);
    expect(both(conflict)).toEqual({
      sv: 'Arbetsboken ändrades samtidigt av någon annan. Vänta ett ögonblick och försök igen. (Excel-felkod: Conflict)',
      en: 'Someone else changed the workbook at the same time. Wait a moment and try again. (Excel error code: Conflict)',
    });
    expect(both(describeExcelError(new FakeExcelError('SomethingNew', 'x'))).en).toBe('Excel reported an error. (Excel error code: SomethingNew)');
  });

  it('Excel’s limits, numbers grouped the Swedish way in both languages', () => {
    const long = both(thrown(() => checkCellText('x'.repeat(32_768), 'Spårning', 7, 'Förklaring')));
    expect(long.sv).toBe(
      'Utdatatabellen Spårning rad 7, kolumn Förklaring: texten "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" är 32 768 tecken lång, men en cell i Excel rymmer högst 32 767. Inget har skrivits.',
    );
    expect(long.en).toBe(
      'Output table Spårning row 7, column Förklaring: the text "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is 32 768 characters long, but a cell in Excel holds at most 32 767. Nothing has been written.',
    );
    const repeated = thrown(() => checkColumnNames('Prislista', ['Tjänst', 'tjänst']));
    expect(repeated).toBeInstanceOf(ExcelLimitError);
    expect(both(repeated).en).toBe('Output table Prislista has an empty or repeated column header: "tjänst". Nothing has been written.');
  });

  it('a file that is no workbook, as the xlsx adapter refuses it', async () => {
    const error = await openXlsx(new Uint8Array([1, 2, 3, 4])).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(both(error)).toEqual({
      sv: 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): filen är inte en .xlsx-fil eller är skadad.',
      en: 'The file could not be read as an Excel workbook (.xlsx): the file is not an .xlsx file or is damaged.',
    });
    const empty = await openXlsx(new Uint8Array(0)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(both(empty).en).toBe('The file could not be read as an Excel workbook (.xlsx): the file is empty (0 bytes), so it is not an .xlsx file.');
  });

  it('every English text is another text than the Swedish one', () => {
    for (const error of [new SheetNotOwnedError(['A']), new ExcelTooOldError(), describeExcelError(new FakeExcelError('AccessDenied', 'x'))]) {
      const { sv, en } = both(error);
      expect(en).not.toBe(sv);
      expect(en.replace(/Intäktsmodell/g, '')).not.toMatch(/ och | inte | är /);
    }
  });

  it('a damaged package names the part and its sheet in either language', () => {
    const offGrid = new UnreadableWorkbookError(
      packageReason('offGrid', { at: { part: 'xl/worksheets/sheet2.xml', sheet: 'Volymer' }, where: { kind: 'row', row: '2 000 000' }, rows: '1 048 576', columns: '16 384' }),
    );
    expect(both(offGrid)).toEqual({
      sv:
        'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): delen xl/worksheets/sheet2.xml (bladet "Volymer") har rad 2 000 000. ' +
        'Excels blad har högst 1 048 576 rader och 16 384 kolumner (A–XFD); filen är inte sparad av Excel eller är skadad.',
      en:
        'The file could not be read as an Excel workbook (.xlsx): the part xl/worksheets/sheet2.xml (sheet "Volymer") has row 2 000 000. ' +
        'Excel’s sheets have at most 1 048 576 rows and 16 384 columns (A–XFD); the file was not saved by Excel or is damaged.',
    });
    const missing = new UnreadableWorkbookError(packageReason('partMissing', { part: 'xl/tables/table1.xml', holds: { sheet: 'Tjänster', table: true }, folder: false }));
    expect(both(missing).en).toBe(
      'The file could not be read as an Excel workbook (.xlsx): the part xl/tables/table1.xml, which should hold a table on the sheet "Tjänster", is not in the zip archive. ' +
        'The file is damaged; open it in Excel and save it again, or use a backup.',
    );
  });
});
