import { Badge, Body1, Field, Input, Link, Subtitle2, Table, TableBody, TableCell, TableHeader, TableRow } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { OutputTable } from '../../engine/output';
import { kr, pctChange, unitPrice } from '../format';
import { useStrings } from '../i18n';
import { priceListLines, shownPriceLines, type PriceListLine, type PriceListSort } from '../model/priceList';
import type { SortDirection } from '../model/sheetRows';
import { nextSort, SortableHeaderCell } from './SortableHeaderCell';
import { useTableStyles } from './tables.styles';

export interface PriceListViewProps {
  outputs: readonly OutputTable[];
  /** In Excel: selects a service's row on the Prislista sheet. */
  selectCell?: (address: string) => Promise<void>;
}

/**
 * The price list: every service with its price (a keyed one: its price per key unit and keyed
 * total) and its self-cost, filterable and sortable; two columns, so it fits a narrow task pane.
 * In Excel a service's name selects its row on the Prislista sheet.
 */
export function PriceListView({ outputs, selectCell }: PriceListViewProps) {
  const strings = useStrings();
  const styles = useTableStyles();
  const headingId = useId();
  const lines = useMemo(() => priceListLines(outputs), [outputs]);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ by: PriceListSort; direction: SortDirection }>({ by: 'order', direction: 'ascending' });
  const shown = useMemo(() => shownPriceLines(lines, text, sort.by, sort.direction), [lines, text, sort]);
  const direction = (by: PriceListSort) => (sort.by === by ? sort.direction : undefined);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.priceListHeading}
      </Subtitle2>
      <Field label={strings.priceListFilter}>
        <Input type="search" contentBefore={<SearchRegular />} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {shown.length === 0 ? (
        <Body1>{strings.noMatches}</Body1>
      ) : (
        <Table className={styles.table} size="small" sortable aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <SortableHeaderCell sortDirection={direction('service')} onSort={() => setSort(nextSort(sort, 'service', 'ascending'))}>
                {strings.service}
              </SortableHeaderCell>
              <SortableHeaderCell numeric sortDirection={direction('selfCost')} onSort={() => setSort(nextSort(sort, 'selfCost', 'descending'))}>
                {strings.priceAndCost}
              </SortableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((line) => (
              <PriceRow key={line.service} line={line} selectCell={selectCell} />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function PriceRow({ line, selectCell }: { line: PriceListLine; selectCell?: PriceListViewProps['selectCell'] }) {
  const strings = useStrings();
  const styles = useTableStyles();
  return (
    <TableRow>
      <TableCell className={styles.wrap}>
        {selectCell ? (
          <Link as="button" inline onClick={() => void selectCell(line.address).catch(() => undefined)} aria-label={strings.showServiceOnSheet(line.service)}>
            {line.service}
          </Link>
        ) : (
          line.service
        )}
        <span className={styles.secondary}>{line.key ? strings.keyedPrice(line.model, line.key) : `${line.area} · ${line.model}`}</span>
      </TableCell>
      <TableCell className={styles.numeric}>
        {line.price !== null ? (
          <>
            {unitPrice(line.price)}
            {line.unit && <span className={styles.secondary}>/{line.unit}</span>}
          </>
        ) : line.perKeyUnit !== null ? (
          <span className={styles.wrap}>{strings.perKeyUnit(unitPrice(line.perKeyUnit), line.key ?? '')}</span>
        ) : (
          <span className={styles.wrap}>{line.model}</span>
        )}
        {line.price !== null && line.perKeyUnit !== null && (
          <span className={styles.secondary}>{strings.perKeyUnit(unitPrice(line.perKeyUnit), line.key ?? '')}</span>
        )}
        <span className={styles.secondary}>{line.price === null && line.key ? strings.keyedTotal(kr(line.revenue)) : strings.selfCostLine(kr(line.selfCost))}</span>
        {line.change !== null && <span className={styles.secondary}>{strings.priceChange(pctChange(line.change))}</span>}
        {line.uncappedPrice !== null && line.price !== null && (
          <span className={styles.secondary}>{strings.heldAtCap(unitPrice(line.price), unitPrice(line.uncappedPrice))}</span>
        )}
        {line.agreedAmount !== null && <span className={styles.secondary}>{strings.agreedAmount(kr(line.agreedAmount))}</span>}
        {line.toFinance !== null && <span className={styles.secondary}>{strings.toFinance(kr(line.toFinance))}</span>}
        {line.uncappedPrice !== null && (
          <span className={styles.below}>
            <Badge appearance="tint" color="warning" size="small">
              {strings.heldAtCapBadge}
            </Badge>
          </span>
        )}
        {line.overCap && (
          <span className={styles.below}>
            <Badge appearance="tint" color="danger" size="small">
              {strings.overCap}
            </Badge>
          </span>
        )}
      </TableCell>
    </TableRow>
  );
}
