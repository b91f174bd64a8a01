import { lazy, Suspense } from 'react';
import type { LedgerImportProps } from './LedgerImport';

/** The import's view in a chunk of its own (its dialog, drop-downs and tables), fetched when the pane shows it. */
const LedgerImport = lazy(async () => ({ default: (await import(/* webpackChunkName: "ledger-import" */ './LedgerImport')).LedgerImport }));

/** "Importera från huvudboken", loaded on first show so that the pane's first chunk stays within its budget. */
export function LedgerImportSection(props: LedgerImportProps) {
  return (
    <Suspense fallback={null}>
      <LedgerImport {...props} />
    </Suspense>
  );
}
