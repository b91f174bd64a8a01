import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import { Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { BrowserHost, ExcelHost, PaneHost, PaneWorkbook, Progress } from '../hosts/host';
import { shownError, type Shown } from '../i18n/shown';
import { useCalculation, type DoneState } from '../hooks/useCalculation';
import { useFocusAfterRun } from '../hooks/useFocusAfterRun';
import { useWorkbookFile } from '../hooks/useWorkbookFile';
import { useWriteAll } from '../hooks/useWriteAll';
import { useStrings } from '../i18n';
import { CancelledError } from '../worker/client';
import { useAppStyles } from './App.styles';
import { CalculateBar } from './CalculateBar';
import { DecideVersionLazy as DecideVersion } from './DecideVersionLazy';
import { FilePicker } from './FilePicker';
import { InputTablesActions } from './InputTablesActions';
import { LedgerImportSection } from './LedgerImportSection';
import { OnDemandOutputs } from './OnDemandOutputs';
import { ResultTabs } from './ResultTabs';
import { NextYearButton } from './NextYearButton';
import { RunStatus } from './RunStatus';
import { LanguageSwitch } from './LanguageSwitch';
import { PublishPriceList } from './lazyViews';

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

/** How the last download went, when it did not simply arrive. */
type DownloadEnd = { kind: 'cancelled' } | { kind: 'failed'; message: Shown } | null;

function BrowserPane({ host }: { host: BrowserHost }) {
  const strings = useStrings();
  const file = useWorkbookFile(host);
  const opened = file.state.status === 'open' ? file.state.file : null;
  const [downloading, setDownloading] = useState<Progress | null>(null);
  const [downloadEnd, setDownloadEnd] = useState<DownloadEnd>(null);
  const download = opened
    ? async () => {
        setDownloadEnd(null);
        setDownloading({ phase: 'packing', fraction: 0 });
        try {
          host.download(await opened.workbook.download(setDownloading), strings.resultFileName(opened.name, opened.workbook.macros));
        } catch (error) {
          if (error instanceof CancelledError) setDownloadEnd({ kind: 'cancelled' });
          else {
            console.error(error);
            setDownloadEnd({ kind: 'failed', message: shownError(error) });
          }
        } finally {
          setDownloading(null);
        }
      }
    : undefined;
  return (
    <Pane
      host={host}
      workbook={opened?.workbook ?? null}
      intro={strings.introBrowser}
      source={<FilePicker state={file.state} onFile={file.open} onCancel={file.cancel} cancelled={file.cancelled} />}
      download={download}
      downloading={downloading}
      downloadEnd={downloadEnd}
      onCalculateStart={() => setDownloadEnd(null)}
      openFile={file.open}
    />
  );
}

interface PaneProps {
  host: PaneHost;
  workbook: PaneWorkbook | null;
  intro: string;
  source?: ReactNode;
  download?: () => Promise<void>;
  downloading?: Progress | null;
  downloadEnd?: DownloadEnd;
  onCalculateStart?: () => void;
  /** Next to the download button (browser): what the downloaded file lacks. */
  downloadNote?: ReactNode;
  /** The browser: opens a file in the pane (Infoga exempel opens the example so). */
  openFile?: (file: File) => Promise<boolean>;
}

function Pane({ host, workbook, intro, source, download, downloading = null, downloadEnd = null, onCalculateStart, downloadNote, openFile }: PaneProps) {
  const strings = useStrings();
  const styles = useAppStyles();
  const { state, calculate, cancel, cancelled } = useCalculation(workbook);
  const [writeAll, setWriteAll] = useWriteAll();
  // While a version is being decided nothing is calculated: both would write the workbook.
  const [deciding, setDeciding] = useState(false);
  // The last results stay on screen while a new run is under way, so that Avbryt changes nothing.
  const shown = state.phase === 'done' ? state : state.phase === 'running' ? state.previous : null;
  const outcome = useFocusAfterRun<HTMLDivElement>(state.phase);
  return (
    <main className={styles.root} aria-label={strings.appTitle}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Title3 as="h1">{strings.appTitle}</Title3>
          <LanguageSwitch />
        </div>
        <Body1 className={styles.intro}>{intro}</Body1>
      </header>
      {source}
      <CalculateBar
        state={state}
        canCalculate={workbook !== null && !deciding}
        onCalculate={() => {
          onCalculateStart?.();
          return calculate({ writeAll });
        }}
        onCancel={cancel}
        onDownload={state.phase === 'done' ? download : undefined}
        downloading={downloading}
        downloadNote={downloadNote}
      />
      {host.kind === 'excel' && <ExcelOutputs host={host} run={shown} writeAll={writeAll} onWriteAllChange={setWriteAll} busy={state.phase === 'running'} />}
      {/* Where focus goes when a run ends: its outcome, read out by screen readers. */}
      <div ref={outcome} role="status" aria-live="polite" tabIndex={-1} className={styles.outcome}>
        <RunStatus state={state} inExcel={host.kind === 'excel'} cancelled={cancelled || downloadEnd?.kind === 'cancelled'} />
        {downloadEnd?.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.downloadFailedTitle}</MessageBarTitle>
              {downloadEnd.message(strings)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {shown?.details?.publish && host.savePublished && <Suspense fallback={null}><PublishPriceList publishing={{ files: shown.details.publish, save: host.savePublished }} budgetYear={shown.settings?.budgetYear ?? null} busy={state.phase === 'running'} settlementLines={shown.result.outputs.find((o) => o.name === 'Slutavräkning')?.rowCount ?? 0} /></Suspense>}
      {workbook?.decide && <DecideVersion decide={workbook.decide} busy={state.phase === 'running'} inFile={host.kind === 'browser'} onSaving={setDeciding} />}
      {shown && <ResultTabs key={shown.run} state={shown} host={host} selectCell={workbook?.selectCell} />}
      <NextYearButton workbook={workbook} calculated={state.phase === 'done' && state.result.calculated} busy={state.phase === 'running'} />
      <InputTablesActions host={host} openFile={openFile} />
      {workbook?.ledger && <LedgerImportSection ledger={workbook.ledger} inExcel={host.kind === 'excel'} selectCell={workbook.selectCell} />}
    </main>
  );
}

/** The on-demand outputs and the stale sheets, as the Excel host's last write left them. */
function ExcelOutputs({ host, run, ...rest }: { host: ExcelHost; run: DoneState | null; writeAll: boolean; onWriteAllChange: (value: boolean) => void; busy: boolean }) {
  const stale = useSyncExternalStore(host.stale.subscribe, host.stale.current);
  return <OnDemandOutputs key={run?.run ?? 0} run={run} stale={stale} {...rest} />;
}
