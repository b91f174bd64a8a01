import { Body1, Title3 } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { BrowserHost, PaneHost, PaneWorkbook } from '../hosts/host';
import { useCalculation } from '../hooks/useCalculation';
import { useWorkbookFile } from '../hooks/useWorkbookFile';
import { useStrings } from '../i18n';
import { useAppStyles } from './App.styles';
import { CalculateBar } from './CalculateBar';
import { FilePicker } from './FilePicker';
import { InputTablesActions } from './InputTablesActions';
import { ResultTabs } from './ResultTabs';
import { RunStatus } from './RunStatus';

export interface AppProps {
  host: PaneHost;
}

/** The pane: the same in Excel and in the browser, apart from where the workbook comes from. */
export function App({ host }: AppProps) {
  return host.kind === 'excel' ? <ExcelPane host={host} workbook={host.workbook} /> : <BrowserPane host={host} />;
}

function ExcelPane({ host, workbook }: { host: PaneHost; workbook: PaneWorkbook }) {
  const strings = useStrings();
  return <Pane host={host} workbook={workbook} intro={strings.introExcel} />;
}

function BrowserPane({ host }: { host: BrowserHost }) {
  const strings = useStrings();
  const file = useWorkbookFile(host);
  const opened = file.state.status === 'open' ? file.state.file : null;
  const [downloading, setDownloading] = useState(false);
  const download = opened
    ? async () => {
        setDownloading(true);
        try {
          host.download(await opened.workbook.toBytes(), strings.resultFileName(opened.name));
        } finally {
          setDownloading(false);
        }
      }
    : undefined;
  return (
    <Pane
      host={host}
      workbook={opened?.workbook ?? null}
      intro={strings.introBrowser}
      source={<FilePicker state={file.state} onFile={file.open} />}
      download={download}
      downloading={downloading}
    />
  );
}

interface PaneProps {
  host: PaneHost;
  workbook: PaneWorkbook | null;
  intro: string;
  source?: ReactNode;
  download?: () => Promise<void>;
  downloading?: boolean;
  /** Next to the download button (browser): what the downloaded file lacks. */
  downloadNote?: ReactNode;
}

function Pane({ host, workbook, intro, source, download, downloading = false, downloadNote }: PaneProps) {
  const strings = useStrings();
  const styles = useAppStyles();
  const { state, calculate } = useCalculation(workbook);
  return (
    <main className={styles.root} aria-label={strings.appTitle}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.appTitle}</Title3>
        <Body1 className={styles.intro}>{intro}</Body1>
      </header>
      {source}
      <CalculateBar
        state={state}
        canCalculate={workbook !== null}
        onCalculate={calculate}
        onDownload={state.phase === 'done' ? download : undefined}
        downloading={downloading}
        downloadNote={downloadNote}
      />
      <div role="status" aria-live="polite">
        <RunStatus state={state} inExcel={host.kind === 'excel'} />
      </div>
      {state.phase === 'done' && <ResultTabs key={state.run} state={state} host={host} selectCell={workbook?.selectCell} />}
      <InputTablesActions host={host} />
    </main>
  );
}
