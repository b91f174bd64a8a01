import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { StatementsOutcome as Outcome } from '../hooks/useStatements';
import { useStrings } from '../i18n';

/** How writing or downloading Kundbesked went; a live region, so it is announced. */
export function StatementsOutcome({ outcome }: { outcome: Outcome | null }) {
  const strings = useStrings();
  return (
    <div role="status" aria-live="polite">
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            {outcome.intent === 'error' && <MessageBarTitle>{strings.statementsFailed}</MessageBarTitle>}
            {outcome.text(strings)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
