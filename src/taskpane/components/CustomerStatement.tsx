import {
  Body1,
  Button,
  Spinner,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentPdfRegular, DocumentTextRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Statement, StatementLine } from '../../engine/statement';
import { kr, num, pct, pctChange, unitPrice } from '../format';
import type { StatementsOutcome as Outcome } from '../hooks/useStatements';
import { useStatementsPdf, type Publishing } from '../hooks/usePublished';
import { useStrings } from '../i18n';
import { PUBLISH_TEXTS } from '../i18n/publishTexts';
import { NumericHeaderCell } from './NumericHeaderCell';
import { OutcomeMessage } from './OutcomeMessage';
import { useTableStyles } from './tables.styles';

const useStyles = makeStyles({
  period: {
    color: tokens.colorNeutralForeground2,
  },
  method: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  action: {
    alignSelf: 'flex-start',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface CustomerStatementProps {
  /** The customer's Kundbesked, made where the run is kept. */
  statement: Statement;
  customer: string;
  hostKind: 'excel' | 'browser';
  statements: { busy: boolean; outcome: Outcome | null; deliver: (customers: string[]) => Promise<void> };
  /** "Spara som PDF", where the host can hand a file over. */
  publishing?: Publishing | null;
}

/** The customer's Kundbesked on screen (the engine's statement model, as the printed sheet has it), and its delivery. */
export function CustomerStatement({ statement: s, customer, hostKind, statements, publishing = null }: CustomerStatementProps) {
  const strings = useStrings();
  const pdf = useStatementsPdf(publishing);
  const styles = useStyles();
  const table = useTableStyles();
  const devId = useId();
  const compared = new Map(s.comparison.lines.map((l) => [l.service, l]));

  return (
    <>
      <div className={styles.actions}>
        <Button className={styles.action} icon={<DocumentTextRegular />} disabledFocusable={statements.busy} onClick={() => void statements.deliver([customer])}>
          {strings.statementOneButton(hostKind)}
        </Button>
        {publishing && (
          <Button icon={<DocumentPdfRegular />} disabledFocusable={pdf.busy} onClick={() => void pdf.save([customer])}>
            {PUBLISH_TEXTS[strings.lang].statementsPdfButton(null)}
          </Button>
        )}
        {pdf.busy && <Spinner size="tiny" label={PUBLISH_TEXTS[strings.lang].makingStatementsPdf} />}
      </div>
      <OutcomeMessage outcome={statements.outcome} failedTitle={strings.statementsFailed} />
      <OutcomeMessage outcome={pdf.outcome} failedTitle={strings.statementsFailed} />
      <Subtitle1 as="h3">{s.title}</Subtitle1>
      <Body1 className={styles.period}>{s.period}</Body1>
      <Body1>
        <strong>{s.texts.summary}</strong>
      </Body1>

      <Table className={table.table} size="small" aria-label={`${s.title}: ${customer}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.service}</TableHeaderCell>
            <NumericHeaderCell>{strings.amount}</NumericHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {s.areas.map((area) => [
            <TableRow key={`area-${area.area}`} className={table.totalRow}>
              <TableCell>{area.area}</TableCell>
              <TableCell className={table.numeric}>{kr(area.amount)}</TableCell>
            </TableRow>,
            ...s.lines
              .filter((l) => l.area === area.area)
              .map((l) => {
                const last = compared.get(l.service);
                const change =
                  last === undefined
                    ? null
                    : last.lastAmount === null
                      ? last.priceChange === null
                        ? null
                        : `${pctChange(last.priceChange)} (${strings.price.toLowerCase()})`
                      : strings.statementLastYear(kr(last.lastAmount), last.changeShare === null ? '–' : pctChange(last.changeShare));
                return (
                  <TableRow key={l.service}>
                    <TableCell className={table.wrap}>
                      {l.service}
                      <span className={table.secondary}>{lineBasis(l)}</span>
                    </TableCell>
                    <TableCell className={table.numeric}>
                      {kr(l.amount)}
                      {change && <span className={table.secondary}>{change}</span>}
                    </TableCell>
                  </TableRow>
                );
              }),
          ])}
          <TableRow className={table.totalRow}>
            <TableCell>{strings.total}</TableCell>
            <TableCell className={table.numeric}>{kr(s.total)}</TableCell>
          </TableRow>
          {s.surchargeTotal !== 0 && (
            <TableRow>
              <TableCell>{strings.extraHandling}</TableCell>
              <TableCell className={table.numeric}>{kr(s.surchargeTotal)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Body1>{s.texts.comparison}</Body1>

      <Subtitle2 as="h3" id={devId}>
        {strings.statementDeviationsHeading}
      </Subtitle2>
      <Body1>{s.texts.deviations}</Body1>
      {s.deviations.length > 0 && (
        <Table className={table.table} size="small" aria-labelledby={devId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.service}</TableHeaderCell>
              <NumericHeaderCell>{strings.amount}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.deviations.map((d, i) => (
              <TableRow key={`${d.service}-${d.type ?? ''}-${i}`}>
                <TableCell className={table.wrap}>
                  {d.service}: {strings.deviationLine(d.type)}
                  <span className={table.secondary}>
                    {strings.deviationDetail(d.count === null ? null : num(d.count), d.unitCost === null ? null : unitPrice(d.unitCost))}
                  </span>
                </TableCell>
                <TableCell className={table.numeric}>{kr(d.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Subtitle2 as="h3">{strings.statementMethodHeading}</Subtitle2>
      <ul className={styles.method}>
        {s.texts.method.map((m) => (
          <li key={m}>
            <Body1>{m}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Grund with Underlag, Pris and Andel, as the printed statement's columns say them. */
function lineBasis(l: StatementLine): string {
  const parts = [l.basis];
  if (l.quantity !== null) parts.push(`${num(l.quantity)}${l.unit ? ` ${l.unit}` : ''}`);
  if (l.price !== null) parts.push(`à ${unitPrice(l.price)}`);
  if (l.share !== null) parts.push(pct(l.share));
  return parts.join(' · ');
}
