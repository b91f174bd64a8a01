import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { renderMessage } from '../../engine/messages/catalog';
import { MAX_LABEL_LENGTH } from '../../engine/versions/sheet';
import type { DecideOutcome, PaneWorkbook, Progress } from '../hosts/host';
import { useStrings } from '../i18n';
import { shownError, type Shown } from '../i18n/shown';
import { DECIDE_TEXTS } from '../messages/versions';

export interface DecideVersionProps {
  decide: NonNullable<PaneWorkbook['decide']>;
  /** A run is under way: no decision meanwhile. */
  busy: boolean;
  /** The browser: the version goes into the file to download. */
  inFile: boolean;
  /** Told when saving starts and ends, so the pane calculates nothing meanwhile. */
  onSaving?: (saving: boolean) => void;
}

/** Errors listed under a refusal; the rest counted. */
const LISTED_ERRORS = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Outcome = { kind: 'done'; outcome: DecideOutcome } | { kind: 'failed'; text: Shown } | null;

/**
 * "Spara som beslutad version" (docs/arbetsbok.md, "Decided versions"): a label asked for in a
 * dialog, the workbook priced and the version saved by the host, with progress, then what was
 * saved or why not (the workbook's errors listed), in the pane's language.
 */
export function DecideVersion({ decide, busy, inFile, onSaving }: DecideVersionProps) {
  const strings = useStrings();
  const t = DECIDE_TEXTS[strings.lang];
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [saving, setSaving] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') return;
    setOpen(false);
    setOutcome(null);
    setSaving({ phase: 'calculating', fraction: 0 });
    onSaving?.(true);
    try {
      const done = await decide(label, setSaving);
      setOutcome({ kind: 'done', outcome: done });
      if (done.ok) setLabel('');
    } catch (error) {
      console.error(error);
      setOutcome({ kind: 'failed', text: shownError(error) });
    } finally {
      setSaving(null);
      onSaving?.(false);
    }
  };

  return (
    <section className={styles.root} aria-label={t.title}>
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button icon={<LockClosedRegular />} disabled={busy || saving !== null}>
            {t.button}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <form onSubmit={(e) => void save(e)}>
            <DialogBody>
              <DialogTitle>{t.title}</DialogTitle>
              <DialogContent className={styles.form}>
                <Body1>{t.intro}</Body1>
                <Field label={t.label} hint={t.hint} required>
                  <Input value={label} maxLength={MAX_LABEL_LENGTH} placeholder={t.placeholder} onChange={(_, data) => setLabel(data.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={label.trim() === ''}>
                  {t.save}
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{t.cancel}</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      {saving && <ProgressBar value={saving.fraction} thickness="large" aria-label={t.saving} />}
      <div role="status" aria-live="polite">
        {saving && <Body1>{t.saving}</Body1>}
        {outcome?.kind === 'done' && outcome.outcome.ok && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.savedTitle}</MessageBarTitle>
              {[...outcome.outcome.messages.map((m) => renderMessage(m, strings.lang)), ...(inFile ? [t.inDownload] : [])].join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'done' && !outcome.outcome.ok && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.refusedTitle}</MessageBarTitle>
              {renderMessage(outcome.outcome.reason, strings.lang)}
              {outcome.outcome.problems.length > 0 && (
                <ul className={styles.errors}>
                  {outcome.outcome.problems.slice(0, LISTED_ERRORS).map((p, i) => (
                    <li key={i}>{renderMessage(p.text, strings.lang)}</li>
                  ))}
                  {outcome.outcome.problems.length > LISTED_ERRORS && <li>{t.moreErrors(outcome.outcome.problems.length - LISTED_ERRORS)}</li>}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
              {outcome.text(strings)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
