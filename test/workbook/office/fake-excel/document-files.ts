import type { AsyncAnswer, DocumentFile, OfficeFileHost } from '../../../../src/workbook/office';
import { compareVersions } from './rules';

/**
 * The fake's whole-file side of Office, as office.js behaves (its documentation of
 * Document.getFileAsync, File and Excel.createWorkbook): the open document's file handed over in
 * slices (each `data` an array of numbers), at most two files open at a time (a third
 * getFileAsync fails), and Excel.createWorkbook only from ExcelApi 1.8, taking a base64 .xlsx.
 */
/** What the whole-file side reads of the FakeExcel it belongs to. */
export interface FakeFileExcel {
  apiVersion: string;
  fileApis: boolean;
  platform: string | null;
  readonly newWorkbooks: Uint8Array[];
  createWorkbook(base64: string): Promise<void>;
}

export class FakeDocumentFiles {
  /** The bytes the open document saves as; null: Excel has no file to give. */
  file: Uint8Array | null = null;
  /** Files handed over and not closed. */
  open = 0;
  /** Slices handed over, over all files. */
  slicesRead = 0;
  constructor(private readonly excel: FakeFileExcel) {}

  /** Workbooks opened by createWorkbook, as their bytes (the FakeExcel's newWorkbooks). */
  get created(): Uint8Array[] {
    return this.excel.newWorkbooks;
  }

  private apiVersion(): string {
    return this.excel.apiVersion;
  }

  private fileApis(): boolean {
    return this.excel.fileApis;
  }

  host(): OfficeFileHost {
    return {
      isSetSupported: (name, minVersion = '1.1') =>
        name === 'ExcelApi' ? compareVersions(this.apiVersion(), minVersion) >= 0 : (name === 'File' || name === 'CompressedFile') && this.fileApis(),
      getCompressedFile: (sliceSize, callback) => {
        void Promise.resolve().then(() => {
          if (!this.fileApis()) throw new Error('getFileAsync called without the File requirement set');
          if (this.file === null || this.open >= 2) return callback(failed(this.file === null ? 'no file' : 'Too many files are open.'));
          this.open++;
          callback({ status: 'succeeded', value: this.documentFile(this.file, sliceSize) });
        });
      },
      platform: () => this.excel.platform,
      createWorkbook: (base64) => this.excel.createWorkbook(base64),
    };
  }

  private documentFile(bytes: Uint8Array, sliceSize: number): DocumentFile {
    let closed = false;
    return {
      size: bytes.length,
      sliceCount: Math.ceil(bytes.length / sliceSize),
      getSliceAsync: (index, callback) => {
        void Promise.resolve().then(() => {
          if (closed) return callback(failed('the file is closed'));
          this.slicesRead++;
          callback({ status: 'succeeded', value: { data: Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize)) } });
        });
      },
      closeAsync: (callback) => {
        void Promise.resolve().then(() => {
          if (!closed) this.open--;
          closed = true;
          callback?.({ status: 'succeeded', value: undefined });
        });
      },
    };
  }
}

function failed<T>(message: string): AsyncAnswer<T> {
  return { status: 'failed', value: undefined as T, error: { message } };
}
