import { MessageBar, MessageBarBody, MessageBarGroup, MessageBarTitle } from '@fluentui/react-components';
import type { CalculationState } from '../hooks/useCalculation';
import { renderWorkbookMessage } from '../../workbook/messages/catalog';
import { useStrings } from '../i18n';

export interface RunStatusProps {
  state: CalculationState;
  inExcel: boolean;
  /** The last run or download was stopped with Avbryt. */
  cancelled?: boolean;
}

/** How the last run went, announced politely to screen readers (MessageBar is a live region). */
export function RunStatus({ state, inExcel, cancelled = false }: RunStatusProps) {
  const strings = useStrings();
  const stopped = cancelled && (
    <MessageBar key="cancelled" intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.cancelledTitle}</MessageBarTitle>
        {strings.cancelledText}
      </MessageBarBody>
    </MessageBar>
  );
  if (state.phase === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.runFailedTitle}</MessageBarTitle>
          {state.message(strings)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase !== 'done') return stopped || null;
  const errors = state.result.problems.filter((p) => p.level === 'error').length;
  const warnings = state.result.problems.length - errors;
  const bars = [
    ...(stopped ? [stopped] : []),
    state.result.ok ? (
      <MessageBar key="run" intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.runOkTitle}</MessageBarTitle>
          {inExcel ? strings.runOkExcel : strings.runOkBrowser}
          {warnings > 0 && ` ${strings.warningsNote(warnings)}`}
        </MessageBarBody>
      </MessageBar>
    ) : (
      <MessageBar key="run" intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.runErrorsTitle}</MessageBarTitle>
          {strings.runErrors(errors)}
        </MessageBarBody>
      </MessageBar>
    ),
    ...state.notes.map((note, i) => (
      <MessageBar key={`note-${i}`} intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.skippedTitle}</MessageBarTitle>
          {renderWorkbookMessage(note, strings.lang)}
        </MessageBarBody>
      </MessageBar>
    )),
  ];
  return <MessageBarGroup>{bars}</MessageBarGroup>;
}
