import type { CellValue, RawTable } from '../../src/engine/cells';

/**
 * One entry of the bad-input catalogue (issue 12): a valid workbook with one change, and what the
 * command line must answer. The runner (catalogue.test.ts) loads every file in cases/ and runs
 * each case through `runCli` on real bytes, so the whole path is tested: file, package, reader,
 * engine, exit code and Kontroller.
 *
 * Cases live in cases/<area>.ts, each file exporting `CASES: BadInputCase[]`.
 */
export interface BadInputCase {
  /** What the one change is, e.g. "Kostnadsobjekt typo Kundreskontr". Unique in the catalogue. */
  name: string;
  /** How the input is made. */
  input: CaseInput;
  expect: CaseExpectation;
}

export type CaseInput =
  /** The base workbook (`base`: 'mini' = test/engine/helpers miniWorkbook, 'example' = src/example) changed in memory, then written by the project's xlsx writer (createXlsx().writeInputTables). */
  | { kind: 'tables'; base: 'mini' | 'example'; change: (tables: RawTable[]) => void }
  /** Bytes made by the case itself (an openpyxl-style package, a zip bomb, a patched part …). */
  | { kind: 'bytes'; make: () => Uint8Array | Promise<Uint8Array> }
  /** Raw command-line arguments; IN is written to the path `IN.xlsx` in the runner's files first when `base` is given. */
  | { kind: 'args'; argv: string[]; base?: 'mini' | 'example' };

export interface CaseExpectation {
  /** 0 calculated, 1 workbook errors, 2 unusable arguments or file. Never 3. */
  exit: 0 | 1 | 2;
  /**
   * For exit 0 and 1: the Kontroller row that must be there (level, contract table name, 1-based
   * data row or null, column or null, cell address or null). For exit 2: omit; `message` is then
   * looked for on stderr.
   */
  level?: 'Fel' | 'Varning';
  table?: string;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
  /** Fragments the Swedish message (or stderr for exit 2) must contain. */
  message: string[];
}

/** Sets data row `row` (1-based) under `header` of the table named `name`. */
export function setCell(tables: RawTable[], name: string, row: number, header: string, value: CellValue): void {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`catalogue set-up: ${name} has no column ${header}`);
  const r = t.rows[row - 1];
  if (!r) throw new Error(`catalogue set-up: ${name} has no row ${row}`);
  r[i] = value;
}
