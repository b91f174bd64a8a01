import { Body1, Dropdown, Field, Input, Link, Option, Subtitle2, Table, TableBody, TableCell, TableHeader, TableRow, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { SearchRegular, TableSearchRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { OutputTable } from '../../engine/output';
import { kr } from '../format';
import { useStrings } from '../i18n';
import { amountIn, pivotModel, shownPivotLines, type PivotColumn, type PivotSort } from '../model/deviationPivot';
import type { SortDirection } from '../model/sheetRows';
import { nextSort, SortableHeaderCell } from './SortableHeaderCell';
import { useTableStyles } from './tables.styles';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  nameCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export interface DeviationPivotViewProps {
  outputs: readonly OutputTable[];
  onOpenCustomer: (customer: string) => void;
  /** In Excel: selects a customer's row on the Avvikelsepivot sheet. */
  selectCell?: (address: string) => Promise<void>;
}

/**
 * Avvikelsepivot on screen: each customer's deviation surcharge for one type or for all, sortable
 * by name or amount and filterable by name; a name opens the customer's drill-down, and in Excel
 * a button beside it selects the customer's row on the sheet.
 */
export function DeviationPivotView({ outputs, onOpenCustomer, selectCell }: DeviationPivotViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const table = useTableStyles();
  const restoreFocus = useRestoreFocusTarget();
  const headingId = useId();
  const model = useMemo(() => pivotModel(outputs), [outputs]);
  const [text, setText] = useState('');
  const [column, setColumn] = useState<PivotColumn>(null);
  const [sort, setSort] = useState<{ by: PivotSort; direction: SortDirection }>({ by: 'amount', direction: 'descending' });
  const shown = useMemo(() => shownPivotLines(model, text, column, sort.by, sort.direction), [model, text, column, sort]);
  const direction = (by: PivotSort) => (sort.by === by ? sort.direction : undefined);
  const columnName = column === null ? strings.allDeviationTypes : model.types[column]!;
  const total = model.total && amountIn(model.total, column);

  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.pivotHeading}
      </Subtitle2>
      {model.lines.length === 0 ? (
        <Body1>{strings.noDeviations}</Body1>
      ) : (
        <>
          <div className={styles.bar}>
            <Field label={strings.deviationType}>
              <Dropdown
                value={columnName}
                selectedOptions={[String(column ?? 'all')]}
                onOptionSelect={(_, data) => setColumn(data.optionValue === 'all' || data.optionValue === undefined ? null : Number(data.optionValue))}
              >
                <Option value="all">{strings.allDeviationTypes}</Option>
                {model.types.map((type, i) => (
                  <Option key={type} value={String(i)}>
                    {type}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={strings.customerSearch}>
              <Input type="search" contentBefore={<SearchRegular />} value={text} onChange={(_, data) => setText(data.value)} />
            </Field>
          </div>
          {shown.length === 0 ? (
            <Body1>{strings.noMatches}</Body1>
          ) : (
            <Table className={table.table} size="small" sortable aria-labelledby={headingId}>
              <TableHeader>
                <TableRow>
                  <SortableHeaderCell sortDirection={direction('customer')} onSort={() => setSort(nextSort(sort, 'customer', 'ascending'))}>
                    {strings.customer}
                  </SortableHeaderCell>
                  <SortableHeaderCell numeric sortDirection={direction('amount')} onSort={() => setSort(nextSort(sort, 'amount', 'descending'))}>
                    {columnName}
                  </SortableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((line) => (
                  <TableRow key={line.customer}>
                    <TableCell className={table.wrap}>
                      <span className={styles.nameCell}>
                        <Link as="button" inline aria-haspopup="dialog" {...restoreFocus} onClick={() => onOpenCustomer(line.customer)}>
                          {line.customer}
                        </Link>
                        {selectCell && (
                          <Link as="button" inline onClick={() => void selectCell(line.address).catch(() => undefined)} aria-label={strings.showCustomerOnSheet(line.customer)}>
                            <TableSearchRegular aria-hidden />
                          </Link>
                        )}
                      </span>
                    </TableCell>
                    <TableCell className={table.numeric}>{kr(amountIn(line, column))}</TableCell>
                  </TableRow>
                ))}
                {total !== null && text === '' && (
                  <TableRow className={table.totalRow}>
                    <TableCell>{strings.pivotTotal}</TableCell>
                    <TableCell className={table.numeric}>{kr(total)}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
