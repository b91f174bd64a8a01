import { Spinner, Tab, TabList } from '@fluentui/react-components';
import { memo, Suspense, useCallback, useId, useMemo, useState } from 'react';
import type { DoneState } from '../hooks/useCalculation';
import { useStatements } from '../hooks/useStatements';
import type { PaneHost } from '../hosts/host';
import { useStrings } from '../i18n';
import { CheckList } from './CheckList';
import { DeviationPivotView } from './DeviationPivotView';
import { CustomerDrawer, CustomersView, FollowUpView, KeyFiguresView, LastYearView } from './lazyViews';
import { PriceListView } from './PriceListView';
import { useResultTabsStyles } from './ResultTabs.styles';
import { SettingsView } from './SettingsView';
import { SummaryView } from './SummaryView';

type TabValue = 'summary' | 'prices' | 'deviations' | 'keyFigures' | 'customers' | 'lastYear' | 'followUp' | 'checks' | 'settings';

export interface ResultTabsProps {
  state: DoneState;
  host: PaneHost;
  selectCell?: (address: string) => Promise<void>;
}

/**
 * The last run's results; opens on the check list when the workbook had errors. Memoised: the
 * pane around it re-renders on every progress step of a download, the results do not change.
 */
export const ResultTabs = memo(function ResultTabs({ state, host, selectCell }: ResultTabsProps) {
  const strings = useStrings();
  const styles = useResultTabsStyles();
  const baseId = useId();
  const { summary, settings, result, details } = state;
  const [selected, setSelected] = useState<TabValue>(summary ? 'summary' : 'checks');
  // The customer whose charges, trace and statement are open in the drawer.
  const [customer, setCustomer] = useState<string | null>(null);
  // Mounted from the first opening on, so that it can animate closed and hand focus back.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const openCustomer = useCallback((name: string) => {
    setDrawerUsed(true);
    setCustomer(name);
  }, []);
  const statements = useStatements(host, details);
  // Kundbesked as PDF (usePublished.ts): the run's files, and the host's way to hand them over.
  const publishing = useMemo(() => (details?.publish && host.savePublished ? { files: details.publish, save: host.savePublished } : null), [details, host]);
  const tabs: { value: TabValue; label: string }[] = summary
    ? [
        { value: 'summary', label: strings.tabSummary },
        { value: 'prices', label: strings.tabPrices },
        { value: 'deviations', label: strings.tabDeviations },
        { value: 'keyFigures', label: strings.tabKeyFigures },
        { value: 'customers', label: strings.tabCustomers },
        { value: 'lastYear', label: strings.tabLastYear },
        { value: 'followUp', label: strings.tabFollowUp },
        { value: 'checks', label: strings.tabChecks(result.problems.length) },
        { value: 'settings', label: strings.tabSettings },
      ]
    : [{ value: 'checks', label: strings.tabChecks(result.problems.length) }];
  const current = tabs.some((t) => t.value === selected) ? selected : 'checks';
  const tabId = (value: TabValue) => `${baseId}-tab-${value}`;

  return (
    <section className={styles.root} aria-label={strings.resultTabsLabel}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={current}
        onTabSelect={(_, data) => setSelected(data.value as TabValue)}
        aria-label={strings.resultTabsLabel}
      >
        {tabs.map((t) => (
          <Tab key={t.value} id={tabId(t.value)} value={t.value} aria-controls={`${baseId}-panel`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={tabId(current)} className={styles.panel}>
        <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
        {current === 'summary' && summary && (
          <SummaryView summary={summary} outputs={result.outputs} threshold={settings?.threshold ?? null} onOpenCustomer={openCustomer} />
        )}
        {current === 'prices' && summary && <PriceListView outputs={result.outputs} selectCell={selectCell} />}
        {current === 'deviations' && summary && <DeviationPivotView outputs={result.outputs} onOpenCustomer={openCustomer} selectCell={selectCell} />}
        {current === 'keyFigures' && <KeyFiguresView outputs={result.outputs} onOpenCustomer={openCustomer} />}
        {current === 'customers' && <CustomersView outputs={result.outputs} hostKind={host.kind} onOpenCustomer={openCustomer} statements={statements} publishing={publishing} />}
        {current === 'lastYear' && <LastYearView outputs={result.outputs} phaseInCap={settings?.phaseInCap ?? null} onOpenCustomer={openCustomer} />}
        {current === 'followUp' && settings && (
          <FollowUpView outputs={result.outputs} followUpMonth={settings.followUpMonth} forecastMethod={settings.forecastMethod} selectCell={selectCell} />
        )}
        {current === 'checks' && <CheckList problems={result.problems} selectCell={selectCell} />}
        {current === 'settings' && settings && <SettingsView settings={settings} />}
        </Suspense>
      </div>
      {details && drawerUsed && (
        <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
        <CustomerDrawer
          customer={customer}
          details={details}
          outputs={result.outputs}
          hostKind={host.kind}
          statements={statements}
          publishing={publishing}
          onClose={() => setCustomer(null)}
        />
        </Suspense>
      )}
    </section>
  );
});
