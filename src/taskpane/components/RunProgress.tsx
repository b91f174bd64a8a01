import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Progress } from '../hosts/host';
import { useStrings, type Strings } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    // The button stays where it is while the step's name below the bar takes one line or two.
    alignItems: 'flex-start',
    alignSelf: 'stretch',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    flexGrow: 1,
  },
});

export interface RunProgressProps {
  label: string;
  progress: Progress;
  /** Avbryt; absent where the work cannot be stopped. */
  onCancel?: () => void;
}

/** Work under way: the fraction done, the step's name, and Avbryt. */
export function RunProgress({ label, progress, onCancel }: RunProgressProps) {
  const strings = useStrings();
  const styles = useStyles();
  const step = stepName(strings, progress);
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={label} validationMessage={step} validationState="none">
        <ProgressBar value={progress.fraction} max={1} aria-valuetext={`${step}: ${Math.round(progress.fraction * 100)} %`} />
      </Field>
      {onCancel && (
        <Button icon={<DismissRegular />} onClick={onCancel}>
          {strings.cancel}
        </Button>
      )}
    </div>
  );
}

/** The phase in the pane's language; while calculating, the engine's step too (it names them in Swedish). */
function stepName(strings: Strings, progress: Progress): string {
  const phase = {
    opening: strings.phaseOpening,
    reading: strings.phaseReading,
    calculating: strings.phaseCalculating,
    writing: strings.phaseWriting,
    packing: strings.phasePacking,
  }[progress.phase];
  return progress.step && strings.lang === 'sv' && progress.step !== phase ? `${phase}: ${progress.step.toLowerCase()}` : phase;
}
