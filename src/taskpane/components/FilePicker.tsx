import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type DragEvent } from 'react';
import type { FileState } from '../hooks/useWorkbookFile';
import { useStrings } from '../i18n';
import { useFilePickerStyles } from './FilePicker.styles';
import { RunProgress } from './RunProgress';

export interface FilePickerProps {
  state: FileState;
  /** Opens the file; what it resolves to (whether it opened) is the caller's. */
  onFile: (file: File) => Promise<unknown>;
  /** Avbryt while the file opens. */
  onCancel: () => void;
  /** The last opening was cancelled (the file opened before, if any, is still open). */
  cancelled: boolean;
}

/** The standalone pane's workbook source: a button that opens the file dialog, or a drop. */
export function FilePicker({ state, onFile, onCancel, cancelled }: FilePickerProps) {
  const strings = useStrings();
  const styles = useFilePickerStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <section
      className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
      aria-label={strings.dropZoneLabel}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={inputId}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={strings.fileInputLabel}
        tabIndex={-1}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file can be picked again after it was edited.
          event.currentTarget.value = '';
        }}
      />
      <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()} aria-describedby={hintId}>
        {strings.openWorkbook}
      </Button>
      <Caption1 id={hintId} className={styles.hint}>
        {strings.dropHint}
      </Caption1>
      {state.status === 'opening' && <RunProgress label={strings.opening} progress={state.progress} onCancel={onCancel} />}
      {cancelled && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.cancelledTitle}</MessageBarTitle>
            {strings.cancelledText}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'open' && <Body1 role="status">{strings.openedFile(state.file.name)}</Body1>}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.openFailed}</MessageBarTitle>
            {state.message(strings)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
