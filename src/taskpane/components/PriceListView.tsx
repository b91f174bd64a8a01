import { Badge, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import { pctChange, unitPrice } from '../format';
import { useStrings } from '../i18n';
import type { PriceLine } from '../summary/summarize';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

/**
 * The price list: each service's unit price (or how it is keyed) with its unit and its change
 * on last year under it; two columns, so it fits a narrow task pane.
 */
export function PriceListView({ prices }: { prices: PriceLine[] }) {
  const strings = useStrings();
  const styles = useTableStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.priceListHeading}
      </Subtitle2>
      <Table className={styles.table} size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.service}</TableHeaderCell>
            <NumericHeaderCell>{strings.price}</NumericHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {prices.map((p) => (
            <TableRow key={p.service}>
              <TableCell>
                {p.service}
                <span className={styles.secondary}>{p.area}</span>
              </TableCell>
              <TableCell className={styles.numeric}>
                {p.price === null ? (
                  <span className={styles.wrap}>{strings.keyedPrice(p.model, p.key)}</span>
                ) : (
                  <>
                    {unitPrice(p.price)}
                    {p.unit && <span className={styles.secondary}>/{p.unit}</span>}
                  </>
                )}
                {p.change !== null && <span className={styles.secondary}>{strings.priceChange(pctChange(p.change))}</span>}
                {p.overCap && (
                  <span className={styles.below}>
                    <Badge appearance="tint" color="danger" size="small">
                      {strings.overCap}
                    </Badge>
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
