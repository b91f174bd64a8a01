import { Body1, Button, Spinner, Subtitle2 } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useInvoiceCsv, type Publishing } from '../hooks/usePublished';
import { useStrings } from '../i18n';
import { PUBLISH_TEXTS } from '../i18n/publishTexts';
import { OutcomeMessage } from './OutcomeMessage';
import { usePublishStyles } from './PublishPriceList.styles';

export interface InvoiceCsvProps {
  publishing: Publishing;
  /** Budgetår, for the file's name. */
  budgetYear: number | null;
  /** Slutavräkning's lines in the run: its button shows only when there are any. */
  settlementLines: number;
  busy?: boolean;
}

/**
 * "Fakturafil": the invoice file the ERP imports (docs/arbetsbok.md, "Invoices the ERP accepts"),
 * Fakturaunderlag's lines or Slutavräkning's as CSV in Fakturakolumner's layout, made in the worker
 * from the run on screen with the command line's code and handed over by the host (a download).
 */
export function InvoiceCsv({ publishing, budgetYear, settlementLines, busy = false }: InvoiceCsvProps) {
  const strings = useStrings();
  const texts = PUBLISH_TEXTS[strings.lang];
  const styles = usePublishStyles();
  const headingId = useId();
  const { making, outcome, save } = useInvoiceCsv(publishing, budgetYear);
  const kinds = settlementLines > 0 ? [false, true] : [false];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {texts.invoiceHeading}
      </Subtitle2>
      <Body1 className={styles.intro}>{texts.invoiceIntro}</Body1>
      <div className={styles.buttons}>
        {kinds.map((settlement) => (
          <Button key={String(settlement)} icon={<DocumentTextRegular />} disabledFocusable={busy || making !== null} onClick={() => void save(settlement)}>
            {texts.invoiceButton(settlement)}
          </Button>
        ))}
        {making !== null && <Spinner size="tiny" label={texts.makingInvoice(making.settlement)} />}
      </div>
      <OutcomeMessage outcome={outcome} failedTitle={texts.invoiceFailed} />
    </section>
  );
}
