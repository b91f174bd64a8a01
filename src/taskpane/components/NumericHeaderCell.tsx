import { TableHeaderCell } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTableStyles } from './tables.styles';

/** A column header over figures: right-aligned like the figures below it. */
export function NumericHeaderCell({ children }: { children: ReactNode }) {
  const styles = useTableStyles();
  return (
    <TableHeaderCell className={styles.numeric} button={{ className: styles.numericHeader }}>
      {children}
    </TableHeaderCell>
  );
}
