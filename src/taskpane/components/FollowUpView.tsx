import { Badge, Body1, Caption1, Link, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import type { OutputTable } from '../../engine/output';
import type { ForecastMethod } from '../../engine/schema';
import { kr, krChange, num, pct, pctChange } from '../format';
import { useStrings } from '../i18n';
import { followUpOverview, resultFund, type AreaFollowUp, type FlaggedService, type ResultFund, type VolumeChange } from '../model/followUp';
import { FollowUpChart } from './FollowUpChart';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

/** The three cost lines of an area, a size smaller so that the table fits a ~350 px pane. */
const useStyles = makeStyles({
  figure: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface FollowUpViewProps {
  outputs: readonly OutputTable[];
  /** Uppföljning t.o.m. as the run used it (0–11); null without actuals. */
  followUpMonth: number | null;
  forecastMethod: ForecastMethod;
  /** In Excel: selects a service's row on the Uppföljning sheet. */
  selectCell?: (address: string) => Promise<void>;
}

/**
 * Uppföljning in the pane: the period and forecast method, budget, actual and forecast cost per
 * area (a chart and the same figures as a table), the services whose forecast is off and the
 * volumes falling furthest. Without actuals: how to start following up.
 */
export function FollowUpView({ outputs, followUpMonth, forecastMethod, selectCell }: FollowUpViewProps) {
  const strings = useStrings();
  const table = useTableStyles();
  const styles = useStyles();
  const headingId = useId();
  const chartId = useId();
  const view = useMemo(() => followUpOverview(outputs), [outputs]);
  const fund = useMemo(() => resultFund(outputs), [outputs]);
  if (!view.available) {
    return (
      <section className={table.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId}>
          {strings.followUpHeading}
        </Subtitle2>
        <Body1>{strings.followUpUnavailable}</Body1>
      </section>
    );
  }
  const coverage = (a: AreaFollowUp) => (a.forecastCost === 0 ? null : pct(a.forecastRevenue / a.forecastCost));
  const chartLabel = strings.followUpChartLabel(
    view.areas.map((a) => ({ area: a.area, budget: kr(a.budgetCost), actual: kr(a.actualCost), budgetToDate: kr(a.budgetCostToDate), forecast: kr(a.forecastCost) })),
  );
  return (
    <>
      <section className={table.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId}>
          {strings.followUpHeading}
        </Subtitle2>
        <Body1>{strings.followUpPeriod(view.period, followUpMonth, forecastMethod)}</Body1>
        {view.total && <Body1>{strings.followUpTotal(krChange(view.total.forecastResult), coverage(view.total))}</Body1>}
      </section>

      <section className={table.section} aria-labelledby={chartId}>
        <Subtitle2 as="h2" id={chartId}>
          {strings.followUpChartHeading}
        </Subtitle2>
        <FollowUpChart areas={view.areas} label={chartLabel} />
        <Caption1>{strings.followUpChartLegend(view.period)}</Caption1>
        <Table className={table.table} size="small" aria-label={strings.followUpTableLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.followUpAreaHeader}</TableHeaderCell>
              <NumericHeaderCell>{strings.costBudgetActualForecast}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...view.areas, ...(view.total ? [view.total] : [])].map((a) => (
              <TableRow key={a.area} className={a === view.total ? table.totalRow : undefined}>
                <TableCell className={table.wrap}>
                  {a === view.total ? strings.total : a.area}
                  <span className={table.secondary}>{`${strings.forecastResult} ${krChange(a.forecastResult)}`}</span>
                  {coverage(a) !== null && <span className={table.secondary}>{strings.coverageLine(coverage(a)!)}</span>}
                </TableCell>
                <TableCell className={table.numeric}>
                  <span className={styles.figure}>{`${strings.barBudget} ${kr(a.budgetCost)}`}</span>
                  <span className={styles.figure}>{`${strings.barActual} ${kr(a.actualCost)}`}</span>
                  <span className={styles.figure}>{`${strings.barForecast} ${kr(a.forecastCost)}`}</span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <FlaggedServices flagged={view.flagged} selectCell={selectCell} />
      <FallingVolumes falling={view.falling} />
      {fund !== null && <ResultFundSection fund={fund} />}
    </>
  );
}

function FlaggedServices({ flagged, selectCell }: { flagged: readonly FlaggedService[]; selectCell?: FollowUpViewProps['selectCell'] }) {
  const strings = useStrings();
  const table = useTableStyles();
  const headingId = useId();
  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.flaggedHeading}
      </Subtitle2>
      {flagged.length === 0 ? (
        <Body1>{strings.flaggedNone}</Body1>
      ) : (
        <Table className={table.table} size="small" aria-label={strings.flaggedTableLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.service}</TableHeaderCell>
              <NumericHeaderCell>{strings.forecastResult}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {flagged.map((s) => (
              <TableRow key={s.service}>
                <TableCell className={table.wrap}>
                  {selectCell ? (
                    <Link as="button" inline onClick={() => void selectCell(s.address).catch(() => undefined)} aria-label={strings.showFollowUpOnSheet(s.service)}>
                      {s.service}
                    </Link>
                  ) : (
                    s.service
                  )}
                  <span className={table.secondary}>{s.area}</span>
                </TableCell>
                <TableCell className={table.numeric}>
                  {krChange(s.forecastResult)}
                  {s.coverage !== null && <span className={table.secondary}>{strings.coverageLine(pct(s.coverage))}</span>}
                  <span className={table.below}>
                    <Badge appearance="tint" color={s.status === 'Underdeckning' ? 'danger' : 'warning'} size="small">
                      {strings.followUpStatus(s.status)}
                    </Badge>
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function FallingVolumes({ falling }: { falling: readonly VolumeChange[] }) {
  const strings = useStrings();
  const table = useTableStyles();
  const headingId = useId();
  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.fallingHeading}
      </Subtitle2>
      {falling.length === 0 ? (
        <Body1>{strings.fallingNone}</Body1>
      ) : (
        <>
          <Body1>{strings.fallingIntro}</Body1>
          <Table className={table.table} size="small" aria-label={strings.fallingTableLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.service}</TableHeaderCell>
                <NumericHeaderCell>{strings.change}</NumericHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {falling.map((v) => (
                <TableRow key={v.service}>
                  <TableCell className={table.wrap}>
                    {v.service}
                    <span className={table.secondary}>{`${v.area} · ${strings.fallingVolumes(num(v.actualToDate), num(v.budgetToDate))}`}</span>
                  </TableCell>
                  <TableCell className={table.numeric}>{pctChange(v.change)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

function ResultFundSection({ fund }: { fund: ResultFund }) {
  const strings = useStrings();
  const table = useTableStyles();
  const headingId = useId();
  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.fundHeading}
      </Subtitle2>
      <Table className={table.table} size="small" aria-label={strings.fundTableLabel}>
        <TableBody>
          {fund.lines.map((l) => (
            <TableRow key={l.post}>
              <TableCell className={table.wrap}>{strings.fundPost(l.post)}</TableCell>
              <TableCell className={table.numeric}>{l.amount === null ? '–' : kr(l.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {fund.settlementLines > 0 && <Body1>{strings.settlementSummary(fund.settlementLines, fund.settlementTotal)}</Body1>}
    </section>
  );
}
