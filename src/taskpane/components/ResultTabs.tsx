import { Tab, TabList } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CalculationState } from '../hooks/useCalculation';
import { useStrings } from '../i18n';
import { CheckList } from './CheckList';
import { DeviationPivotView } from './DeviationPivotView';
import { PriceListView } from './PriceListView';
import { useResultTabsStyles } from './ResultTabs.styles';
import { SettingsView } from './SettingsView';
import { SummaryView } from './SummaryView';

type TabValue = 'summary' | 'prices' | 'deviations' | 'checks' | 'settings';

export interface ResultTabsProps {
  state: Extract<CalculationState, { phase: 'done' }>;
  selectCell?: (address: string) => Promise<void>;
}

/** The last run's results; opens on the check list when the workbook had errors. */
export function ResultTabs({ state, selectCell }: ResultTabsProps) {
  const strings = useStrings();
  const styles = useResultTabsStyles();
  const baseId = useId();
  const { summary, settings, result } = state;
  const [selected, setSelected] = useState<TabValue>(summary ? 'summary' : 'checks');
  const tabs: { value: TabValue; label: string }[] = summary
    ? [
        { value: 'summary', label: strings.tabSummary },
        { value: 'prices', label: strings.tabPrices },
        { value: 'deviations', label: strings.tabDeviations },
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
        {current === 'summary' && summary && <SummaryView summary={summary} outputs={result.outputs} threshold={settings?.threshold ?? null} />}
        {current === 'prices' && summary && <PriceListView prices={summary.prices} />}
        {current === 'deviations' && summary && <DeviationPivotView lines={summary.pivot} total={summary.pivotTotal} />}
        {current === 'checks' && <CheckList problems={result.problems} selectCell={selectCell} />}
        {current === 'settings' && settings && <SettingsView settings={settings} />}
      </div>
    </section>
  );
}
