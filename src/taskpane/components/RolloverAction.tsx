import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { NextYearOutcome, PaneWorkbook, Progress } from '../hosts/host';
import { useStrings } from '../i18n';
import { shownError, type Shown } from '../i18n/shown';
import { rolloverTexts } from '../messages/rollover';
import { RunProgress } from './RunProgress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

type Ended = { kind: 'outcome'; outcome: NextYearOutcome } | { kind: 'failed'; message: Shown } | null;

export interface RolloverActionProps {
  /** The workbook of the last run; the button shows only when it can make next year's. */
  workbook: PaneWorkbook | null;
  /** The last run calculated without errors (next year is made from a workbook that calculates). */
  calculated: boolean;
  /** Another run is under way. */
  busy: boolean;
}

/** "Skapa nästa års arbetsbok": after a run without errors, next year's workbook (docs "The roll to next year"). */
export function RolloverAction({ workbook, calculated, busy }: RolloverActionProps) {
  const strings = useStrings();
  const texts = rolloverTexts(strings.lang);
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [ended, setEnded] = useState<Ended>(null);
  const nextYear = workbook?.nextYear;
  if (!nextYear || !calculated) return null;
  const create = async () => {
    setEnded(null);
    setProgress({ phase: 'reading', fraction: 0 });
    try {
      setEnded({ kind: 'outcome', outcome: await nextYear(setProgress) });
    } catch (error) {
      console.error(error);
      setEnded({ kind: 'failed', message: shownError(error) });
    } finally {
      setProgress(null);
    }
  };
  return (
    <section className={styles.root} aria-label={texts.button}>
      <Button icon={<CalendarArrowRightRegular />} disabled={busy || progress !== null} onClick={() => void create()}>
        {texts.button}
      </Button>
      <Caption1>{texts.explain}</Caption1>
      {progress && <RunProgress label={texts.working} progress={progress} />}
      {ended && <Outcome ended={ended} />}
    </section>
  );
}

function Outcome({ ended }: { ended: NonNullable<Ended> }) {
  const strings = useStrings();
  const texts = rolloverTexts(strings.lang);
  if (ended.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.failedTitle}</MessageBarTitle>
          {ended.message(strings)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const outcome = ended.outcome;
  if (outcome.kind === 'created') {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.createdTitle(outcome.year)}</MessageBarTitle>
          {outcome.fileName === null
            ? texts.openedInExcel(outcome.changed, outcome.tables, outcome.leftOut)
            : texts.downloaded(outcome.fileName, outcome.changed, outcome.tables, outcome.leftOut)}
          {outcome.formulasToValues > 0 && ` ${texts.formulasToValues(outcome.formulasToValues)}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.failedTitle}</MessageBarTitle>
        {outcome.kind === 'errors' ? texts.errors(outcome.errors) : texts.unsupported}
      </MessageBarBody>
    </MessageBar>
  );
}
