import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { openXlsx, type XlsxWorkbook } from '../../workbook/xlsx';
import type { Opened } from './protocol';

/** The file's part of the pane's worker: an opened .xlsx, its tables, and the result's bytes. */
export interface OpenFile {
  workbook: XlsxWorkbook;
  tables: RawTable[];
  opened: Opened;
}

/** Opens the bytes and reads the input tables; throws the adapter's message for a file it cannot use. */
export async function openFile(bytes: Uint8Array, onRead: () => void = () => {}): Promise<OpenFile> {
  const workbook = await openXlsx(bytes);
  onRead();
  const tables = await workbook.readTables();
  return {
    workbook,
    tables,
    opened: { tables: tables.map((t) => ({ name: t.name, rows: t.rows.length })), lostOnWrite: workbook.lostOnWrite() },
  };
}

export function writeOutputs(file: OpenFile, outputs: OutputTable[]): Promise<void> {
  return file.workbook.writeOutputs(outputs);
}

/** The file with the outputs written, as a buffer of its own (transferable whole). */
export async function resultBytes(file: OpenFile): Promise<ArrayBuffer> {
  return ownBuffer(await file.workbook.toBuffer());
}

/** The bytes' buffer when they fill it, else a copy that does (a view's buffer may hold more). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}
