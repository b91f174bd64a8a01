import { TableHeaderCell } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SortDirection } from '../model/sheetRows';
import { useTableStyles } from './tables.styles';

export interface SortableHeaderCellProps {
  children: ReactNode;
  /** This column's direction when the rows are sorted by it, else undefined. */
  sortDirection: SortDirection | undefined;
  onSort: () => void;
  /** Over figures: right-aligned like them. */
  numeric?: boolean;
}

/** A column header the rows are sorted by when pressed (again: the other way); in a `<Table sortable>`. */
export function SortableHeaderCell({ children, sortDirection, onSort, numeric }: SortableHeaderCellProps) {
  const styles = useTableStyles();
  return (
    <TableHeaderCell
      className={numeric ? styles.numeric : undefined}
      button={numeric ? { className: styles.numericHeader } : undefined}
      sortDirection={sortDirection}
      onClick={onSort}
    >
      {children}
    </TableHeaderCell>
  );
}

/** The next sort after a header is pressed: its column the other way, or a new column in its first direction. */
export function nextSort<K extends string>(current: { by: K; direction: SortDirection }, by: K, first: SortDirection): { by: K; direction: SortDirection } {
  if (current.by !== by) return { by, direction: first };
  return { by, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
