import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { LostFeature } from '../../workbook/xlsx/lost-on-write';
import { useStrings } from '../i18n';

export interface LostOnWriteNoteProps {
  /** What the download lacks of the opened file, from the xlsx adapter. */
  features: readonly LostFeature[];
  sourceName: string;
  resultName: string;
}

/**
 * In the browser, next to the download: what the result file lacks of the opened workbook
 * (charts, pivot tables, macros …), why, and what to do. Nothing when nothing is lost.
 */
export function LostOnWriteNote({ features, sourceName, resultName }: LostOnWriteNoteProps) {
  const strings = useStrings();
  if (features.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.lostOnWriteTitle}</MessageBarTitle>
        {strings.lostOnWrite(features, sourceName, resultName)}
      </MessageBarBody>
    </MessageBar>
  );
}
