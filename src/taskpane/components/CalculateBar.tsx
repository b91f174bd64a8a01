import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular, CalculatorRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Progress } from '../hosts/host';
import type { CalculationState } from '../hooks/useCalculation';
import { useStrings } from '../i18n';
import { useCalculateBarStyles } from './CalculateBar.styles';
import { RunProgress } from './RunProgress';

export interface CalculateBarProps {
  state: CalculationState;
  canCalculate: boolean;
  onCalculate: () => Promise<void>;
  /** Avbryt during a run, where a run can be stopped (the browser). */
  onCancel?: () => void;
  /** Given in the browser once a run is done: offers the result .xlsx. */
  onDownload?: () => Promise<void>;
  /** The download's progress while the file is made; null otherwise. */
  downloading: Progress | null;
  /** Shown under the download button: what the downloaded file lacks of the opened one. */
  downloadNote?: ReactNode;
}

/** Beräkna, the progress of a run, and (in the browser) the result's download. */
export function CalculateBar({ state, canCalculate, onCalculate, onCancel, onDownload, downloading, downloadNote }: CalculateBarProps) {
  const strings = useStrings();
  const styles = useCalculateBarStyles();
  const running = state.phase === 'running';
  return (
    <section className={styles.root} aria-label={strings.calculate}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<CalculatorRegular />}
          disabled={!canCalculate || running || downloading !== null}
          onClick={() => void onCalculate()}
          title={canCalculate ? undefined : strings.calculateHintBrowser}
        >
          {strings.calculate}
        </Button>
        {onDownload && (
          <Button icon={<ArrowDownloadRegular />} disabled={downloading !== null} onClick={() => void onDownload()}>
            {strings.downloadResult}
          </Button>
        )}
      </div>
      {onDownload && downloadNote}
      {running && <RunProgress label={strings.progressLabel} progress={state.progress} onCancel={onCancel} />}
      {downloading && <RunProgress label={strings.downloadProgressLabel} progress={downloading} onCancel={onCancel} />}
    </section>
  );
}
