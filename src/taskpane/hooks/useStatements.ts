import { useCallback, useState } from 'react';
import type { Calculation } from '../../engine/calc/calculate';
import { loadResults } from '../components/lazyViews';
import type { PaneHost } from '../hosts/host';
import { useStrings } from '../i18n';
import { errorMessage } from './errorMessage';

export interface StatementsOutcome {
  intent: 'success' | 'warning' | 'error';
  text: string;
}

/**
 * Kundbesked for chosen customers: in Excel a sheet each in the open workbook (the office
 * adapter's writeStatements), in the browser one new .xlsx to download (never the open file,
 * which holds every customer's figures).
 */
export function useStatements(host: PaneHost, calculation: Calculation | null) {
  const strings = useStrings();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StatementsOutcome | null>(null);

  const deliver = useCallback(
    async (customers: string[]) => {
      if (!calculation || customers.length === 0) return;
      setBusy(true);
      setOutcome(null);
      try {
        const { customerStatement } = await loadResults();
        const statements = customers.map((c) => customerStatement(calculation, c));
        if (host.kind === 'excel') {
          const { sheets, notes } = await host.writeStatements(statements);
          setOutcome({ intent: notes.length > 0 ? 'warning' : 'success', text: [strings.statementsWritten(sheets), ...notes].join(' ') });
        } else {
          const fileName = strings.statementsFileName(customers);
          host.download(await host.statementsXlsx(statements), fileName);
          setOutcome({ intent: 'success', text: strings.statementsDownloaded(customers.length, fileName) });
        }
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: errorMessage(error) });
      } finally {
        setBusy(false);
      }
    },
    [host, calculation, strings],
  );

  return { busy, outcome, deliver };
}
