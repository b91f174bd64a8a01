import { useCallback, useState } from 'react';
import type { PublishedDelivery, PublishedFiles, PublishedFormat, SavePublished } from '../hosts/published';
import { invoiceCsvFileName, priceListFileName, statementsPdfFileName } from '../hosts/published';
import { PUBLISH_TEXTS } from '../i18n/publishTexts';
import { shownError, type Shown } from '../i18n/shown';

/** A run's published files and the host's way to hand them over; null where the pane has neither. */
export interface Publishing {
  files: PublishedFiles;
  save: SavePublished;
}

export interface PublishedOutcome {
  intent: 'success' | 'error';
  text: Shown;
}

/** The price list made in the worker and handed over by the host; resolves to how, and the file's name. */
export async function savePriceList(publishing: Publishing, format: PublishedFormat, label: string, year: number | null): Promise<{ delivery: PublishedDelivery; name: string }> {
  const bytes = await publishing.files.priceList(format, label);
  const name = priceListFileName(year, label, format);
  return { delivery: await publishing.save({ bytes, name, format }), name };
}

/** Kundbesked for these customers as one PDF, made in the worker and handed over by the host. */
export async function saveStatementsPdf(publishing: Publishing, customers: string[]): Promise<{ delivery: PublishedDelivery; name: string }> {
  const bytes = await publishing.files.statementsPdf(customers);
  const name = statementsPdfFileName(customers);
  return { delivery: await publishing.save({ bytes, name, format: 'pdf', statements: true }), name };
}

/** The invoice file for the ERP as CSV (Fakturaunderlag, or Slutavräkning), made in the worker and handed over by the host. */
export async function saveInvoiceCsv(publishing: Publishing, settlement: boolean, year: number | null): Promise<{ delivery: PublishedDelivery; name: string }> {
  const bytes = await publishing.files.invoiceCsv(settlement);
  const name = invoiceCsvFileName(year, settlement);
  return { delivery: await publishing.save({ bytes, name, format: 'csv' }), name };
}

/**
 * A file the pane makes and hands over: what is being made (null when nothing), and how the last
 * one went. The outcome is forgotten when `files` changes (a new run's files: the last run's
 * outcome no longer holds; what the user typed does).
 */
function useSaving<K>(files?: PublishedFiles) {
  const [making, setMaking] = useState<K | null>(null);
  const [outcome, setOutcome] = useState<PublishedOutcome | null>(null);
  const [seen, setSeen] = useState(files);
  if (seen !== files) {
    setSeen(files);
    setOutcome(null);
  }
  const start = useCallback(async (key: K, work: () => Promise<Shown>) => {
    setMaking(key);
    setOutcome(null);
    try {
      setOutcome({ intent: 'success', text: await work() });
    } catch (error) {
      console.error(error);
      setOutcome({ intent: 'error', text: shownError(error) });
    } finally {
      setMaking(null);
    }
  }, []);
  return { making, outcome, start };
}

/** The price list buttons' state: which file is being made, and how the last went. */
export function usePriceListFile(publishing: Publishing, year: number | null) {
  const { making, outcome, start } = useSaving<PublishedFormat>(publishing.files);
  const save = useCallback(
    (format: PublishedFormat, label: string) =>
      start(format, async () => {
        const { delivery, name } = await savePriceList(publishing, format, label, year);
        return (s) => PUBLISH_TEXTS[s.lang].priceListSaved(delivery, name);
      }),
    [start, publishing, year],
  );
  return { making, outcome, save };
}

/** "Spara som PDF" for Kundbesked: busy while the PDF is made, and how it went. */
export function useStatementsPdf(publishing: Publishing | null) {
  const { making, outcome, start } = useSaving<true>();
  const save = useCallback(
    async (customers: string[]) => {
      if (!publishing || customers.length === 0) return;
      await start(true, async () => {
        const { name } = await saveStatementsPdf(publishing, customers);
        return (s) => PUBLISH_TEXTS[s.lang].statementsPdfSaved(customers.length, name);
      });
    },
    [start, publishing],
  );
  return { busy: making !== null, outcome, save };
}

/** The invoice file's buttons: which file is being made (Slutavräkning's or not), and how the last went. */
export function useInvoiceCsv(publishing: Publishing, year: number | null) {
  const { making, outcome, start } = useSaving<{ settlement: boolean }>(publishing.files);
  const save = useCallback(
    (settlement: boolean) =>
      start({ settlement }, async () => {
        const { name } = await saveInvoiceCsv(publishing, settlement, year);
        return (s) => PUBLISH_TEXTS[s.lang].invoiceSaved(settlement, name);
      }),
    [start, publishing, year],
  );
  return { making, outcome, save };
}
