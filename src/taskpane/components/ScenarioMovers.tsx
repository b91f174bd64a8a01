import {
  Badge,
  Body1,
  Dropdown,
  Field,
  Link,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { OutputTable } from '../../engine/output';
import { kr, krChange, pct, pctChange } from '../format';
import { useStrings } from '../i18n';
import { scenarioMovers } from '../summary/movers';
import { NumericHeaderCell } from './NumericHeaderCell';
import { useTableStyles } from './tables.styles';

export interface ScenarioMoversProps {
  outputs: readonly OutputTable[];
  scenarios: string[];
  /** Tröskel, for the label of the engine's flag on changes beyond it. */
  threshold: number | null;
  onOpenCustomer: (customer: string) => void;
}

/** The customers whose charge moves most in the scenario chosen in the drop-down. */
export function ScenarioMovers({ outputs, scenarios, threshold, onOpenCustomer }: ScenarioMoversProps) {
  const strings = useStrings();
  // Focus comes back to the name that opened the customer's drawer when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = useTableStyles();
  const headingId = useId();
  const [scenario, setScenario] = useState(scenarios[0] ?? '');
  const movers = useMemo(() => (scenario ? scenarioMovers(outputs, scenario) : []), [outputs, scenario]);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.scenarioHeading}
      </Subtitle2>
      {scenarios.length === 0 ? (
        <Body1>{strings.noScenarios}</Body1>
      ) : (
        <>
          <Field label={strings.scenarioLabel}>
            <Dropdown
              value={scenario}
              selectedOptions={[scenario]}
              onOptionSelect={(_, data) => setScenario(data.optionValue ?? scenario)}
            >
              {scenarios.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Table className={styles.table} size="small" aria-label={strings.moversCaption(scenario)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.customer}</TableHeaderCell>
                <NumericHeaderCell>{strings.change}</NumericHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {movers.map((m) => {
                return (
                  <TableRow key={m.customer}>
                    <TableCell className={styles.wrap}>
                      <Link as="button" inline aria-haspopup="dialog" {...restoreFocus} onClick={() => onOpenCustomer(m.customer)}>
                        {m.customer}
                      </Link>
                      <span className={styles.secondary}>
                        {strings.base} {kr(m.base)} → {kr(m.scenario)}
                      </span>
                      {m.overThreshold && threshold !== null && (
                        <span className={styles.below}>
                          <Badge appearance="tint" color="warning" size="small">
                            {strings.overThreshold(pct(threshold))}
                          </Badge>
                        </span>
                      )}
                    </TableCell>
                    <TableCell className={styles.numeric}>
                      {krChange(m.changeKr)}
                      <span className={styles.secondary}>{m.changePct === null ? '–' : pctChange(m.changePct)}</span>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
