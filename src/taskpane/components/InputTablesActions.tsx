import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, TableAddRegular } from '@fluentui/react-icons';
import type { PaneHost } from '../hosts/host';
import { useInputTables } from '../hooks/useInputTables';
import { useStrings } from '../i18n';

export interface InputTablesActionsProps {
  host: PaneHost;
  /** The browser: opens a file in the pane, as the file picker does; true when it opened. */
  openFile?: (file: File) => Promise<boolean>;
}

/** Skapa mall and Infoga exempel. */
export function InputTablesActions({ host, openFile }: InputTablesActionsProps) {
  const strings = useStrings();
  const { busy, outcome, run, downloadExample } = useInputTables(host, openFile);
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
            {outcome.text(strings)}
          </MessageBarBody>
          {outcome.example && (
            <MessageBarActions>
              <Button size="small" icon={<ArrowDownloadRegular />} onClick={downloadExample}>
                {strings.downloadExample}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </section>
  );
}
