import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { OutputTable } from '../../engine/output';
import { kr, krChange, pct } from '../format';
import { useStrings } from '../i18n';
import type { AreaTotals, RunSummary } from '../summary/summarize';
import { ScenarioMovers } from './ScenarioMovers';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

export interface SummaryViewProps {
  summary: RunSummary;
  outputs: readonly OutputTable[];
  threshold: number | null;
  /** Opens a customer's charges, trace and statement. */
  onOpenCustomer: (customer: string) => void;
}

/** Totals, revenue per area, the reconciliation and the scenario movers. */
export function SummaryView({ summary, outputs, threshold, onOpenCustomer }: SummaryViewProps) {
  const strings = useStrings();
  const styles = useTableStyles();
  const areasId = useId();
  const areas = summary.areas.filter((a) => a.area !== 'Totalt');
  const areaTotal = summary.areas.find((a) => a.area === 'Totalt');
  return (
    <>
      <Table className={styles.table} size="small" aria-label={strings.totalsLabel}>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">{strings.totalCost}</TableHeaderCell>
            <TableCell className={styles.numeric}>{kr(summary.cost)}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">{strings.totalRevenue}</TableHeaderCell>
            <TableCell className={styles.numeric}>{kr(summary.revenue)}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">{strings.difference}</TableHeaderCell>
            <TableCell className={styles.numeric}>{krChange(summary.difference)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>

      <section className={styles.section} aria-labelledby={areasId}>
        <Subtitle2 as="h2" id={areasId}>
          {strings.perAreaHeading}
        </Subtitle2>
        <Table className={styles.table} size="small" aria-labelledby={areasId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.area}</TableHeaderCell>
              <NumericHeaderCell>{strings.totalRevenue}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {areas.map((a) => (
              <AreaRow key={a.area} area={a} />
            ))}
            {areaTotal && <AreaRow area={{ ...areaTotal, area: strings.total }} total />}
          </TableBody>
        </Table>
      </section>

      <Reconciliation summary={summary} />
      <ScenarioMovers outputs={outputs} scenarios={summary.scenarios} threshold={threshold} onOpenCustomer={onOpenCustomer} />
    </>
  );
}

function AreaRow({ area, total = false }: { area: AreaTotals; total?: boolean }) {
  const strings = useStrings();
  const styles = useTableStyles();
  const share = (part: number) => (area.total === 0 ? '–' : pct(part / area.total));
  return (
    <TableRow className={mergeClasses(total && styles.totalRow)}>
      <TableCell>
        {area.area}
        <span className={styles.secondary}>
          {strings.keyed} {share(area.keyed)} · {strings.unitCharges} {share(area.unit)} · {strings.addOns} {share(area.addOn)}
        </span>
      </TableCell>
      <TableCell className={styles.numeric}>{kr(area.total)}</TableCell>
    </TableRow>
  );
}

function Reconciliation({ summary }: { summary: RunSummary }) {
  const strings = useStrings();
  if (summary.flagged.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.reconciliationHeading}</MessageBarTitle>
          {strings.reconciliationOk}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.reconciliationHeading}</MessageBarTitle>
        {strings.reconciliationFlagged(summary.flagged.length)}
        <ul>
          {summary.flagged.map((f) => (
            <li key={f.name}>
              {f.name}: {strings.status(f.status)} {krChange(f.difference)}
              {f.decided !== null && f.causes !== null && strings.decidedPart(krChange(f.decided), f.causes)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
