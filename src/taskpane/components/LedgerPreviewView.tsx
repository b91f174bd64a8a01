import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import type { LedgerPreview } from '../hosts/ledgerPort';
import { unmappedRows } from '../hooks/useLedgerImport';
import { useStrings } from '../i18n';
import { amountText, ledgerImportTexts } from '../messages/ledgerImport';
import { CheckList } from './CheckList';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

/** Unmapped combinations listed one by one; the rest are counted. */
const SHOWN_UNMAPPED = 50;
/** Ledger lines named per combination; the rest are counted. */
const SHOWN_LINES = 8;

export interface LedgerPreviewViewProps {
  preview: LedgerPreview;
  strict: boolean;
  /** In Excel: a located problem's "Gå till cellen". */
  selectCell?: (address: string) => Promise<void>;
}

/**
 * What an import would write, before anything is written: the file read, its errors and warnings
 * (located, in the pane's language), the reconciliation (ledger − without a rule = imported) and
 * the combinations without a rule, with their sums and lines.
 */
export function LedgerPreviewView({ preview, strict, selectCell }: LedgerPreviewViewProps) {
  const strings = useStrings();
  const t = ledgerImportTexts(strings.lang);
  const table = useTableStyles();
  const reconciliationId = useId();
  const unmappedId = useId();
  const errors = preview.problems.filter((p) => p.level === 'error');
  const warnings = preview.problems.filter((p) => p.level === 'warning');
  const r = preview.reconciliation;
  const missing = unmappedRows(preview);
  return (
    <div className={table.section}>
      {preview.kind !== null && <Body1>{t.read(preview.fileName, preview.kind, preview.fileRows)}</Body1>}
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorsTitle(errors.length)}</MessageBarTitle>
            {t.notWrittenErrors}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.problems.length > 0 && <CheckList problems={[...errors, ...warnings]} selectCell={selectCell} />}
      {r && (
        <section className={table.section} aria-labelledby={reconciliationId}>
          <Subtitle2 as="h3" id={reconciliationId}>
            {t.reconciliationLabel}
          </Subtitle2>
          <Table size="small" className={table.table} aria-labelledby={reconciliationId}>
            <TableBody>
              <TableRow>
                <TableCell>{t.ledgerTotal}</TableCell>
                <TableCell className={table.numeric}>{amountText(r.ledgerTotal)}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t.unmappedTotal}</TableCell>
                <TableCell className={table.numeric}>{amountText(r.unmappedTotal)}</TableCell>
              </TableRow>
              <TableRow className={table.totalRow}>
                <TableCell>{t.importedTotal}</TableCell>
                <TableCell className={table.numeric}>{amountText(r.importedTotal)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
          <Caption1>{t.reconciliationRows(r.mappedRows, r.rows, r.lines, preview.table)}</Caption1>
        </section>
      )}
      {strict && missing > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.strictRefused(missing, r ? amountText(r.unmappedTotal) : '')}</MessageBarBody>
        </MessageBar>
      )}
      {preview.unmapped.length > 0 && (
        <section className={table.section} aria-labelledby={unmappedId}>
          <Subtitle2 as="h3" id={unmappedId}>
            {t.unmappedHeading(preview.unmapped.length)}
          </Subtitle2>
          <Table size="small" className={table.table} aria-labelledby={unmappedId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.unmappedColumns.konto}</TableHeaderCell>
                <TableHeaderCell>{t.unmappedColumns.ansvar}</TableHeaderCell>
                <TableHeaderCell>{t.unmappedColumns.verksamhet}</TableHeaderCell>
                <TableHeaderCell>{t.unmappedColumns.aktivitet}</TableHeaderCell>
                <NumericHeaderCell>{t.unmappedColumns.amount}</NumericHeaderCell>
                <TableHeaderCell>{t.unmappedColumns.lines}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.unmapped.slice(0, SHOWN_UNMAPPED).map((u, i) => (
                <TableRow key={i}>
                  <TableCell>{u.konto}</TableCell>
                  <TableCell>{u.ansvar}</TableCell>
                  <TableCell>{u.verksamhet}</TableCell>
                  <TableCell>{u.aktivitet}</TableCell>
                  <TableCell className={table.numeric}>{amountText(u.amount)}</TableCell>
                  <TableCell className={table.wrap}>
                    {u.lines.slice(0, SHOWN_LINES).join(', ')}
                    {u.lines.length > SHOWN_LINES ? ` ${t.more(u.lines.length - SHOWN_LINES)}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.unmapped.length > SHOWN_UNMAPPED && <Caption1>{t.more(preview.unmapped.length - SHOWN_UNMAPPED)}</Caption1>}
        </section>
      )}
      {preview.unusedRules.length > 0 && <Caption1>{t.unusedRules(preview.unusedRules.join(', '))}</Caption1>}
    </div>
  );
}
