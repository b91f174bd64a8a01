import { Body1, Button, Field, Input, Spinner, Subtitle2 } from '@fluentui/react-components';
import { DocumentPdfRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactElement } from 'react';
import { footerLabel, MAX_LABEL, type PublishedFormat } from '../hosts/published';
import { usePriceListFile, type Publishing } from '../hooks/usePublished';
import { useStrings } from '../i18n';
import { PUBLISH_TEXTS } from '../i18n/publishTexts';
import { InvoiceCsv } from './InvoiceCsv';
import { OutcomeMessage } from './OutcomeMessage';
import { usePublishStyles } from './PublishPriceList.styles';

export interface PublishPriceListProps {
  /** The run's files and the host's way to hand them over. */
  publishing: Publishing;
  /** Budgetår, for the file's name (the document has it in its title and footer). */
  budgetYear: number | null;
  /** A new run is under way: the files would be made from it, not from the results on screen. */
  busy?: boolean;
  /** Slutavräkning's lines in the run (the invoice file's Slutavräkning button shows when there are any). */
  settlementLines?: number;
}

const FORMATS: { format: PublishedFormat; icon: ReactElement }[] = [
  { format: 'pdf', icon: <DocumentPdfRegular /> },
  { format: 'xlsx', icon: <DocumentTableRegular /> },
];

/**
 * After a run without errors: the published price list (docs/arbetsbok.md, "Den publicerade
 * prislistan") as PDF or as an Excel file, with a version label for the footer, made in the
 * worker from the run on screen and handed over by the host (a download; in Excel the .xlsx opens
 * as a new workbook); below it the invoice file for the ERP as CSV (InvoiceCsv).
 */
export function PublishPriceList({ publishing, budgetYear, busy = false, settlementLines = 0 }: PublishPriceListProps) {
  const strings = useStrings();
  const texts = PUBLISH_TEXTS[strings.lang];
  const styles = usePublishStyles();
  const headingId = useId();
  const [label, setLabel] = useState('');
  const { making, outcome, save } = usePriceListFile(publishing, budgetYear);
  const valid = footerLabel(label) !== null;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {texts.heading}
      </Subtitle2>
      <Body1 className={styles.intro}>{texts.intro}</Body1>
      <Field
        label={texts.labelField}
        hint={texts.labelHint}
        validationState={valid ? 'none' : 'error'}
        validationMessage={valid ? undefined : texts.labelInvalid(label.trim().length, MAX_LABEL)}
      >
        <Input value={label} placeholder={texts.labelPlaceholder} onChange={(_, data) => setLabel(data.value)} />
      </Field>
      <div className={styles.buttons}>
        {FORMATS.map(({ format, icon }) => (
          <Button key={format} icon={icon} disabled={!valid} disabledFocusable={busy || making !== null} onClick={() => void save(format, label)}>
            {texts.priceListButton(format)}
          </Button>
        ))}
        {making !== null && <Spinner size="tiny" label={texts.making(making)} />}
      </div>
      <OutcomeMessage outcome={outcome} failedTitle={texts.priceListFailed} />
      <InvoiceCsv publishing={publishing} budgetYear={budgetYear} settlementLines={settlementLines} busy={busy} />
    </section>
  );
}
