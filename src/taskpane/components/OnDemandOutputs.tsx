import { Badge, Body1, Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DoneState } from '../hooks/useCalculation';
import { shownError, type Shown } from '../i18n/shown';
import { useStrings } from '../i18n';
import { sameSheet } from '../hosts/onDemand';
import { useOnDemandStyles } from './OnDemandOutputs.styles';
import { OutcomeMessage } from './OutcomeMessage';
import { renderWorkbookMessage } from '../../workbook/messages/catalog';

export interface OnDemandOutputsProps {
  /** The run shown, or null before the first. */
  run: DoneState | null;
  /** The add-in's stale sheets after the last write (ExcelHost.stale). */
  stale: readonly string[];
  writeAll: boolean;
  onWriteAllChange: (value: boolean) => void;
  /** A run is under way: nothing is written meanwhile. */
  busy: boolean;
}

type Outcome = { intent: 'success' | 'error'; text: Shown } | null;

/**
 * Excel only: "Skriv alltid" (remembered), and after a run a button per output it kept
 * (Fakturaunderlag, Spårning) with a badge saying whether its sheet is stale, plus the add-in's
 * other stale sheets (Kundbesked …). Keyed by the run, so its state starts afresh with each.
 */
export function OnDemandOutputs({ run, stale, writeAll, onWriteAllChange, busy }: OnDemandOutputsProps) {
  const strings = useStrings();
  const styles = useOnDemandStyles();
  const [written, setWritten] = useState<string[]>([]);
  const [writing, setWriting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const names = run?.onDemand?.names ?? [];
  const others = stale.filter((sheet) => !names.some((n) => sameSheet(n, sheet)));

  const write = async (name: string) => {
    if (!run?.onDemand) return;
    setWriting(name);
    setOutcome(null);
    try {
      const result = await run.onDemand.write(name);
      setWritten((w) => [...w, name]);
      setOutcome({ intent: 'success', text: (s) => [s.onDemandWritten(name), ...result.notes.map((note) => renderWorkbookMessage(note, s.lang))].join(' ') });
    } catch (error) {
      console.error(error);
      setOutcome({ intent: 'error', text: shownError(error) });
    } finally {
      setWriting(null);
    }
  };

  return (
    <section className={styles.root} aria-label={strings.onDemandLabel}>
      <Checkbox checked={writeAll} onChange={(_, data) => onWriteAllChange(data.checked === true)} label={strings.writeAlways} />
      {names.length > 0 && <Body1>{strings.onDemandIntro}</Body1>}
      {names.map((name) => {
        const isStale = stale.some((s) => sameSheet(s, name));
        const isFresh = written.includes(name);
        return (
          <div key={name} className={styles.line}>
            <Button icon={<DocumentTableArrowRightRegular />} disabled={busy || writing !== null} onClick={() => void write(name)}>
              {strings.writeOnDemand(name)}
            </Button>
            {isStale && (
              <Badge appearance="tint" color="danger" shape="rounded">
                {strings.staleBadge}
              </Badge>
            )}
            {isFresh && !isStale && (
              <Badge appearance="tint" color="success" shape="rounded">
                {strings.freshBadge}
              </Badge>
            )}
          </div>
        );
      })}
      <OutcomeMessage outcome={outcome} failedTitle={strings.onDemandFailed} />
      {others.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.staleSheetsTitle}</MessageBarTitle>
            {strings.staleSheets(others)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
