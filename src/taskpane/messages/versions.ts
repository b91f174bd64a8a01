/** The pane's texts of "Spara som beslutad version" (DecideVersion.tsx), in Swedish and English. */
export interface DecideTexts {
  button: string;
  title: string;
  intro: string;
  label: string;
  hint: string;
  placeholder: string;
  save: string;
  cancel: string;
  saving: string;
  savedTitle: string;
  refusedTitle: string;
  failedTitle: string;
  /** The browser: where the version is now. */
  inDownload: string;
  /** "… and 3 more errors" after the errors listed. */
  moreErrors(count: number): string;
}

export const DECIDE_TEXTS: Record<'sv' | 'en', DecideTexts> = {
  sv: {
    button: 'Spara som beslutad version',
    title: 'Spara som beslutad version',
    intro:
      'Prislistan och kundernas belopp, beräknade från arbetsboken som den är nu, sparas under etiketten på det skrivskyddade bladet Beslutade versioner, med dagens datum och en kontrollsumma över indata. En sparad version ändras aldrig; efter varje Beräkna visar Versionsjämförelse vad som skiljer sig från den.',
    label: 'Etikett',
    hint: 'Till exempel nämnden och dagen för beslutet. Högst 100 tecken, och inte samma som en tidigare version.',
    placeholder: 'Servicenämnden 2021-11-18',
    save: 'Spara',
    cancel: 'Avbryt',
    saving: 'Sparar den beslutade versionen …',
    savedTitle: 'Sparad',
    refusedTitle: 'Inte sparad',
    failedTitle: 'Versionen kunde inte sparas',
    inDownload: 'Versionen finns i filen du laddar ned.',
    moreErrors: (count) => `… och ${count} fel till (se Kontroller efter Beräkna).`,
  },
  en: {
    button: 'Save as decided version',
    title: 'Save as decided version',
    intro:
      "The price list and the customers' amounts, calculated from the workbook as it is now, are saved under the label on the protected sheet Beslutade versioner, with today's date and a checksum of the inputs. A saved version never changes; after each Beräkna, Versionsjämförelse shows what differs from it.",
    label: 'Label',
    hint: 'For example the board and the day of the decision. At most 100 characters, and not the same as an earlier version.',
    placeholder: 'Servicenämnden 2021-11-18',
    save: 'Save',
    cancel: 'Cancel',
    saving: 'Saving the decided version …',
    savedTitle: 'Saved',
    refusedTitle: 'Not saved',
    failedTitle: 'The version could not be saved',
    inDownload: 'The version is in the file you download.',
    moreErrors: (count) => `… and ${count} more error${count === 1 ? '' : 's'} (see Kontroller after Beräkna).`,
  },
};
