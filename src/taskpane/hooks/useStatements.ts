import { useCallback, useState } from 'react';
import type { PaneHost, RunDetails } from '../hosts/host';
import { useStrings } from '../i18n';
import { shownError, type Shown } from '../i18n/shown';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import { renderWorkbookMessage } from '../../workbook/messages/catalog';

export interface StatementsOutcome {
  intent: 'success' | 'warning' | 'error';
  text: Shown;
}

/**
 * Kundbesked for chosen customers: in Excel a sheet each in the open workbook (the office
 * adapter's writeStatements), in the browser one new .xlsx to download (never the open file,
 * which holds every customer's figures), made where the run is kept.
 */
export function useStatements(host: PaneHost, details: RunDetails | null) {
  const strings = useStrings();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StatementsOutcome | null>(null);

  const deliver = useCallback(
    async (customers: string[]) => {
      if (!details || customers.length === 0) return;
      setBusy(true);
      setOutcome(null);
      try {
        if (host.kind === 'excel') {
          const { sheets, notes } = await host.writeStatements(await details.statements(customers));
          setOutcome({ intent: notes.length > 0 ? 'warning' : 'success', text: (s) => [s.statementsWritten(sheets), ...notes.map((note) => renderWorkbookMessage(note, s.lang))].join(' ') });
        } else {
          if (!details.statementsXlsx) throw new TextError(paneMsg('statementsNotHere', {}));
          const fileName = strings.statementsFileName(customers);
          host.download(await details.statementsXlsx(customers), fileName);
          setOutcome({ intent: 'success', text: (s) => s.statementsDownloaded(customers.length, fileName) });
        }
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: shownError(error) });
      } finally {
        setBusy(false);
      }
    },
    [host, details, strings],
  );

  return { busy, outcome, deliver };
}
