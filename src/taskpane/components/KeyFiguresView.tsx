import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { OutputTable } from '../../engine/output';
import { decimal2, kr, pct, pctChange } from '../format';
import { useStrings } from '../i18n';
import { filterKeyFigures, keyFigures, type AreaFigures } from '../keyFigures/keyFigures';
import { NumericHeaderCell } from './NumericHeaderCell';
import { ShareChart } from './ShareChart';
import { useTableStyles } from './tables.styles';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  areas: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
  area: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  areaHeading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  areaName: {
    margin: 0,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface KeyFiguresViewProps {
  outputs: readonly OutputTable[];
  onOpenCustomer: (customer: string) => void;
}

/** Nyckeltal: per area a small chart of its keyed and surcharge shares, per service and per customer, filterable. */
export function KeyFiguresView({ outputs, onOpenCustomer }: KeyFiguresViewProps) {
  const strings = useStrings();
  // Focus comes back to the name that opened the customer's drawer when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = useStyles();
  const table = useTableStyles();
  const headingId = useId();
  const areasId = useId();
  const servicesId = useId();
  const customersId = useId();
  const figures = useMemo(() => keyFigures(outputs), [outputs]);
  const [area, setArea] = useState<string | null>(null);
  const [text, setText] = useState('');
  const shown = useMemo(() => filterKeyFigures(figures, { area, text }), [figures, area, text]);
  const all = strings.allAreas;

  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.keyFiguresHeading}
      </Subtitle2>
      <Body1>{strings.keyFiguresIntro}</Body1>
      <div className={styles.filters} role="search" aria-label={strings.keyFiguresFilter}>
        <Field label={strings.area}>
          <Dropdown
            value={area ?? all}
            selectedOptions={[area ?? '']}
            onOptionSelect={(_, data) => setArea(data.optionValue ? data.optionValue : null)}
          >
            <Option value="">{all}</Option>
            {figures.areas.map((a) => (
              <Option key={a.area} value={a.area}>
                {a.area}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={strings.keyFiguresSearch}>
          <Input type="search" contentBefore={<SearchRegular />} value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
      </div>

      <Subtitle2 as="h3" id={areasId}>
        {strings.perAreaFigures}
      </Subtitle2>
      <div className={styles.areas} role="list" aria-labelledby={areasId}>
        {shown.areas.map((a) => (
          <AreaCard key={a.area} area={a} total={figures.total} />
        ))}
        {shown.total && <AreaCard area={{ ...shown.total, area: strings.total }} total={null} />}
      </div>
      {figures.total && <Caption1 className={styles.note}>{strings.chartReferenceNote}</Caption1>}

      <Subtitle2 as="h3" id={servicesId}>
        {strings.perServiceFigures}
      </Subtitle2>
      {shown.services.length === 0 ? (
        <Body1>{strings.noMatches}</Body1>
      ) : (
        <Table className={table.table} size="small" aria-labelledby={servicesId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.service}</TableHeaderCell>
              <NumericHeaderCell>{strings.costPerUnit}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.services.map((s) => (
              <TableRow key={s.service}>
                <TableCell className={table.wrap}>
                  {s.service}
                  <span className={table.secondary}>{s.area}</span>
                </TableCell>
                <TableCell className={table.numeric}>
                  {decimal2(s.costPerUnit)} {s.unit}
                  {s.change !== null && <span className={mergeClasses(table.secondary, table.wrap)}>{strings.costChange(pctChange(s.change))}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Subtitle2 as="h3" id={customersId}>
        {strings.perCustomerFigures}
      </Subtitle2>
      {shown.customers.length === 0 ? (
        <Body1>{strings.noMatches}</Body1>
      ) : (
        <Table className={table.table} size="small" aria-labelledby={customersId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.customer}</TableHeaderCell>
              <NumericHeaderCell>{strings.customerTotal}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.customers.map((c) => (
              <TableRow key={c.customer}>
                <TableCell className={table.wrap}>
                  <Link as="button" inline aria-haspopup="dialog" {...restoreFocus} onClick={() => onOpenCustomer(c.customer)}>
                    {c.customer}
                  </Link>
                </TableCell>
                <TableCell className={table.numeric}>
                  {kr(c.total)}
                  {c.perEmployee !== null && <span className={mergeClasses(table.secondary, table.wrap)}>{strings.perEmployee(kr(c.perEmployee))}</span>}
                  {c.turnoverShare !== null && <span className={mergeClasses(table.secondary, table.wrap)}>{strings.ofTurnover(pct(c.turnoverShare))}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function AreaCard({ area, total }: { area: AreaFigures; total: AreaFigures | null }) {
  const strings = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const bars = [
    { label: strings.keyedShare, value: area.keyedShare, reference: total?.keyedShare ?? null },
    { label: strings.surchargeShare, value: area.surchargeShare, reference: total?.surchargeShare ?? null },
  ];
  return (
    // A list item (the areas are a list); a <section> may not take that role (axe: aria-allowed-role).
    <div className={styles.area} aria-labelledby={headingId} role="listitem">
      <div className={styles.areaHeading}>
        <Subtitle2 as="h4" id={headingId} className={styles.areaName}>
          {area.area}
        </Subtitle2>
        <Body1>{kr(area.revenue)}</Body1>
      </div>
      <ShareChart bars={bars} label={strings.areaChartLabel(area.area, kr(area.revenue), share(area.keyedShare), share(area.surchargeShare), total ? { keyed: share(total.keyedShare), surcharge: share(total.surchargeShare) } : null)} />
    </div>
  );
}

const share = (value: number | null) => (value === null ? '–' : pct(value));
