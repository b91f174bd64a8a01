import { Body1, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import { settlementView, type SettlementView } from '../customers/settlementView';
import { kr, krChange, pct } from '../format';
import { useStrings } from '../i18n';
import { SETTLEMENT_STRINGS, type SettlementStrings } from '../messages/settlement';
import type { CustomerSettlement } from '../worker/customerSettlement';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

/**
 * The customer's part of Slutavräkning in its drawer: per service what it was invoiced, its
 * share and what it gets back (a credit, minus) or is charged, and the total; or, when nothing
 * is settled with it, one line saying why.
 */
export function SettlementSection({ settlement, customer }: { settlement: CustomerSettlement | null; customer: string }) {
  const t = SETTLEMENT_STRINGS[useStrings().lang];
  const table = useTableStyles();
  const headingId = useId();
  const view = settlementView(settlement);
  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t.heading}
      </Subtitle2>
      {view.kind === 'lines' ? <SettlementTable settlement={view.settlement} customer={customer} t={t} /> : <Body1 as="p">{nothingText(view, t)}</Body1>}
    </section>
  );
}

function SettlementTable({ settlement: s, customer, t }: { settlement: CustomerSettlement; customer: string; t: SettlementStrings }) {
  const strings = useStrings();
  const table = useTableStyles();
  return (
    <>
      <Body1 as="p">{t.context(s.method, s.period, s.final)}</Body1>
      <Table className={table.table} size="small" aria-label={t.tableLabel(customer)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.service}</TableHeaderCell>
            <NumericHeaderCell>{t.invoicedHeader(s.period, s.final)}</NumericHeaderCell>
            <NumericHeaderCell>{t.shareHeader}</NumericHeaderCell>
            <NumericHeaderCell>{t.amountHeader}</NumericHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {s.lines.map((l) => (
            <TableRow key={l.service} data-kind="settlement-line">
              <TableCell className={table.wrap}>
                {l.service}
                <span className={table.secondary}>{t.serviceAmount(krChange(l.serviceAmount))}</span>
                {l.basis === 'budget' && <span className={table.secondary}>{t.budgetBasis}</span>}
              </TableCell>
              <TableCell className={table.numeric}>{kr(l.invoiced)}</TableCell>
              <TableCell className={table.numeric}>{pct(l.share)}</TableCell>
              <TableCell className={table.numeric}>{krChange(l.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={table.totalRow} data-kind="settlement-total">
            <TableCell>{t.totalLabel(s.total)}</TableCell>
            <TableCell />
            <TableCell />
            <TableCell className={table.numeric}>{krChange(s.total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Caption1>{t.howShared}</Caption1>
    </>
  );
}

function nothingText(view: Exclude<SettlementView, { kind: 'lines' }>, t: SettlementStrings): string {
  switch (view.kind) {
    case 'noActuals':
      return t.noActuals;
    case 'kept':
      return t.kept(view.period, view.final);
    case 'withinCap':
      return t.withinCap(kr(view.cap), view.period, view.final);
    case 'nothingSettled':
      return t.nothingSettled(view.period, view.final);
    case 'notThisCustomer':
      return t.notThisCustomer(view.period, view.final);
  }
}
