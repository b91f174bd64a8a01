import { Body1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import { kr } from '../format';
import { useStrings } from '../i18n';
import type { PivotLine } from '../summary/summarize';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

/** Avvikelsepivot on screen: each customer's deviation surcharge and the total. */
export function DeviationPivotView({ lines, total }: { lines: PivotLine[]; total: number }) {
  const strings = useStrings();
  const styles = useTableStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.pivotHeading}
      </Subtitle2>
      {lines.length === 0 ? (
        <Body1>{strings.noDeviations}</Body1>
      ) : (
        <Table className={styles.table} size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.customer}</TableHeaderCell>
              <NumericHeaderCell>{strings.pivotTotal}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={l.customer}>
                <TableCell>{l.customer}</TableCell>
                <TableCell className={styles.numeric}>{kr(l.total)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={styles.totalRow}>
              <TableCell>{strings.pivotTotal}</TableCell>
              <TableCell className={styles.numeric}>{kr(total)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
    </section>
  );
}
