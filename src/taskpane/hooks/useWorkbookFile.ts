import { useCallback, useRef, useState } from 'react';
import type { BrowserHost, FileWorkbook, Progress } from '../hosts/host';
import { CancelledError } from '../worker/client';
import { shownError, type Shown } from '../i18n/shown';

export interface OpenedFile {
  name: string;
  workbook: FileWorkbook;
}

export type FileState =
  | { status: 'none' }
  | { status: 'opening'; name: string; progress: Progress }
  | { status: 'open'; file: OpenedFile }
  | { status: 'failed'; name: string; message: Shown };

const XLSX_NAME = /\.xls[xm]$/i;

/**
 * The standalone pane's workbook: an .xlsx file picked or dropped (or the example, built in the
 * pane), opened and read in the worker. Avbryt while it opens puts back the file opened before
 * (`cancelled` says so). `open` resolves to whether the file is now open.
 */
export function useWorkbookFile(host: BrowserHost) {
  const [state, setState] = useState<FileState>({ status: 'none' });
  const [cancelled, setCancelled] = useState(false);
  const current = useRef(state);
  current.current = state;

  const open = useCallback(
    async (file: File): Promise<boolean> => {
      setCancelled(false);
      if (!XLSX_NAME.test(file.name)) {
        setState({ status: 'failed', name: file.name, message: (s) => s.notXlsx(file.name) });
        return false;
      }
      const before = current.current;
      setState({ status: 'opening', name: file.name, progress: { phase: 'opening', fraction: 0 } });
      try {
        const workbook = await host.open(file, (progress) => setState({ status: 'opening', name: file.name, progress }));
        setState({ status: 'open', file: { name: file.name, workbook } });
        return true;
      } catch (error) {
        if (error instanceof CancelledError) {
          setState(before);
          setCancelled(true);
          return false;
        }
        console.error(error);
        setState({ status: 'failed', name: file.name, message: shownError(error) });
        return false;
      }
    },
    [host],
  );

  const cancel = useCallback(() => host.cancelOpen(), [host]);

  return { state, open, cancel, cancelled };
}
