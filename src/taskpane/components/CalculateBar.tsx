import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { ArrowDownloadRegular, CalculatorRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { CalculationState } from '../hooks/useCalculation';
import { useStrings } from '../i18n';
import { useCalculateBarStyles } from './CalculateBar.styles';

export interface CalculateBarProps {
  state: CalculationState;
  canCalculate: boolean;
  onCalculate: () => Promise<void>;
  /** Given in the browser once a run is done: offers the result .xlsx. */
  onDownload?: () => Promise<void>;
  downloading: boolean;
  /** Shown under the download button: what the downloaded file lacks of the opened one. */
  downloadNote?: ReactNode;
}

/** Beräkna, the progress of a run, and (in the browser) the result's download. */
export function CalculateBar({ state, canCalculate, onCalculate, onDownload, downloading, downloadNote }: CalculateBarProps) {
  const strings = useStrings();
  const styles = useCalculateBarStyles();
  const running = state.phase === 'running';
  return (
    <section className={styles.root} aria-label={strings.calculate}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<CalculatorRegular />}
          disabled={!canCalculate || running}
          onClick={() => void onCalculate()}
          title={canCalculate ? undefined : strings.calculateHintBrowser}
        >
          {strings.calculate}
        </Button>
        {onDownload && (
          <Button icon={<ArrowDownloadRegular />} disabled={downloading} onClick={() => void onDownload()}>
            {strings.downloadResult}
          </Button>
        )}
      </div>
      {onDownload && downloadNote}
      {running && (
        <Field label={strings.progressLabel} validationMessage={state.step} validationState="none">
          <ProgressBar value={state.fraction} max={1} aria-valuetext={state.step} />
        </Field>
      )}
    </section>
  );
}
