import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { Shown } from '../i18n/shown';

/** How an action went: success, a warning, or an error under its own title. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error';
  text: Shown;
}

/**
 * How writing, saving or downloading went, in a live region so that it is announced; nothing
 * while there is no outcome. An error gets `failedTitle` above its text.
 */
export function OutcomeMessage({ outcome, failedTitle }: { outcome: Outcome | null; failedTitle: string }) {
  const strings = useStrings();
  return (
    <div role="status" aria-live="polite">
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            {outcome.intent === 'error' && <MessageBarTitle>{failedTitle}</MessageBarTitle>}
            {outcome.text(strings)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
