import { Badge, Body1, Link, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useRestoreFocusTarget } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import type { OutputTable } from '../../engine/output';
import { krChange, pct, pctChange } from '../format';
import { useStrings } from '../i18n';
import { changesByCustomer, phaseInLines } from '../lastYear/lastYear';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

export interface LastYearViewProps {
  outputs: readonly OutputTable[];
  /** Övergångstak; null when not set. */
  phaseInCap: number | null;
  onOpenCustomer: (customer: string) => void;
}

/** Övergång (the customers held at Övergångstak) and Förändringsanalys per customer. */
export function LastYearView({ outputs, phaseInCap, onOpenCustomer }: LastYearViewProps) {
  const strings = useStrings();
  // Focus comes back to the name that opened the customer's drawer when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const table = useTableStyles();
  const phaseId = useId();
  const changeId = useId();
  const phase = useMemo(() => phaseInLines(outputs), [outputs]);
  const changes = useMemo(() => changesByCustomer(outputs), [outputs]);
  const capped = phase.lines.filter((l) => l.isCapped);
  const carriers = phase.lines.filter((l) => !l.isCapped && l.adjustment !== 0).length;
  const customerLink = (customer: string) => (
    <Link as="button" inline aria-haspopup="dialog" {...restoreFocus} onClick={() => onOpenCustomer(customer)}>
      {customer}
    </Link>
  );

  return (
    <>
      <section className={table.section} aria-labelledby={phaseId}>
        <Subtitle2 as="h2" id={phaseId}>
          {strings.phaseInHeading}
        </Subtitle2>
        {!phase.available ? (
          <Body1>{strings.phaseInUnavailable}</Body1>
        ) : phaseInCap === null ? (
          <Body1>{strings.phaseInNoCap}</Body1>
        ) : (
          <>
            <Body1>{strings.phaseInCapped(pct(phaseInCap), capped.length, carriers)}</Body1>
            {capped.length > 0 && (
              <Table className={table.table} size="small" aria-label={strings.phaseInTableLabel}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{strings.customer}</TableHeaderCell>
                    <NumericHeaderCell>{strings.adjustment}</NumericHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {capped.map((l) => (
                    <TableRow key={l.customer}>
                      <TableCell className={table.wrap}>
                        {customerLink(l.customer)}
                        <span className={table.secondary}>
                          {strings.phaseInChange(l.changeUncapped === null ? '–' : pctChange(l.changeUncapped), l.changeCapped === null ? '–' : pctChange(l.changeCapped))}
                        </span>
                      </TableCell>
                      <TableCell className={table.numeric}>{krChange(l.adjustment)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </section>

      <section className={table.section} aria-labelledby={changeId}>
        <Subtitle2 as="h2" id={changeId}>
          {strings.changeHeading}
        </Subtitle2>
        {changes.customers.length === 0 ? (
          <Body1>{strings.changeEmpty}</Body1>
        ) : (
          <>
            <Body1>{strings.changeIntro}</Body1>
            <Table className={table.table} size="small" aria-label={strings.changeTableLabel}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{strings.customer}</TableHeaderCell>
                  <NumericHeaderCell>{strings.change}</NumericHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {changes.customers.map((c) => (
                  <TableRow key={c.customer}>
                    <TableCell className={table.wrap}>
                      {customerLink(c.customer)}
                      <span className={table.secondary}>{strings.changeEffects(krChange(c.price), krChange(c.volume), krChange(c.deviation), krChange(c.model))}</span>
                    </TableCell>
                    <TableCell className={table.numeric}>
                      {krChange(c.change)}
                      {c.changeShare !== null && (
                        <span className={table.secondary}>{pctChange(c.changeShare)}</span>
                      )}
                      {phase.lines.find((l) => l.customer === c.customer)?.isCapped && (
                        <span className={table.below}>
                          <Badge appearance="tint" color="warning" size="small">
                            {strings.cappedBadge}
                          </Badge>
                        </span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>
    </>
  );
}
