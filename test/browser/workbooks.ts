import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawTable } from '../../src/engine/cells';
import { exampleTables } from '../../src/example';
import { createXlsx } from '../../src/workbook/xlsx';

const folder = mkdtempSync(join(tmpdir(), 'intaktsmodell-pane-'));

/** Writes input tables to an .xlsx the way `intaktsmodell example` does, returning its path. */
export async function workbookFile(name: string, tables: RawTable[]): Promise<{ path: string; bytes: Uint8Array }> {
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  const bytes = await workbook.toBuffer();
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** The example with one volume typed as text that is no number: "abc". */
export function brokenExample(row = 3): RawTable[] {
  const tables = exampleTables();
  const volumes = tables.find((t) => t.name === 'Volymer');
  if (!volumes) throw new Error('the example has no Volymer table');
  const column = volumes.headers.indexOf('Volym');
  const target = volumes.rows[row - 1];
  if (column < 0 || !target) throw new Error('the example has no Volym on that row');
  target[column] = 'abc';
  return tables;
}

export const tempFolder = folder;
