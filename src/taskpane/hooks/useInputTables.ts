import { useCallback, useState } from 'react';
import type { RawTable } from '../../engine/cells';
import type { PaneHost } from '../hosts/host';
import { useStrings } from '../i18n';
import { errorMessage } from './errorMessage';

export type InputTablesKind = 'template' | 'example';

export interface InputTablesOutcome {
  intent: 'success' | 'error';
  text: string;
}

/**
 * "Skapa mall" and "Infoga exempel": in Excel the tables go into the open workbook; in the
 * browser they come as a new .xlsx to download.
 */
export function useInputTables(host: PaneHost) {
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
          setOutcome({ intent: 'success', text: kind === 'template' ? strings.templateInserted : strings.exampleInserted });
        } else {
          const fileName = kind === 'template' ? strings.templateFileName : strings.exampleFileName;
          host.download(await host.build(tables), fileName);
          setOutcome({ intent: 'success', text: kind === 'template' ? strings.templateDownloaded(fileName) : strings.exampleDownloaded(fileName) });
        }
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: errorMessage(error) });
      } finally {
        setBusy(null);
      }
    },
    [host, strings],
  );

  return { busy, outcome, run };
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
