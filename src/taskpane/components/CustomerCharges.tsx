import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { OutputTable } from '../../engine/output';
import { customerCharges, linesByPart, type ChargeView, type TraceLineView } from '../customers/customerTrace';
import { kr, num, pct, unitPrice } from '../format';
import { useStrings } from '../i18n';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

const useStyles = makeStyles({
  headerAmount: {
    fontVariantNumeric: 'tabular-nums',
  },
  basis: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  partRow: {
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  sumRow: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  differs: {
    color: tokens.colorPaletteRedForeground1,
  },
});

/** A customer's charges per service, each opening to the lines it is made of and their sum. */
export function CustomerCharges({ trace, outputs, customer }: { trace: OutputTable | null; outputs: readonly OutputTable[]; customer: string }) {
  const charges = useMemo(() => customerCharges(trace, outputs, customer), [trace, outputs, customer]);
  const strings = useStrings();
  const styles = useStyles();
  return (
    <Accordion multiple collapsible>
      {charges.map((c) => (
        <AccordionItem key={c.service} value={c.service}>
          <AccordionHeader>
            <span className={styles.headerAmount}>{strings.chargeHeader(c.service, kr(c.charge))}</span>
          </AccordionHeader>
          <AccordionPanel>
            <ChargeTrace charge={c} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function ChargeTrace({ charge }: { charge: ChargeView }) {
  const strings = useStrings();
  const styles = useStyles();
  const table = useTableStyles();
  const matches = charge.linesTotal === charge.charge;
  const basis = strings.chargeBasis(
    charge.basis,
    charge.quantity === null ? null : num(charge.quantity),
    charge.share === null ? null : pct(charge.share),
    charge.price === null ? null : unitPrice(charge.price),
  );
  return (
    <>
      <span className={styles.basis}>{basis}</span>
      <Table className={table.table} size="extra-small" aria-label={strings.traceTableLabel(charge.service)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.traceLine}</TableHeaderCell>
            <NumericHeaderCell>{strings.amount}</NumericHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {linesByPart(charge.lines).map((group) => [
            <TableRow key={group.part} className={styles.partRow} data-kind="part">
              <TableCell>{strings.partName(group.part)}</TableCell>
              <TableCell className={table.numeric}>{kr(group.total)}</TableCell>
            </TableRow>,
            ...group.lines.map((line, i) => <LineRow key={`${group.part}-${i}`} line={line} />),
          ])}
          <TableRow className={styles.sumRow} data-kind="sum">
            <TableCell className={table.wrap}>
              {strings.linesSum}
              <span className={mergeClasses(table.secondary, !matches && styles.differs)}>
                {matches ? strings.linesMatch(kr(charge.charge)) : strings.linesDiffer(kr(charge.charge))}
              </span>
            </TableCell>
            <TableCell className={table.numeric}>{kr(charge.linesTotal)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}

function LineRow({ line }: { line: TraceLineView }) {
  const strings = useStrings();
  const table = useTableStyles();
  const deviation = line.part === 'Avvikelse';
  const title = deviation ? strings.deviationLine(line.deviation) : strings.costLine(line.costRow, line.costObject);
  const detail = deviation
    ? strings.deviationDetail(line.count === null ? null : num(line.count), line.unitCost === null ? null : unitPrice(line.unitCost))
    : strings.costLineDetail({
        costLevel: line.costLevel,
        costType: line.costType,
        driver: line.driver,
        via: line.via,
        rowShare: line.rowShare === null ? null : pct(line.rowShare),
        serviceCost: line.serviceCost === null ? null : kr(line.serviceCost),
      });
  return (
    <TableRow data-kind="line">
      <TableCell className={table.wrap}>
        {title}
        {detail && <span className={table.secondary}>{detail}</span>}
      </TableCell>
      <TableCell className={table.numeric}>{kr(line.amount)}</TableCell>
    </TableRow>
  );
}
