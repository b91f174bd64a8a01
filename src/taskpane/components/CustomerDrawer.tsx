import {
  Body1,
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { RunDetails } from '../hosts/host';
import type { OutputTable } from '../../engine/output';
import { customerList } from '../customers/customerList';
import { rowsOf } from '../summary/outputs';
import { kr } from '../format';
import type { StatementsOutcome as Outcome } from '../hooks/useStatements';
import type { Publishing } from '../hooks/usePublished';
import { useCustomerDetail } from '../hooks/useCustomerDetail';
import { useStrings } from '../i18n';
import { CustomerCharges } from './CustomerCharges';
import { CustomerStatement } from './CustomerStatement';
import { SettlementSection } from './SettlementSection';

const useStyles = makeStyles({
  drawer: {
    maxWidth: '100vw',
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXL,
  },
  subtitle: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface CustomerDrawerProps {
  /** The customer shown; null when the drawer is closed. */
  customer: string | null;
  details: RunDetails;
  outputs: readonly OutputTable[];
  hostKind: 'excel' | 'browser';
  statements: { busy: boolean; outcome: Outcome | null; deliver: (customers: string[]) => Promise<void> };
  /** Kundbesked as PDF, where the host can hand a file over. */
  publishing?: Publishing | null;
  onClose: () => void;
}

/**
 * One customer, opened by clicking its name: what each charge is made of (the trace, down to the
 * cost rows), its part of Slutavräkning, and its Kundbesked. A modal drawer: focus stays inside,
 * Esc and the close button close it and give focus back to the name that opened it.
 */
export function CustomerDrawer({ customer, details, outputs, hostKind, statements, publishing = null, onClose }: CustomerDrawerProps) {
  const strings = useStrings();
  const styles = useStyles();
  const titleId = useId();
  const [tab, setTab] = useState<'charges' | 'statement'>('charges');
  const line = useMemo(() => customerList(outputs).find((c) => c.customer === customer), [outputs, customer]);
  const charged = useMemo(
    () => (customer === null ? 0 : rowsOf(outputs, 'Fördelning').filter((r) => r['Kund'] === customer).length),
    [outputs, customer],
  );
  const panelId = `${titleId}-panel`;
  const detail = useCustomerDetail(details, customer);

  return (
    <OverlayDrawer
      className={styles.drawer}
      open={customer !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      position="end"
      size="medium"
      aria-labelledby={titleId}
    >
      {customer !== null && (
        <>
          <DrawerHeader>
            <DrawerHeaderTitle
              heading={{ id: titleId }}
              action={<Button appearance="subtle" aria-label={strings.close} icon={<DismissRegular />} onClick={onClose} />}
            >
              {customer}
            </DrawerHeaderTitle>
            {line && <Caption1 className={styles.subtitle}>{strings.customerSummary(line.type, kr(line.total), charged)}</Caption1>}
            <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'charges' | 'statement')} size="small">
              <Tab value="charges" aria-controls={panelId}>
                {strings.customerTabCharges}
              </Tab>
              <Tab value="statement" aria-controls={panelId}>
                {strings.customerTabStatement}
              </Tab>
            </TabList>
          </DrawerHeader>
          <DrawerBody>
            <div id={panelId} role="tabpanel" className={styles.body}>
              {detail.status === 'loading' && <Spinner size="small" label={strings.loading} />}
              {detail.status === 'failed' && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{detail.message(strings)}</MessageBarBody>
                </MessageBar>
              )}
              {detail.status === 'ready' &&
                (tab === 'charges' ? (
                  <>
                    <CustomerCharges trace={detail.detail.trace} outputs={outputs} customer={customer} />
                    <SettlementSection settlement={detail.detail.settlement} customer={customer} />
                  </>
                ) : (
                  <CustomerStatement statement={detail.detail.statement} customer={customer} hostKind={hostKind} statements={statements} publishing={publishing} />
                ))}
              {charged === 0 && <Body1>{strings.noCharges}</Body1>}
            </div>
          </DrawerBody>
        </>
      )}
    </OverlayDrawer>
  );
}
