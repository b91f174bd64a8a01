import { useCallback, useState } from 'react';
import type { BrowserHost, FileWorkbook } from '../hosts/host';
import { useStrings } from '../i18n';
import { errorMessage } from './errorMessage';

export interface OpenedFile {
  name: string;
  workbook: FileWorkbook;
}

export type FileState =
  | { status: 'none' }
  | { status: 'opening'; name: string }
  | { status: 'open'; file: OpenedFile }
  | { status: 'failed'; name: string; message: string };

const XLSX_NAME = /\.xls[xm]$/i;

/** The standalone pane's workbook: an .xlsx file picked or dropped, opened in memory. */
export function useWorkbookFile(host: BrowserHost) {
  const strings = useStrings();
  const [state, setState] = useState<FileState>({ status: 'none' });

  const open = useCallback(
    async (file: File) => {
      if (!XLSX_NAME.test(file.name)) {
        setState({ status: 'failed', name: file.name, message: strings.notXlsx(file.name) });
        return;
      }
      setState({ status: 'opening', name: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const workbook = await host.open(bytes);
        setState({ status: 'open', file: { name: file.name, workbook } });
      } catch (error) {
        console.error(error);
        setState({ status: 'failed', name: file.name, message: errorMessage(error) });
      }
    },
    [host, strings],
  );

  return { state, open };
}
