import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { DocumentPdfRegular, DocumentTextRegular, SearchRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { OutputTable } from '../../engine/output';
import { chosenInOrder, customerList, selectionState, toggled } from '../customers/customerList';
import { kr } from '../format';
import type { StatementsOutcome as Outcome } from '../hooks/useStatements';
import { useStatementsPdf, type Publishing } from '../hooks/usePublished';
import { useStrings } from '../i18n';
import { PUBLISH_TEXTS } from '../i18n/publishTexts';
import { textMatcher } from '../keyFigures/keyFigures';
import { NumericHeaderCell } from './NumericHeaderCell';
import { OutcomeMessage } from './OutcomeMessage';
import { useTableStyles } from './tables.styles';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  check: {
    width: '40px',
  },
});

export interface CustomersViewProps {
  outputs: readonly OutputTable[];
  hostKind: 'excel' | 'browser';
  onOpenCustomer: (customer: string) => void;
  statements: { busy: boolean; outcome: Outcome | null; deliver: (customers: string[]) => Promise<void> };
  /** Kundbesked for the ticked customers as one PDF, where the host can hand a file over. */
  publishing?: Publishing | null;
}

/** Kundsammanställning: every customer, clickable for its trace and statement, and Kundbesked for the ticked ones. */
export function CustomersView({ outputs, hostKind, onOpenCustomer, statements, publishing = null }: CustomersViewProps) {
  const strings = useStrings();
  const pdf = useStatementsPdf(publishing);
  // Focus comes back to the name that opened the customer's drawer when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = useStyles();
  const table = useTableStyles();
  const headingId = useId();
  const all = useMemo(() => customerList(outputs), [outputs]);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => {
    const matches = textMatcher(text);
    return all.filter((c) => matches(c.customer));
  }, [all, text]);
  const chosen = chosenInOrder(all, selected);
  const header = selectionState(shown.map((c) => c.customer), selected);

  return (
    <section className={table.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.customersHeading}
      </Subtitle2>
      <Body1>{strings.customersIntro}</Body1>
      <div className={styles.bar}>
        <Field label={strings.customerSearch}>
          <Input type="search" contentBefore={<SearchRegular />} value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Button
          appearance="primary"
          icon={<DocumentTextRegular />}
          disabled={chosen.length === 0}
          disabledFocusable={statements.busy}
          onClick={() => void statements.deliver(chosen)}
        >
          {strings.statementsButton(hostKind, chosen.length)}
        </Button>
        {publishing && (
          <Button icon={<DocumentPdfRegular />} disabled={chosen.length === 0} disabledFocusable={pdf.busy} onClick={() => void pdf.save(chosen)}>
            {PUBLISH_TEXTS[strings.lang].statementsPdfButton(chosen.length)}
          </Button>
        )}
        {pdf.busy && <Spinner size="tiny" label={PUBLISH_TEXTS[strings.lang].makingStatementsPdf} />}
      </div>
      <OutcomeMessage outcome={statements.outcome} failedTitle={strings.statementsFailed} />
      <OutcomeMessage outcome={pdf.outcome} failedTitle={strings.statementsFailed} />
      {shown.length === 0 ? (
        <Body1>{strings.noMatches}</Body1>
      ) : (
        <Table className={table.table} size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.check}>
                <Checkbox
                  checked={header}
                  aria-label={strings.selectAllCustomers}
                  onChange={(_, data) => {
                    let next: ReadonlySet<string> = selected;
                    for (const c of shown) next = toggled(next, c.customer, data.checked === true);
                    setSelected(next);
                  }}
                />
              </TableHeaderCell>
              <TableHeaderCell>{strings.customer}</TableHeaderCell>
              <NumericHeaderCell>{strings.total}</NumericHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((c) => (
              <TableRow key={c.customer}>
                <TableCell className={styles.check}>
                  <Checkbox
                    checked={selected.has(c.customer)}
                    aria-label={strings.selectCustomer(c.customer)}
                    onChange={(_, data) => setSelected(toggled(selected, c.customer, data.checked === true))}
                  />
                </TableCell>
                <TableCell className={table.wrap}>
                  <Link as="button" inline aria-haspopup="dialog" {...restoreFocus} onClick={() => onOpenCustomer(c.customer)}>
                    {c.customer}
                  </Link>
                  {c.type && <span className={table.secondary}>{c.type}</span>}
                </TableCell>
                <TableCell className={table.numeric}>{kr(c.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
