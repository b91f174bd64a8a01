import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular, TableEditRegular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';
import { IMPORT_TARGETS } from '../../engine/ledger/targets';
import type { SiePost } from '../../engine/ledger/sieReader';
import type { LedgerPort } from '../hosts/ledgerPort';
import { useLedgerImport, writable, type LedgerImportFlow, type LedgerImportState } from '../hooks/useLedgerImport';
import { useStrings } from '../i18n';
import { ledgerImportTexts } from '../messages/ledgerImport';
import { LedgerPreviewView } from './LedgerPreviewView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { display: 'none' },
});

/** The ledger exports the import reads: SIE (.se, .si, .sie), a CSV report, an xlsx table. */
const ACCEPT = '.se,.si,.sie,.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEFAULT_POST = '';
/** The SIE records the import reads (sieReader.ts's SIE_POSTS, named here so the reader stays in the worker's bundle). */
const POSTS: readonly SiePost[] = ['PBUDGET', 'PSALDO', 'TRANS'];

export interface LedgerImportProps {
  ledger: LedgerPort;
  /** Excel writes into the open workbook; the browser into the file opened in the pane. */
  inExcel: boolean;
  selectCell?: (address: string) => Promise<void>;
}

/**
 * "Importera från huvudboken": the one place the add-in writes an input table. A ledger file is
 * chosen and read; the pane shows the reconciliation and the rows without a rule; "Skriv i …"
 * asks, and only a yes writes (docs/arbetsbok.md, "In the pane").
 */
export function LedgerImport({ ledger, inExcel, selectCell }: LedgerImportProps) {
  const { state, flow } = useLedgerImport(ledger);
  return <LedgerImportView state={state} flow={flow} inExcel={inExcel} selectCell={selectCell} />;
}

export interface LedgerImportViewProps {
  state: LedgerImportState;
  flow: Pick<LedgerImportFlow, 'choose' | 'setOptions' | 'ask' | 'answer'>;
  inExcel: boolean;
  selectCell?: (address: string) => Promise<void>;
}

/** The import's controls and outcome for a state of the flow (rendered alone in tests). */
export function LedgerImportView({ state, flow, inExcel, selectCell }: LedgerImportViewProps) {
  const strings = useStrings();
  const t = ledgerImportTexts(strings.lang);
  const styles = useStyles();
  const headingId = useId();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { options } = state;
  const target = IMPORT_TARGETS[options.target];
  const table = target?.table ?? options.target;
  const busy = state.phase === 'reading' || state.phase === 'writing';
  const preview = state.phase === 'preview' || state.phase === 'writing' || state.phase === 'written' ? state.preview : null;
  const canWrite = state.phase === 'preview' && writable(state.preview, options.strict);
  const postName = (post: string) => (post === DEFAULT_POST ? t.siePostDefault(target?.defaultSiePost ?? 'PBUDGET') : t.siePostNames[post as SiePost]);
  const chosenPost = options.siePost ?? DEFAULT_POST;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.heading}
      </Subtitle2>
      <Caption1>{t.intro}</Caption1>
      <div className={styles.file}>
        <input
          ref={input}
          id={fileId}
          className={styles.input}
          type="file"
          accept={ACCEPT}
          aria-label={t.fileLabel}
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same file can be chosen again after it was changed.
            event.currentTarget.value = '';
            if (file) void file.arrayBuffer().then((bytes) => flow.choose(file.name, new Uint8Array(bytes)));
          }}
        />
        <Button icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => input.current?.click()}>
          {t.chooseFile}
        </Button>
        <Body1>{state.fileName ?? t.noFile}</Body1>
      </div>
      <Field label={t.targetLabel}>
        <Dropdown
          value={table}
          selectedOptions={[options.target]}
          disabled={busy}
          onOptionSelect={(_, data) => data.optionValue && void flow.setOptions({ target: data.optionValue })}
        >
          {Object.entries(IMPORT_TARGETS).map(([key, declared]) => (
            <Option key={key} value={key}>
              {declared.table}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.siePostLabel}>
        <Dropdown
          value={postName(chosenPost)}
          selectedOptions={[chosenPost]}
          disabled={busy}
          onOptionSelect={(_, data) => void flow.setOptions({ siePost: data.optionValue === DEFAULT_POST ? undefined : (data.optionValue as SiePost) })}
        >
          {[DEFAULT_POST, ...POSTS].map((post) => (
            <Option key={post} value={post}>
              {postName(post)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox label={t.strictLabel} checked={options.strict} disabled={busy} onChange={(_, data) => void flow.setOptions({ strict: data.checked === true })} />
      {state.phase === 'reading' && <Spinner size="small" label={t.reading(state.fileName)} />}
      {preview && <LedgerPreviewView preview={preview} strict={options.strict} selectCell={selectCell} />}
      {(state.phase === 'preview' || state.phase === 'writing') && (
        <div>
          <Button appearance="primary" icon={<TableEditRegular />} disabled={!canWrite} onClick={() => flow.ask()}>
            {t.write(preview?.table ?? table)}
          </Button>
        </div>
      )}
      {state.phase === 'writing' && <Spinner size="small" label={t.writing(state.preview.table)} />}
      {state.phase === 'preview' && (
        <Dialog open={state.asking} modalType="alert" onOpenChange={(_, data) => !data.open && void flow.answer(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.confirmTitle(state.preview.table)}</DialogTitle>
              <DialogContent>{t.confirm(state.preview.rows.length, state.preview.table, state.preview.existing?.imported ?? 0, state.preview.existing?.user ?? 0)}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void flow.answer(true)}>
                  {t.yes}
                </Button>
                <Button appearance="secondary" onClick={() => void flow.answer(false)}>
                  {t.no}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
      <div role="status" aria-live="polite">
        {state.phase === 'written' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.written(state.result.written, state.preview.table, state.result.replaced, state.result.kept)} {inExcel ? t.writtenExcel : t.writtenBrowser}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
              {state.error(strings)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
