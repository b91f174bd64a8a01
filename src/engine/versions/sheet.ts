import type { ColumnFormat } from '../output';
import type { TableSpec } from '../schema';

/**
 * The sheet and table of decided versions (docs/arbetsbok.md, "Decided versions"): every version
 * the user saved as decided, as rows of one table, keyed by its label. Written by the add-in on
 * a protected sheet, never by Beräkna; read back like an input table.
 */
export const DECISIONS_SHEET = 'Beslutade versioner';

/** The output that compares the calculation with a decided version. */
export const VERSION_COMPARISON = 'Versionsjämförelse';

/** The setting that chooses the version compared with (its label; blank = the latest). */
export const COMPARE_SETTING = 'Jämför med version';

/** The longest label a version may have, as the published price list's footer label. */
export const MAX_LABEL_LENGTH = 100;

/**
 * The table's columns, in the order written. A service row leaves Kund blank and holds the
 * price list's figures (Belopp = Intäkt); a customer row holds what the customer pays for the
 * service (Fördelning's Belopp summed) and leaves the price columns blank.
 */
export const DECISION_COLUMNS: readonly (readonly [string, ColumnFormat])[] = [
  ['Version', 'text'],
  ['Beslutad', 'text'],
  ['Indata', 'text'],
  ['Tjänst', 'text'],
  ['Kund', 'text'],
  ['Prismodell', 'text'],
  ['Enhet', 'text'],
  ['Pris', 'price'],
  ['Pris per nyckelenhet', 'price'],
  ['Belopp', 'kr'],
];

export const DECISIONS_TABLE: TableSpec = {
  name: DECISIONS_SHEET,
  required: false,
  help: 'Beslutade versioner av prislistan och kundernas belopp, sparade av Intäktsmodell ("Spara som beslutad version"). Skrivskyddat: ändras inte för hand.',
  columns: [
    { header: 'Version', type: 'text', required: true, help: 'Versionens etikett, t.ex. "Servicenämnden 2021-11-18".' },
    { header: 'Beslutad', type: 'text', required: true, help: 'Dagen versionen sparades (UTC), ÅÅÅÅ-MM-DD.' },
    { header: 'Indata', type: 'text', required: true, help: 'Kontrollsumma över indatatabellerna versionen beräknades från.' },
    { header: 'Tjänst', type: 'text', required: true, help: 'Tjänsten.' },
    { header: 'Kund', type: 'text', help: 'Kunden; tom på tjänstens rad i prislistan.' },
    { header: 'Prismodell', type: 'text', help: 'Tjänstens prismodell (tjänstens rad).' },
    { header: 'Enhet', type: 'text', help: 'Tjänstens enhet (tjänstens rad).' },
    { header: 'Pris', type: 'number', help: 'Pris per enhet (tjänstens rad).' },
    { header: 'Pris per nyckelenhet', type: 'number', help: 'Nycklad kostnad per nyckelenhet (tjänstens rad).' },
    { header: 'Belopp', type: 'number', required: true, help: 'Tjänstens intäkt, eller kundens belopp för tjänsten.' },
  ],
};
