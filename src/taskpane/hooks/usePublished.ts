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

/** The price list buttons' state: which file is being made, and how the last went. */
export function usePriceListFile(publishing: Publishing, year: number | null) {
  const [making, setMaking] = useState<PublishedFormat | null>(null);
  const [outcome, setOutcome] = useState<PublishedOutcome | null>(null);
  // A new run's files: the outcome of the last run's file no longer holds (the label the user typed does).
  const [files, setFiles] = useState(publishing.files);
  if (files !== publishing.files) {
    setFiles(publishing.files);
    setOutcome(null);
  }
  const save = useCallback(
    async (format: PublishedFormat, label: string) => {
      setMaking(format);
      setOutcome(null);
      try {
        const { delivery, name } = await savePriceList(publishing, format, label, year);
        setOutcome({ intent: 'success', text: (s) => PUBLISH_TEXTS[s.lang].priceListSaved(delivery, name) });
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: shownError(error) });
      } finally {
        setMaking(null);
      }
    },
    [publishing, year],
  );
  return { making, outcome, save };
}

/** "Spara som PDF" for Kundbesked: busy while the PDF is made, and how it went. */
export function useStatementsPdf(publishing: Publishing | null) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PublishedOutcome | null>(null);
  const save = useCallback(
    async (customers: string[]) => {
      if (!publishing || customers.length === 0) return;
      setBusy(true);
      setOutcome(null);
      try {
        const { name } = await saveStatementsPdf(publishing, customers);
        setOutcome({ intent: 'success', text: (s) => PUBLISH_TEXTS[s.lang].statementsPdfSaved(customers.length, name) });
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: shownError(error) });
      } finally {
        setBusy(false);
      }
    },
    [publishing],
  );
  return { busy, outcome, save };
}

/** The invoice file's buttons: which file is being made (Slutavräkning's or not), and how the last went. */
export function useInvoiceCsv(publishing: Publishing, year: number | null) {
  const [making, setMaking] = useState<{ settlement: boolean } | null>(null);
  const [outcome, setOutcome] = useState<PublishedOutcome | null>(null);
  // A new run's files: the outcome of the last run's file no longer holds.
  const [files, setFiles] = useState(publishing.files);
  if (files !== publishing.files) {
    setFiles(publishing.files);
    setOutcome(null);
  }
  const save = useCallback(
    async (settlement: boolean) => {
      setMaking({ settlement });
      setOutcome(null);
      try {
        const { name } = await saveInvoiceCsv(publishing, settlement, year);
        setOutcome({ intent: 'success', text: (s) => PUBLISH_TEXTS[s.lang].invoiceSaved(settlement, name) });
      } catch (error) {
        console.error(error);
        setOutcome({ intent: 'error', text: shownError(error) });
      } finally {
        setMaking(null);
      }
    },
    [publishing, year],
  );
  return { making, outcome, save };
}
