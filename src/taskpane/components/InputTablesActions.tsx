import { MessageBar, MessageBarBody, MessageBarTitle, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { DocumentTableRegular, TableAddRegular } from '@fluentui/react-icons';
import type { PaneHost } from '../hosts/host';
import { useInputTables } from '../hooks/useInputTables';
import { useStrings } from '../i18n';

/** Skapa mall and Infoga exempel. */
export function InputTablesActions({ host }: { host: PaneHost }) {
  const strings = useStrings();
  const { busy, outcome, run } = useInputTables(host);
  return (
    <section aria-label={strings.inputTablesLabel}>
      <Toolbar aria-label={strings.inputTablesLabel}>
        <ToolbarButton appearance="subtle" icon={<DocumentTableRegular />} disabled={busy !== null} onClick={() => void run('template')}>
          {strings.createTemplate}
        </ToolbarButton>
        <ToolbarButton appearance="subtle" icon={<TableAddRegular />} disabled={busy !== null} onClick={() => void run('example')}>
          {strings.insertExample}
        </ToolbarButton>
      </Toolbar>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            {outcome.intent === 'error' && <MessageBarTitle>{strings.actionFailed}</MessageBarTitle>}
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
