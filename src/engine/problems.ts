/** Problems found in the workbook's data: returned as data, all at once, never thrown. */

import type { Message } from './messages/catalog';

export type ProblemLevel = 'error' | 'warning';

/** Where a problem sits; everything but the table is optional. */
export interface Place {
  table: string;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
}

export interface Problem {
  level: ProblemLevel;
  /** A stable machine code, e.g. `missing-table`, `not-a-number`. */
  code: string;
  /** The input table the problem is in (its contract name), or '' for the workbook. */
  table: string;
  /** 1 = the first data row; null when the problem is not on a row. */
  row: number | null;
  /** The column header as the contract names it; null when not on a column. */
  column: string | null;
  /** The cell address, e.g. `Volymer!C17`, when the host knows it. */
  cell: string | null;
  /** Swedish, for a finance person: `text` rendered in Swedish (the Kontroller sheet, the command line). */
  message: string;
  /** The message as a code with its arguments, for a reader to render in their language (messages/). */
  text: Message;
}

export const LEVEL_LABEL: Record<ProblemLevel, string> = { error: 'Fel', warning: 'Varning' };
