/** The workbook the fake holds: sheets of cells, tables, names, charts and PivotTables. */
import { fail, MESSAGES } from './errors';
import { cellCount, checkColumnNames, checkNumberFormat, checkOperationCells, checkSheetName, checkTableName, type Content, isDateInput, lower, overlaps, parseInput, type Rect } from './rules';

export interface Cell {
  content: Content | null;
  numberFormat: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  categories: Rect | null;
  reversePlotOrder: boolean;
  from: string | null;
  to: string | null;
}

export interface PivotModel {
  name: string;
  source: TableModel;
  destination: Rect;
  rows: string[];
  columns: string[];
  data: { name: string; field: string; numberFormat: string }[];
}

/** A cell's formatting beyond its number format, as far as the adapter sets it. */
export interface CellStyle {
  bold?: boolean;
  size?: number;
  fill?: string;
  /** Border line style by edge (EdgeTop, EdgeBottom …), with its colour. */
  borders?: Record<string, { style: string; color: string }>;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
}

/** Worksheet.pageLayout as set; undefined until a property is set. */
export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally?: boolean;
  margins: Record<string, number>;
  footer: Record<string, string>;
  printArea?: Rect;
}

let nextId = 1;

export class SheetModel {
  readonly id = `sheet${nextId++}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  /** The options the sheet was protected with (WorksheetProtection.protect), null when not protected so. */
  protectionOptions: Record<string, boolean> | null = null;
  password: string | null = null;
  frozenRows = 0;
  deleted = false;
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly autofitColumns = new Set<number>();
  readonly charts: ChartModel[] = [];
  readonly pivots: PivotModel[] = [];
  /** Formatting by cell ("row:column"), apart from number formats. */
  readonly styles = new Map<string, CellStyle>();
  readonly merges: Rect[] = [];
  readonly rowHeights = new Map<number, number>();
  showGridlines = true;
  readonly pageLayout: PageLayoutModel = { margins: {}, footer: {} };
  /** Names scoped to this sheet (Worksheet.names); they go with the sheet. */
  readonly names: { name: string; formula: string }[] = [];

  constructor(public name: string) {}

  /** Applies a change to the style of every cell of a range. */
  style(rect: Rect, change: (style: CellStyle) => void): void {
    this.checkEditable();
    checkOperationCells(rect);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = `${r}:${c}`;
        const style = this.styles.get(key) ?? {};
        change(style);
        this.styles.set(key, style);
      }
    }
  }

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row}:${column}`);
  }

  ensure(row: number, column: number): Cell {
    const key = `${row}:${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { content: null, numberFormat: 'General' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Throws as Excel does when content on a protected sheet is changed. */
  checkEditable(): void {
    if (this.protected) fail('AccessDenied', MESSAGES.accessDenied);
  }
}

export class TableModel {
  readonly id = `table${nextId++}`;
  showHeaders = true;
  showTotals = false;
  style = 'TableStyleMedium2';
  deleted = false;
  constructor(public name: string, public sheet: SheetModel, public rect: Rect) {}
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: { name: string; formula: string }[] = [];
  active: SheetModel | null = null;
  protected = false;
  /**
   * Open for viewing only (Excel on the web's view mode, a file opened read-only): office-js
   * answers every change with AccessDenied (fake-excel.ts) and `Workbook.readOnly` is true.
   */
  readOnly = false;
  private tableCounter = 0;

  // ---- sheets -----------------------------------------------------------------------------
  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => lower(s.name) === lower(name));
  }

  sheet(name: string): SheetModel {
    return this.findSheet(name) ?? fail('ItemNotFound', MESSAGES.itemNotFound, `Worksheet "${name}"`);
  }

  addSheet(name: string): SheetModel {
    this.checkStructure();
    checkSheetName(name);
    if (this.findSheet(name)) fail('ItemAlreadyExists', MESSAGES.itemAlreadyExists, `Worksheet "${name}"`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkStructure();
    checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet) fail('ItemAlreadyExists', MESSAGES.itemAlreadyExists, `Worksheet "${name}"`);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.checkStructure();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      fail('InvalidArgument', `Position ${position} is outside the workbook.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    this.checkStructure();
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) fail('InvalidArgument', `Visibility ${visibility}.`);
    if (visibility !== 'Visible' && this.visibleSheets().every((s) => s === sheet)) {
      fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = visibility as SheetModel['visibility'];
    if (this.active === sheet && visibility !== 'Visible') this.active = this.visibleSheets()[0] ?? null;
  }

  deleteSheet(sheet: SheetModel): void {
    this.checkStructure();
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const table of this.tables.filter((t) => t.sheet === sheet)) table.deleted = true;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.active === sheet) this.active = this.visibleSheets()[0] ?? null;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
    this.active = sheet;
  }

  private visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  private checkStructure(): void {
    if (this.protected) fail('AccessDenied', 'The workbook structure is protected.');
  }

  // ---- cells ------------------------------------------------------------------------------
  setValues(sheet: SheetModel, rect: Rect, values: unknown): void {
    sheet.checkEditable();
    checkOperationCells(rect);
    const data = shaped(rect, values);
    // A PivotTable's cells are its own: Excel refuses a value written into its range.
    const pivot = sheet.pivots.find((p) => overlaps(p.destination, rect));
    if (pivot && data.some((row) => row.some((v) => v !== null))) fail('PivotTableRangeConflict', `The attempted operation causes a conflict with the PivotTable "${pivot.name}".`);
    forEachCell(rect, data, (row, column, value) => {
      if (value === null) return; // null leaves the cell as it is
      const cell = sheet.ensure(row, column);
      cell.content = parseInput(value, cell.numberFormat);
      // Excel gives a General cell a date format when the text typed is a date.
      if (cell.numberFormat === 'General' && typeof value === 'string' && isDateInput(value)) cell.numberFormat = 'yyyy-mm-dd';
    });
  }

  /**
   * Unlike values, a 1x1 format array is applied to every cell of the range (reported in
   * office-js-docs-reference #578 and office-js-docs-pr #5400); otherwise the shape must match.
   */
  setNumberFormat(sheet: SheetModel, rect: Rect, formats: unknown): void {
    sheet.checkEditable();
    checkOperationCells(rect);
    const single = Array.isArray(formats) && formats.length === 1 && Array.isArray(formats[0]) && formats[0].length === 1;
    const data = single ? Array.from({ length: rect.bottom - rect.top + 1 }, () => Array.from({ length: rect.right - rect.left + 1 }, () => (formats as unknown[][])[0]![0])) : formats;
    forEachCell(rect, shaped(rect, data), (row, column, format) => {
      if (format === null) return;
      checkNumberFormat(format);
      sheet.ensure(row, column).numberFormat = format === '' ? 'General' : format;
    });
  }

  /**
   * Range.merge: the upper-left cell keeps its value, the others are emptied (Excel asks the
   * user first; the API does not). Stricter than Excel: a merge overlapping another merge, a
   * table or a PivotTable fails, so a layout that does so is caught.
   */
  merge(sheet: SheetModel, rect: Rect, across: boolean): void {
    sheet.checkEditable();
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) fail('InvalidOperation', 'Cells in a table cannot be merged.');
    if (sheet.pivots.some((p) => overlaps(p.destination, rect))) fail('PivotTableRangeConflict', 'Cells in a PivotTable cannot be merged.');
    const parts = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
    for (const part of parts) {
      if (sheet.merges.some((m) => overlaps(m, part))) fail('MergedRangeConflict', 'The range overlaps merged cells.');
      if (part.left === part.right && part.top === part.bottom) continue;
      forEachCell(part, null, (row, column) => {
        if (row === part.top && column === part.left) return;
        const cell = sheet.cell(row, column);
        if (cell) cell.content = null;
      });
      sheet.merges.push(part);
    }
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    sheet.checkEditable();
    checkOperationCells(rect);
    forEachCell(rect, null, (row, column) => {
      const cell = sheet.cell(row, column);
      if (!cell) return;
      if (applyTo === 'All' || applyTo === 'Contents') cell.content = null;
      if (applyTo === 'All' || applyTo === 'Formats') cell.numberFormat = 'General';
    });
  }

  // ---- tables -----------------------------------------------------------------------------
  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => lower(t.name) === lower(name));
  }

  table(name: string, sheet?: SheetModel): TableModel {
    const table = this.findTable(name);
    if (!table || (sheet && table.sheet !== sheet)) return fail('ItemNotFound', MESSAGES.itemNotFound, `Table "${name}"`);
    return table;
  }

  /** As Excel's TableCollection.add with hasHeaders: the first row becomes the header. */
  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    sheet.checkEditable();
    if (!hasHeaders) fail('NotImplemented', 'The fake only adds tables with headers.');
    // A table needs a body row; Excel adds an empty one under a lone header row.
    const tableRect = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    // Excel.ErrorCodes.mergedRangeConflict: "Cannot complete the operation. A table can't overlap
    // with another table, a PivotTable report, query results, merged cells, or an XML Map."
    const conflict =
      this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, tableRect)) ? 'another table' :
      sheet.pivots.some((p) => overlaps(p.destination, tableRect)) ? 'a PivotTable report' :
      sheet.merges.some((m) => overlaps(m, tableRect)) ? 'merged cells' : null;
    if (conflict !== null) fail('MergedRangeConflict', `Cannot complete the operation. A table can't overlap with ${conflict}.`);
    // Header cells become text, empty ones "ColumnN" as in Excel; a repeated, over-long or
    // multi-line name is refused (rules.ts checkColumnNames), where Excel would rename or keep it.
    const headers: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const text = contentText(sheet.ensure(rect.top, c).content);
      headers.push(text === '' ? `Column${c - rect.left + 1}` : text);
    }
    checkColumnNames(headers);
    headers.forEach((text, i) => {
      sheet.ensure(rect.top, rect.left + i).content = { kind: 'text', text };
    });
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.nameTaken(name));
    const table = new TableModel(name, sheet, tableRect);
    this.tables.push(table);
    return table;
  }

  /**
   * As Excel's Table.resize: "The new range must overlap with the original table range and the
   * headers (or the top of the table) must be in the same row"; it may not overlap another table,
   * a PivotTable or merged cells. A new column's empty header becomes "ColumnN", as in Excel.
   */
  resizeTable(table: TableModel, rect: Rect): void {
    table.sheet.checkEditable();
    if (rect.top !== table.rect.top || !overlaps(rect, table.rect)) fail('InvalidArgument', 'The new range must overlap the table and keep its header row.');
    if (rect.bottom <= rect.top) fail('InvalidArgument', 'A table needs a body row.');
    const sheet = table.sheet;
    if (this.tables.some((t) => t !== table && t.sheet === sheet && overlaps(t.rect, rect))) fail('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with another table.");
    if (sheet.pivots.some((p) => overlaps(p.destination, rect)) || sheet.merges.some((m) => overlaps(m, rect))) fail('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with a PivotTable report or merged cells.");
    const headers: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const text = contentText(sheet.cell(rect.top, c)?.content ?? null);
      headers.push(text === '' ? `Column${c - rect.left + 1}` : text);
    }
    checkColumnNames(headers);
    headers.forEach((text, i) => {
      sheet.ensure(rect.top, rect.left + i).content = { kind: 'text', text };
    });
    table.rect = rect;
  }

  renameTable(table: TableModel, name: string): void {
    table.sheet.checkEditable();
    checkTableName(name);
    // office-js answers a taken table name with InvalidArgument, not ItemAlreadyExists
    // (OfficeDev/office-js#551): the adapter must find the clash before it renames.
    if (this.nameTaken(name, table)) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', `Table "${name}" (the name is taken)`);
    table.name = name;
  }

  /**
   * Tables and defined names share one namespace, and a table's name clashes with a name scoped
   * to any sheet too ("A Table name must be unique across all defined names regardless of if it
   * scoped to a workbook or sheet", ClosedXML #2046, as Excel's Name Manager enforces).
   */
  nameTaken(name: string, except?: TableModel): boolean {
    const same = (n: { name: string }) => lower(n.name) === lower(name);
    return this.tables.some((t) => t !== except && same(t)) || this.names.some(same) || this.sheets.some((s) => s.names.some(same));
  }

  headers(table: TableModel): string[] {
    const out: string[] = [];
    for (let c = table.rect.left; c <= table.rect.right; c++) out.push(contentText(table.sheet.cell(table.rect.top, c)?.content ?? null));
    return out;
  }

  // ---- PivotTables ------------------------------------------------------------------------
  addPivot(sheet: SheetModel, name: string, source: TableModel, destination: Rect): PivotModel {
    sheet.checkEditable();
    if (typeof name !== 'string' || name.trim() === '') fail('InvalidArgument', 'A PivotTable needs a name.');
    if (sheet.pivots.some((p) => lower(p.name) === lower(name))) fail('ItemAlreadyExists', MESSAGES.itemAlreadyExists, `PivotTable "${name}"`);
    const pivot: PivotModel = { name, source, destination, rows: [], columns: [], data: [] };
    this.checkPivotRoom(sheet, pivot, destination);
    sheet.pivots.push(pivot);
    return pivot;
  }

  /**
   * A field added to a PivotTable: the report grows from its top-left cell to hold a header
   * row, a row of column labels, one row per row item and one column per column item, and the
   * grand totals. Where it would grow over a table, merged cells, another PivotTable or cells
   * with content, Excel's UI asks "There's already data in … Do you want to replace it?"; the
   * API cannot ask and refuses: PivotTableRangeConflict ("The attempted operation causes a
   * conflict with a PivotTable range").
   */
  addPivotField(sheet: SheetModel, pivot: PivotModel, change: () => void): void {
    sheet.checkEditable();
    const before = { rows: [...pivot.rows], columns: [...pivot.columns], data: [...pivot.data] };
    change();
    const items = (fields: string[]) => fields.reduce((n, field) => n + this.distinct(pivot.source, field), 0);
    const rowItems = pivot.rows.length > 0 ? items(pivot.rows) : pivot.data.length > 0 ? 1 : 0;
    const columnItems = pivot.columns.length > 0 ? items(pivot.columns) + 1 : Math.max(pivot.data.length, 1);
    const height = (pivot.columns.length > 0 ? 2 : 1) + rowItems + (pivot.rows.length > 0 ? 1 : 0);
    const width = (pivot.rows.length > 0 ? 1 : 0) + columnItems;
    const grown = { top: pivot.destination.top, left: pivot.destination.left, bottom: pivot.destination.top + height - 1, right: pivot.destination.left + width - 1 };
    try {
      this.checkPivotRoom(sheet, pivot, grown);
    } catch (error) {
      Object.assign(pivot, before);
      throw error;
    }
    pivot.destination = grown;
  }

  private checkPivotRoom(sheet: SheetModel, pivot: PivotModel, area: Rect): void {
    const conflict = (what: string): never => fail('PivotTableRangeConflict', `The attempted operation causes a conflict with a PivotTable range: "${pivot.name}" would cover ${what}.`);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, area))) conflict('a table');
    if (sheet.pivots.some((p) => p !== pivot && overlaps(p.destination, area))) conflict('another PivotTable');
    if (sheet.merges.some((m) => overlaps(m, area))) conflict('merged cells');
    if (cellCount(area) <= sheet.cells.size) {
      forEachCell(area, null, (row, column) => {
        if ((sheet.cell(row, column)?.content ?? null) !== null) conflict('cells with content');
      });
    } else {
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(':').map(Number) as [number, number];
        if (cell.content !== null && overlaps(area, { top: row, left: column, bottom: row, right: column })) conflict('cells with content');
      }
    }
  }

  /** Distinct values of a table column, as a PivotTable lists its items. */
  private distinct(table: TableModel, field: string): number {
    const column = this.headers(table).findIndex((h) => lower(h) === lower(field));
    const seen = new Set<string>();
    for (let r = table.rect.top + 1; r <= table.rect.bottom; r++) seen.add(contentText(table.sheet.cell(r, table.rect.left + column)?.content ?? null));
    return seen.size;
  }
}

export function contentText(content: Content | null): string {
  if (content === null) return '';
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
      return String(content.number);
    case 'boolean':
      return content.boolean ? 'TRUE' : 'FALSE';
    case 'error':
      return content.error;
    case 'formula':
      return content.formula;
  }
}

/** A 2-D array exactly the size of the range, as office-js requires. */
function shaped(rect: Rect, data: unknown): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== columns)) {
    return fail('InvalidArgument', MESSAGES.dimensions);
  }
  return data as unknown[][];
}

function forEachCell(rect: Rect, data: unknown[][] | null, visit: (row: number, column: number, value: unknown) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) visit(r, c, data ? data[r - rect.top]![c - rect.left] : undefined);
  }
}
