import { type CellValue, type RawTable } from '../cells';
import { decFromCell, type Dec } from '../decimal';
import { parseNumberText } from '../numbers';
import { normalizeName, normalizeTableName, type ColumnSpec, type TableSpec } from '../schema';
import { cellAddress } from './address';
import { ProblemList, type Place } from './problemList';
import { clearlyInside, rangeProblem, type NumberRules } from './numberRules';
import { keepShape } from '../shapes';
import { msg, type Message } from '../messages/catalog';
import { allNames } from './mistypedNames';

export interface ExtraColumn {
  header: string;
  index: number;
}

/** Finds the contract's tables among the workbook's, by name, case- and space-insensitively. */
export function findTable(tables: readonly RawTable[], name: string): RawTable | undefined {
  const wanted = normalizeTableName(name);
  return tables.find((t) => normalizeTableName(t.name) === wanted);
}

/**
 * Every table of the workbook that findTable would take for the contract's table `name`: more
 * than one (`Volymer` and `VOLYMER`, which Excel refuses but other writers do not) means the
 * reader would silently use the first.
 */
export function tablesNamed(tables: readonly RawTable[], name: string): RawTable[] {
  const wanted = normalizeTableName(name);
  return tables.filter((t) => normalizeTableName(t.name) === wanted);
}

/** The error for two or more tables that all read as the contract's table `name`. */
export function reportDuplicateTables(problems: ProblemList, name: string, found: readonly RawTable[]): void {
  problems.error('duplicate-table', { table: name }, msg('duplicateTables', { table: name, found: found.map((t) => ({ name: t.name, sheet: t.sheet })) }));
}

/**
 * One input table, its columns located by header. Typed getters read a cell, report what is
 * wrong with it (naming table, row, column and cell) and return null when it is unusable.
 */
export class TableReader {
  private readonly index = new Map<string, number>();
  /** Lookups by the header as the code spells it, so a cell read does not normalise text. */
  private readonly lookup = new Map<string, number>();
  readonly extras: ExtraColumn[] = [];
  /** Columns the table lacks that a row needed, each reported once (columnNeeded). */
  private readonly neededColumns = new Set<string>();
  readonly present: boolean;
  private readonly reportedMerges = new Set<string>();

  constructor(
    readonly spec: TableSpec,
    private readonly raw: RawTable | undefined,
    private readonly problems: ProblemList,
  ) {
    this.present = raw !== undefined;
    if (!raw) return;
    const known = new Set(spec.columns.map((c) => normalizeName(c.header)));
    raw.headers.forEach((header, i) => {
      const key = normalizeName(String(header ?? ''));
      if (key === '') return;
      if (this.index.has(key)) {
        problems.error('duplicate-column', { table: spec.name, column: header.trim(), cell: this.address(0, i) }, msg('duplicateColumn', { table: spec.name, column: header.trim() }));
        return;
      }
      this.index.set(key, i);
      if (!known.has(key)) this.extras.push({ header: header.trim(), index: i });
    });
    for (const col of spec.columns) {
      if (col.required && !this.index.has(normalizeName(col.header))) {
        problems.error('missing-column', { table: spec.name, column: col.header }, msg('missingColumn', { table: spec.name, column: col.header }));
      }
    }
  }

  get name(): string {
    return this.spec.name;
  }

  has(header: string): boolean {
    return this.index.has(normalizeName(header));
  }

  /** A column the contract requires in the header row (its absence is a missing-column error). */
  isRequiredColumn(header: string): boolean {
    return this.spec.columns.some((c) => c.required === true && normalizeName(c.header) === normalizeName(header));
  }

  /**
   * A column this table lacks that a row needs (Inställningar's Värde): one missing-column error
   * for the column, at the first row that needs it, not one per row. A column the contract
   * requires was reported when the table was opened.
   */
  columnNeeded(header: string, row: number): void {
    if (this.isRequiredColumn(header) || this.neededColumns.has(normalizeName(header))) return;
    this.neededColumns.add(normalizeName(header));
    this.problems.error('missing-column', { table: this.spec.name, row: null, column: header }, msg('missingColumnFromRow', { table: this.spec.name, column: header, row }));
  }

  /**
   * The table's data rows that are not blank, with their 1-based data row number. A Row is made
   * as the loop reaches it and dropped after: a million-row table is never held twice.
   */
  *rows(): Generator<Row> {
    const raw = this.raw?.rows ?? [];
    for (let i = 0; i < raw.length; i++) {
      const cells = raw[i] as CellValue[];
      if (cells.every(isBlank)) continue;
      yield new Row(this, i + 1, cells);
    }
  }

  /** The number of data rows, blank ones included: rowAt's range. */
  get rowCount(): number {
    return this.raw?.rows.length ?? 0;
  }

  /**
   * Data row i (0-based) as rows() gives it, or null when it is blank: for the tables that have a
   * million rows (Volymer, Avvikelser), read by a plain loop, without a generator's suspend and
   * resume per row or a callback made per table (shapes.ts says why not a closure).
   */
  rowAt(i: number): Row | null {
    const cells = (this.raw as RawTable).rows[i] as CellValue[];
    return cells.every(isBlank) ? null : new Row(this, i + 1, cells);
  }

  /** True when the table has at least one data row that is not blank. */
  hasRows(): boolean {
    return (this.raw?.rows ?? []).some((cells) => !cells.every(isBlank));
  }

  columnIndex(header: string): number | undefined {
    const known = this.lookup.get(header);
    if (known !== undefined) return known < 0 ? undefined : known;
    const i = this.index.get(normalizeName(header));
    this.lookup.set(header, i ?? -1);
    return i;
  }

  /** The cell address of data row `row` (1-based; 0 = header) and column index. */
  address(row: number, columnIndex: number): string | null {
    if (!this.raw?.origin) return null;
    return cellAddress(this.raw.sheet, this.raw.origin.row + row, this.raw.origin.column + columnIndex);
  }

  place(row: number, header: string | null): Place {
    const i = header === null ? undefined : this.columnIndex(header);
    return {
      table: this.spec.name,
      row,
      column: header,
      cell: i === undefined ? null : this.address(row, i),
    };
  }

  get report(): ProblemList {
    return this.problems;
  }

  /** True the first time a cell of the merged range is reported: one message per range. */
  firstReportOfMerge(range: string): boolean {
    if (this.reportedMerges.has(range)) return false;
    this.reportedMerges.add(range);
    return true;
  }
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export type { NumberRules } from './numberRules';

/** One data row of a TableReader. */
export class Row {
  constructor(
    private readonly table: TableReader,
    readonly rowNumber: number,
    private readonly cells: CellValue[],
  ) {}

  place(header: string | null = null): Place {
    return this.table.place(this.rowNumber, header);
  }

  get report(): ProblemList {
    return this.table.report;
  }

  /** The cell as read, unchecked (a fast path for a reader that checks it itself, e.g. a month 1–12). */
  raw(header: string): CellValue {
    const i = this.table.columnIndex(header);
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  private rawAt(index: number): CellValue {
    return this.cells[index] ?? null;
  }

  isEmpty(header: string): boolean {
    return isBlank(this.raw(header));
  }

  /** Text of a cell; numbers and booleans as they read. Null when empty (an error if required). */
  text(header: string, required = false): string | null {
    return this.textAt(this.table.columnIndex(header), header, required);
  }

  /** text() of the column at index (the table's columnIndex(header), looked up once for many rows). */
  textAt(index: number | undefined, header: string, required = false): string | null {
    const v = index === undefined ? null : this.rawAt(index);
    if (typeof v === 'object' && v !== null) {
      if ('date' in v) return v.date;
      this.unusable(v, header, false);
      return null;
    }
    // Trimmed once: blank is what trims to nothing.
    const text = v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v).trim();
    if (text === '') {
      if (required) this.missing(header);
      return null;
    }
    return text;
  }

  /** A value from a closed list, returned in the list's spelling. */
  choice<T extends string>(header: string, values: readonly T[], required = false): T | null {
    const t = this.text(header, required);
    if (t === null) return null;
    const found = values.find((v) => normalizeName(v) === normalizeName(t));
    if (!found) {
      this.reportAt(header, 'error', 'unknown-value', (at) => msg('unknownValue', { at, text: t, values: allNames(values) }));
      return null;
    }
    return found;
  }

  number(header: string, required = false, rules: NumberRules = {}): Dec | null {
    return this.numberIn(this.table.columnIndex(header), header, required, rules);
  }

  /** number() of the column at index (the table's columnIndex(header), looked up once for many rows). */
  numberIn(index: number | undefined, header: string, required = false, rules: NumberRules = {}): Dec | null {
    if (index === undefined) {
      if (required) this.missing(header);
      return null;
    }
    return this.numberAt(index, header, required, rules);
  }

  numberAt(index: number, header: string, required = false, rules: NumberRules = {}): Dec | null {
    const v = this.rawAt(index);
    // Addresses and messages are built only when there is a problem: this runs for every cell,
    // so nothing is made for a good one (not even a closure).
    if (typeof v === 'object' && v !== null) {
      this.unusable(v, header, true);
      return null;
    }
    if (isBlank(v)) {
      if (required) this.missing(header);
      return null;
    }
    let value: Dec;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        this.reportAt(header, 'error', 'not-a-number', (at) => msg('notFinite', { at }));
        return null;
      }
      value = decFromCell(v);
    } else if (typeof v === 'string') {
      const parsed = parseNumberText(v);
      if (parsed.kind === 'ambiguous') {
        this.reportAt(header, 'error', 'ambiguous-number', (at) => msg('ambiguousNumber', { at, text: v.trim() }));
        return null;
      }
      if (parsed.kind === 'invalid') {
        this.reportAt(header, 'error', 'not-a-number', (at) => msg('notANumber', { at, text: v.trim() }));
        return null;
      }
      value = parsed.value;
      this.reportAt(header, 'warning', 'number-as-text', (at) => msg('numberAsText', { at, text: v.trim(), value: value.toString().replace('.', ',') }));
    } else {
      this.reportAt(header, 'error', 'not-a-number', (at) => msg('booleanNotANumber', { at, value: v === true }));
      return null;
    }
    // The range (numberRules.ts): a plain number well inside it needs no decimal comparison (this runs per cell).
    if (typeof v === 'number' && clearlyInside(v, rules)) return value;
    const outside = rangeProblem(value, rules);
    if (outside !== null) {
      this.reportAt(header, 'error', 'out-of-range', (at) => msg('outOfRange', { at, problem: outside }));
      return null;
    }
    return value;
  }

  /**
   * Reports a cell that holds no usable value, saying what it holds: an error value, a date (in a
   * number column: `needNumber` says a number is wanted), a formula without a computed value, or a cell
   * covered by a merged range (once per range and table).
   */
  private unusable(v: Exclude<CellValue, string | number | boolean | null>, header: string, needNumber: boolean): void {
    if ('error' in v) {
      this.reportAt(header, 'error', 'error-value', (at) => msg('errorValue', { at, error: v.error, needNumber }));
    } else if ('date' in v) {
      this.reportAt(header, 'error', 'date-value', (at) => msg('dateValue', { at, date: v.date.replace('T', ' '), needNumber }));
    } else if ('formula' in v) {
      this.reportAt(header, 'error', 'uncomputed-formula', (at) => msg('uncomputedFormula', { at, formula: v.formula }));
    } else if (this.table.firstReportOfMerge(v.merged)) {
      this.reportAt(header, 'error', 'merged-cell', (at) => msg('mergedCell', { at, range: v.merged }));
    }
  }

  private reportAt(header: string, level: 'error' | 'warning', code: string, text: (at: Place) => Message): void {
    const at = this.place(header);
    this.table.report[level](code, at, text(at));
  }

  private missing(header: string): void {
    // A required column absent from the table is reported once, as missing-column.
    if (this.table.columnIndex(header) === undefined) return this.table.columnNeeded(header, this.rowNumber);
    this.reportAt(header, 'error', 'missing-value', (at) => msg('missingValue', { at }));
  }
}

export type { ColumnSpec };

/** A reader of an empty table with no columns, kept for its hidden class (shapes.ts). */
export const EMPTY_READER = keepShape(new TableReader({ name: '', required: false, columns: [], help: '' }, { name: '', sheet: '', headers: [], rows: [] }, new ProblemList()));
keepShape(new Row(EMPTY_READER, 1, []));
