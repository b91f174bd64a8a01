import { useCallback, useState } from 'react';
import type { RawTable } from '../../engine/cells';
import type { PaneHost } from '../hosts/host';
import { useStrings } from '../i18n';
import { shownError, type Shown } from '../i18n/shown';

export type InputTablesKind = 'template' | 'example';

export interface InputTablesOutcome {
  intent: 'success' | 'error';
  text: Shown;
  /** The example opened in the browser: its file, still offered as a download. */
  example?: Uint8Array;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Skapa mall" and "Infoga exempel": in Excel the tables go into the open workbook. In the
 * browser the example is opened in the pane (`openFile`, as if the user had picked the file; it
 * says itself when that fails) and stays on offer as a download; the template, to be filled in,
 * is downloaded.
 */
export function useInputTables(host: PaneHost, openFile?: (file: File) => Promise<boolean>) {
  const strings = useStrings();
  const [busy, setBusy] = useState<InputTablesKind | null>(null);
  const [outcome, setOutcome] = useState<InputTablesOutcome | null>(null);

  const run = useCallback(
    async (kind: InputTablesKind) => {
      setBusy(kind);
      setOutcome(null);
      try {
        const tables = await inputTables(kind);
        if (host.kind === 'excel') {
          await host.writeInputTables(tables);
          setOutcome({ intent: 'success', text: (s) => (kind === 'template' ? s.templateInserted : s.exampleInserted) });
        } else if (kind === 'example' && openFile) {
          const bytes = await host.build(tables);
          const opened = await openFile(new File([bytes as BlobPart], strings.exampleFileName, { type: XLSX_TYPE }));
          if (opened) setOutcome({ intent: 'success', text: (s) => s.exampleOpened, example: bytes });
        } else {
          const fileName = kind === 'template' ? strings.templateFileName : strings.exampleFileName;
          host.download(await host.build(tables), fileName);
          setOutcome({ intent: 'success', text: (s) => (kind === 'template' ? s.templateDownloaded(fileName) : s.exampleDownloaded(fileName)) });
        }
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: shownError(error) });
      } finally {
        setBusy(null);
      }
    },
    [host, openFile, strings],
  );

  /** Saves the opened example as a file too (the browser). */
  const downloadExample = useCallback(() => {
    const example = outcome?.example;
    if (!example || host.kind !== 'browser') return;
    host.download(example, strings.exampleFileName);
    setOutcome({ intent: 'success', text: (s) => s.exampleDownloaded(strings.exampleFileName), example });
  }, [host, outcome, strings]);

  return { busy, outcome, run, downloadExample };
}

/** Loaded on first use: the example's data is not needed to calculate. */
async function inputTables(kind: InputTablesKind): Promise<RawTable[]> {
  if (kind === 'template') {
    const { templateTables } = await import(/* webpackChunkName: "template" */ '../../engine/template');
    return templateTables();
  }
  const { exampleTables } = await import(/* webpackChunkName: "example" */ '../../example');
  return exampleTables();
}
