import { phrase, type Names, type NestedMessage, type Wording } from './wording';
import type { Place } from '../problems';
import type { CleanedPart } from '../names';

/** What a name of Tjänster is, for a cost object or a pool that is one. */
export type ServiceLevel = 'service' | 'process' | 'area';
const LEVEL_SV: Record<ServiceLevel, string> = { service: 'en tjänst', process: 'en process', area: 'ett verksamhetsområde' };
const LEVEL_EN: Record<ServiceLevel, string> = { service: 'a service', process: 'a process', area: 'a business area' };

/** What a name of a defining table names, for a lookalike warning. */
export type NameKind = 'customer' | 'service' | 'area' | 'process' | 'deviation' | 'scenario';
const NOUN_SV: Record<NameKind, string> = { customer: 'kunden', service: 'tjänsten', area: 'verksamhetsområdet', process: 'processen', deviation: 'avvikelsen', scenario: 'scenariot' };
const NOUN_EN: Record<NameKind, string> = { customer: 'the customer', service: 'the service', area: 'the business area', process: 'the process', deviation: 'the deviation', scenario: 'the scenario' };

/** A letter of another alphabet in a name, for a lookalike warning. */
export interface ForeignLetter {
  script: 'cyrillic' | 'greek' | 'other';
  letter: string;
  /** "0430" of U+0430. */
  code: string;
}
const SCRIPT_SV = { cyrillic: 'kyrilliskt', greek: 'grekiskt', other: 'tecknet' } as const;
const SCRIPT_EN = { cyrillic: 'Cyrillic', greek: 'Greek', other: 'the character' } as const;

const PART_SV: Record<CleanedPart, string> = {
  zeroWidth: 'nollbreddstecken',
  specialSpaces: 'hårda eller andra specialmellanslag',
  tabs: 'tabbtecken',
  lineBreaks: 'radbrytningar',
  repeatedSpaces: 'flera mellanslag i rad',
  nfd: 'bokstäver skrivna med separata accenttecken (Unicode NFD)',
  invisible: 'osynliga tecken',
};
const PART_EN: Record<CleanedPart, string> = {
  zeroWidth: 'zero-width characters',
  specialSpaces: 'non-breaking or other special spaces',
  tabs: 'tab characters',
  lineBreaks: 'line breaks',
  repeatedSpaces: 'several spaces in a row',
  nfd: 'letters written with separate accent marks (Unicode NFD)',
  invisible: 'invisible characters',
};

const POOL_RULE_SV = 'Poolutbyte gäller bara gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde';
const POOL_RULE_EN = 'Poolutbyte is only for common pools: cost objects in Kostnader that are neither a service, a process nor a business area';

/** " (Blad!C3)" when the cell is known. */
function cell(at: string | null | undefined): string {
  return at ? ` (${at})` : '';
}

/** A nested sentence after a space, or nothing. */
function hint(w: Wording, m: NestedMessage | null): string {
  return m === null ? '' : ` ${w.text(m)}`;
}

/** A number in a range message: " (avrundat)" / " (rounded)" when it was cut to 20 digits. */
interface Shown {
  value: string;
  rounded: boolean;
}
const shownSv = (a: Shown): string => `${a.value}${a.rounded ? ' (avrundat)' : ''}`;
const shownEn = (a: Shown): string => `${a.value}${a.rounded ? ' (rounded)' : ''}`;

function quoted(list: Names): Names {
  return { names: list.names.map((n) => `"${n}"`), more: list.more };
}

/** A month cell in a message: as written, or the date Excel gave. */
function readSv(a: { text: string; date: string | null }): string {
  return a.date === null ? `"${a.text}"` : `${a.text} (Excel-datumet ${a.date})`;
}
function readEn(a: { text: string; date: string | null }): string {
  return a.date === null ? `"${a.text}"` : `${a.text} (the Excel date ${a.date})`;
}

type At = { at: Place };
type None = Record<string, never>;

/** The messages of reading the input tables (engine/read). */
export const readPhrases = {
  // ---- tables and columns (tableReader.ts, readModel.ts) --------------------------------------
  duplicateTables: phrase(
    (a: { table: string; found: { name: string; sheet: string }[] }) => {
      const list = a.found.map((t) => `${t.name} (bladet ${t.sheet})`);
      return `Arbetsboken har ${a.found.length} tabeller som läses som ${a.table}: ${list.slice(0, -1).join(', ')} och ${list.at(-1)}. Namnen skiljer sig bara i stora och små bokstäver, mellanslag eller understreck; byt namn på eller ta bort alla utom en.`;
    },
    (a) => {
      const list = a.found.map((t) => `${t.name} (sheet ${t.sheet})`);
      return `The workbook has ${a.found.length} tables that read as ${a.table}: ${list.slice(0, -1).join(', ')} and ${list.at(-1)}. Their names differ only in upper and lower case, spaces or underscores; rename or delete all but one.`;
    },
  ),
  missingTable: phrase(
    (a: { table: string }) => `Tabellen ${a.table} saknas. Skapa en Excel-tabell med namnet ${a.table.replace(/\s+/g, '_')} (Infoga > Tabell, sedan Tabellnamn).`,
    (a) => `The table ${a.table} is missing. Create an Excel table named ${a.table.replace(/\s+/g, '_')} (Insert > Table, then Table Name).`,
  ),
  duplicateColumn: phrase(
    (a: { table: string; column: string }) => `Tabellen ${a.table} har kolumnen "${a.column}" två gånger.`,
    (a) => `The table ${a.table} has the column "${a.column}" twice.`,
  ),
  missingColumn: phrase(
    (a: { table: string; column: string }) => `Tabellen ${a.table} saknar den obligatoriska kolumnen "${a.column}".`,
    (a) => `The table ${a.table} lacks the required column "${a.column}".`,
  ),
  missingColumnFromRow: phrase(
    (a: { table: string; column: string; row: number }) => `Tabellen ${a.table} saknar kolumnen "${a.column}", som behövs från rad ${a.row}. Lägg till kolumnen och fyll i den.`,
    (a) => `The table ${a.table} lacks the column "${a.column}", which row ${a.row} and later need. Add the column and fill it in.`,
  ),
  emptyCosts: phrase(
    (_: None) => 'Tabellen Kostnader har inga rader. Fyll i de budgeterade kostnaderna (Kostnadsobjekt och Belopp), en rad per kostnad; utan dem blir alla priser 0.',
    () => 'The table Kostnader has no rows. Fill in the budgeted costs (Kostnadsobjekt and Belopp), one row per cost; without them every price is 0.',
  ),
  emptyTable: phrase(
    (a: { table: string; what: 'customers' | 'services' }) => `Tabellen ${a.table} har inga ${a.what === 'customers' ? 'kunder' : 'tjänster'}; fyll i minst en rad.`,
    (a) => `The table ${a.table} has no ${a.what}; fill in at least one row.`,
  ),
  volumesNeeded: phrase(
    (a: { service: string; model: string }) => `Tabellen Volymer saknas men behövs: tjänsten ${a.service} har prismodellen ${a.model}.`,
    (a) => `The table Volymer is missing but needed: the service ${a.service} has the pricing model ${a.model}.`,
  ),
  deviationTypesNeeded: phrase(
    (_: None) => 'Tabellen Avvikelsetyper saknas men behövs eftersom tabellen Avvikelser har rader.',
    () => 'The table Avvikelsetyper is missing but needed, since the table Avvikelser has rows.',
  ),

  // ---- cells (tableReader.ts, nameCells.ts) ------------------------------------------------------
  missingValue: phrase(
    (a: At, w) => `${w.where(a.at)} är tom men måste fyllas i.`,
    (a, w) => `${w.where(a.at)} is empty but must be filled in.`,
  ),
  missingValueInvisible: phrase(
    (a: At, w) => `${w.where(a.at)} är tom men måste fyllas i (cellen innehåller bara osynliga tecken).`,
    (a, w) => `${w.where(a.at)} is empty but must be filled in (the cell holds only invisible characters).`,
  ),
  unknownValue: phrase(
    (a: At & { text: string; values: Names }, w) => `${w.where(a.at)}: "${a.text}" är inte ett giltigt värde. Tillåtna värden: ${w.list(a.values)}.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a valid value. Allowed values: ${w.list(a.values)}.`,
  ),
  notFinite: phrase(
    (a: At, w) => `${w.where(a.at)} är inte ett ändligt tal.`,
    (a, w) => `${w.where(a.at)} is not a finite number.`,
  ),
  ambiguousNumber: phrase(
    (a: At & { text: string }, w) => `${w.where(a.at)}: texten "${a.text}" kan läsas både som ett heltal med tusentalsavgränsare och som ett decimaltal. Skriv talet som ett tal i cellen.`,
    (a, w) => `${w.where(a.at)}: the text "${a.text}" reads both as a whole number with a thousands separator and as a decimal number. Enter it as a number in the cell.`,
  ),
  notANumber: phrase(
    (a: At & { text: string }, w) => `${w.where(a.at)}: "${a.text}" är inte ett tal.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a number.`,
  ),
  booleanNotANumber: phrase(
    (a: At & { value: boolean }, w) => `${w.where(a.at)}: ${a.value ? 'SANT' : 'FALSKT'} är inte ett tal.`,
    (a, w) => `${w.where(a.at)}: ${a.value ? 'TRUE' : 'FALSE'} is not a number.`,
  ),
  numberAsText: phrase(
    (a: At & { text: string; value: string }, w) => `${w.where(a.at)}: talet är skrivet som text ("${a.text}") och lästes som ${a.value}.`,
    (a, w) => `${w.where(a.at)}: the number is written as text ("${a.text}") and was read as ${a.value}.`,
  ),
  errorValue: phrase(
    (a: At & { error: string; needNumber: boolean }, w) => `${w.where(a.at)} innehåller felvärdet ${a.error}${a.needNumber ? '; ett tal behövs' : ''}.`,
    (a, w) => `${w.where(a.at)} holds the error value ${a.error}${a.needNumber ? '; a number is needed' : ''}.`,
  ),
  dateValue: phrase(
    (a: At & { date: string; needNumber: boolean }, w) => `${w.where(a.at)} innehåller datumet ${a.date}${a.needNumber ? '; ett tal behövs' : ''}.`,
    (a, w) => `${w.where(a.at)} holds the date ${a.date}${a.needNumber ? '; a number is needed' : ''}.`,
  ),
  uncomputedFormula: phrase(
    (a: At & { formula: string }, w) => `${w.where(a.at)} innehåller formeln ${a.formula} utan beräknat värde; öppna och spara arbetsboken i Excel så att värdet räknas ut.`,
    (a, w) => `${w.where(a.at)} holds the formula ${a.formula} without a computed value; open and save the workbook in Excel so that the value is computed.`,
  ),
  mergedCell: phrase(
    (a: At & { range: string }, w) => `${w.where(a.at)} ligger i en sammanfogad cell (${a.range}); Excel visar den tom. Dela upp den sammanfogade cellen och skriv värdet i varje cell.`,
    (a, w) => `${w.where(a.at)} is in a merged cell (${a.range}); Excel shows it empty. Unmerge the cells and write the value in each one.`,
  ),
  outOfRange: phrase(
    (a: At & { problem: NestedMessage }, w) => `${w.where(a.at)}: ${w.text(a.problem)}`,
    (a, w) => `${w.where(a.at)}: ${w.text(a.problem)}`,
  ),
  lineBreakInName: phrase(
    (a: At & { name: string; output: string }, w) => `${w.where(a.at)}: namnet "${a.name}" innehåller en radbrytning. Det blir en kolumnrubrik i ${a.output}, där Excel inte tillåter radbrytningar, så radbrytningen läses som ett mellanslag.`,
    (a, w) => `${w.where(a.at)}: the name "${a.name}" contains a line break. It becomes a column header in ${a.output}, where Excel allows no line breaks, so the line break is read as a space.`,
  ),
  nameCleaned: phrase(
    (a: At & { parts: CleanedPart[]; name: string }, w) => `${w.where(a.at)}: namnet innehåller ${a.parts.map((p) => PART_SV[p]).join(', ')}. Det jämförs och visas som "${a.name}".`,
    (a, w) => `${w.where(a.at)}: the name contains ${a.parts.map((p) => PART_EN[p]).join(', ')}. It is compared and shown as "${a.name}".`,
  ),

  // ---- the range of a number (numberRules.ts), the end of an outOfRange -------------------------
  belowMin: phrase(
    (a: Shown & { limit: string }) => `${shownSv(a)} får inte vara mindre än ${a.limit}.`,
    (a) => `${shownEn(a)} must not be less than ${a.limit}.`,
  ),
  notPositive: phrase(
    (_: None) => 'värdet måste vara större än 0.',
    () => 'the value must be greater than 0.',
  ),
  aboveMax: phrase(
    (a: Shown & { limit: string }) => `${shownSv(a)} får inte vara större än ${a.limit}.`,
    (a) => `${shownEn(a)} must not be greater than ${a.limit}.`,
  ),
  tooLarge: phrase(
    (a: Shown & { limit: string; signed: boolean }) =>
      a.signed ? `${shownSv(a)} är för stort: talet måste ligga mellan −${a.limit} och ${a.limit}.` : `${shownSv(a)} är för stort: talet måste vara mindre än ${a.limit}.`,
    (a) => (a.signed ? `${shownEn(a)} is too large: the number must be between −${a.limit} and ${a.limit}.` : `${shownEn(a)} is too large: the number must be less than ${a.limit}.`),
  ),
  nearZero: phrase(
    (a: Shown & { limit: string }) => `${shownSv(a)} ligger för nära 0: skriv 0 eller ett tal som är minst ${a.limit} till storleken.`,
    (a) => `${shownEn(a)} is too close to 0: write 0 or a number of at least ${a.limit} in size.`,
  ),
  tooManyDigits: phrase(
    (a: Shown & { digits: number; max: number }) => `${shownSv(a)} har ${a.digits} värdesiffror, men Excel håller högst ${a.max}. Avrunda talet.`,
    (a) => `${shownEn(a)} has ${a.digits} significant digits, but Excel keeps at most ${a.max}. Round the number.`,
  ),

  // ---- names that look alike or are mistyped (lookalikes.ts, mistypedNames.ts) ------------------
  lookalikeName: phrase(
    (a: At & { what: NameKind; name: string; like: string; likeRow: number; likeCell: string | null; difference: NestedMessage }, w) =>
      `${w.where(a.at)}: ${NOUN_SV[a.what]} "${a.name}" ser ut som "${a.like}" på rad ${a.likeRow}${cell(a.likeCell)} men ${w.text(a.difference)}, så de räknas som två olika. Skriv namnen likadant om de avser samma.`,
    (a, w) =>
      `${w.where(a.at)}: ${NOUN_EN[a.what]} "${a.name}" looks like "${a.like}" on row ${a.likeRow}${cell(a.likeCell)} but ${w.text(a.difference)}, so they count as two different names. Write them the same if they mean the same.`,
  ),
  lookalikeHint: phrase(
    (a: { similar: string; difference: NestedMessage }, w) => `Det finns "${a.similar}", som ser likadan ut men ${w.text(a.difference)}.`,
    (a, w) => `There is "${a.similar}", which looks the same but ${w.text(a.difference)}.`,
  ),
  differsInMarks: phrase(
    (_: None) => 'skiljer sig i accenter eller andra tecken över eller under bokstäverna',
    () => 'differs in accents or other marks above or below the letters',
  ),
  differsInAlphabet: phrase(
    (a: { letters: ForeignLetter[] }) => `innehåller bokstäver från ett annat alfabet som liknar latinska: ${a.letters.map((l) => `${SCRIPT_SV[l.script]} "${l.letter}" (U+${l.code})`).join(', ')}`,
    (a) => `contains letters of another alphabet that look like Latin ones: ${a.letters.map((l) => `${SCRIPT_EN[l.script]} "${l.letter}" (U+${l.code})`).join(', ')}`,
  ),
  didYouMean: phrase(
    (a: { near: Names }, w) => `Menade du ${w.orList(a.near)}?`,
    (a, w) => `Did you mean ${w.orList(a.near)}?`,
  ),

  // ---- columns nothing uses (unusedColumns.ts) ----------------------------------------------------
  meaninglessColumn: phrase(
    (a: At & { hint: NestedMessage | null; columns: Names }, w) =>
      `Tabellen ${a.at.table} har kolumnen "${a.at.column}"${cell(a.at.cell)}, som inte hör till tabellen och inte används.${a.hint ? hint(w, a.hint) : ` Tabellens kolumner är ${w.list(a.columns)}.`}`,
    (a, w) =>
      `The table ${a.at.table} has the column "${a.at.column}"${cell(a.at.cell)}, which does not belong to the table and is not used.${a.hint ? hint(w, a.hint) : ` The table's columns are ${w.list(a.columns)}.`}`,
  ),
  unusedKey: phrase(
    (a: At & { hint: NestedMessage | null }, w) =>
      `${w.where(a.at)}: nyckeln används inte. Ingen tjänst har den som Nyckel (i Tjänster, Sammansatta nycklar eller Scenarier), så den påverkar inget pris.${hint(w, a.hint)}`,
    (a, w) => `${w.where(a.at)}: the key is not used. No service has it as Nyckel (in Tjänster, Sammansatta nycklar or Scenarier), so it affects no price.${hint(w, a.hint)}`,
  ),
  unusedDriver: phrase(
    (a: At & { hint: NestedMessage | null }, w) => `${w.where(a.at)}: drivaren används inte. Ingen rad i Kostnader eller Pooler fördelas efter den, så den påverkar inget pris.${hint(w, a.hint)}`,
    (a, w) => `${w.where(a.at)}: the driver is not used. No row in Kostnader or Pooler is spread by it, so it affects no price.${hint(w, a.hint)}`,
  ),

  // ---- names that become output column headers (outputHeaders.ts) -------------------------------
  headerFromDeviation: phrase(
    (a: { type: string; service: string }) => `avvikelsen "${a.type}" för ${a.service}`,
    (a) => `the deviation "${a.type}" of ${a.service}`,
  ),
  headerFromArea: phrase(
    (a: { area: string }) => `verksamhetsområdet "${a.area}"`,
    (a) => `the business area "${a.area}"`,
  ),
  headerFromScenario: phrase(
    (a: { name: string }) => `scenariot "${a.name}"`,
    (a) => `the scenario "${a.name}"`,
  ),
  headerTooLong: phrase(
    (a: At & { what: NestedMessage; header: string; output: string; length: number; max: number }, w) =>
      `${w.where(a.at)}: ${w.text(a.what)} ger kolumnrubriken "${a.header}" i ${a.output}, som blir ${a.length} tecken lång; Excel tillåter högst ${a.max} tecken i en kolumnrubrik. Korta namnet.`,
    (a, w) =>
      `${w.where(a.at)}: ${w.text(a.what)} makes the column header "${a.header}" in ${a.output}, ${a.length} characters long; Excel allows at most ${a.max} characters in a column header. Shorten the name.`,
  ),
  headerClash: phrase(
    (a: At & { what: NestedMessage; header: string; output: string; other: { what: NestedMessage; at: Place } | null }, w) =>
      `${w.where(a.at)}: ${w.text(a.what)} ger kolumnen "${a.header}" i ${a.output}, men ${a.output} har redan en kolumn med det namnet${a.other ? `, som kommer från ${w.text(a.other.what)} (${w.where(a.other.at)})` : ''}. Byt namn så att kolumnerna går att skilja åt.`,
    (a, w) =>
      `${w.where(a.at)}: ${w.text(a.what)} makes the column "${a.header}" in ${a.output}, but ${a.output} already has a column of that name${a.other ? `, which comes from ${w.text(a.other.what)} (${w.where(a.other.at)})` : ''}. Rename one so that the columns can be told apart.`,
  ),

  // ---- Inställningar (readSettings.ts) ------------------------------------------------------------
  unknownSetting: phrase(
    (a: At & { name: string; known: Names }, w) => `${w.where(a.at)}: parametern "${a.name}" är okänd och används inte. Kända parametrar: ${w.list(a.known)}.`,
    (a, w) => `${w.where(a.at)}: the parameter "${a.name}" is unknown and not used. Known parameters: ${w.list(a.known)}.`,
  ),
  duplicateSetting: phrase(
    (a: At & { name: string; earlier: number }, w) => `${w.where(a.at)}: parametern ${a.name} anges redan på rad ${a.earlier}.`,
    (a, w) => `${w.where(a.at)}: the parameter ${a.name} is already given on row ${a.earlier}.`,
  ),
  budgetYearNotWhole: phrase(
    (a: At, w) => `${w.where(a.at)}: Budgetår ska vara ett helt år, t.ex. 2027.`,
    (a, w) => `${w.where(a.at)}: Budgetår must be a whole year, e.g. 2027.`,
  ),

  // ---- Nycklar and Tjänster (readCustomers.ts, readServices.ts, readModel.ts) ---------------------
  duplicateCustomer: phrase(
    (a: { at: Place; name: string; earlier: number }, w) => `${w.where(a.at)}: kunden "${a.name}" finns redan på rad ${a.earlier}. Varje kund ska stå på en rad.`,
    (a, w) => `${w.where(a.at)}: the customer "${a.name}" is already on row ${a.earlier}. Each customer goes on one row.`,
  ),
  duplicateService: phrase(
    (a: At & { name: string; earlier: number }, w) => `${w.where(a.at)}: tjänsten "${a.name}" finns redan på rad ${a.earlier}.`,
    (a, w) => `${w.where(a.at)}: the service "${a.name}" is already on row ${a.earlier}.`,
  ),
  missingKey: phrase(
    (a: At & { name: string; model: string }, w) => `${w.where(a.at)}: tjänsten "${a.name}" har prismodellen ${a.model} och behöver en fördelningsnyckel.`,
    (a, w) => `${w.where(a.at)}: the service "${a.name}" has the pricing model ${a.model} and needs an allocation key (Nyckel).`,
  ),
  missingFixedShare: phrase(
    (a: At & { name: string }, w) => `${w.where(a.at)}: tjänsten "${a.name}" är Blandad och behöver en fast andel mellan 0 och 1.`,
    (a, w) => `${w.where(a.at)}: the service "${a.name}" is Blandad and needs a Fast andel between 0 and 1.`,
  ),
  missingPayer: phrase(
    (a: At & { name: string }, w) => `${w.where(a.at)}: tjänsten "${a.name}" har prismodellen Direkt och behöver en betalare.`,
    (a, w) => `${w.where(a.at)}: the service "${a.name}" has the pricing model Direkt and needs a payer (Betalare).`,
  ),
  setPriceIgnored: phrase(
    (a: At & { model: string }, w) => `${w.where(a.at)}: ett fastställt pris gäller bara Styck, Tim och rörliga delen av Blandad; för ${a.model} används det inte.`,
    (a, w) => `${w.where(a.at)}: a Fastställt pris applies only to Styck, Tim and the variable part of Blandad; for ${a.model} it is not used.`,
  ),
  unknownKey: phrase(
    (a: At & { key: string; known: Names }, w) => `${w.where(a.at)}: nyckeln "${a.key}" finns inte. Kända nycklar: ${w.list(a.known)}.`,
    (a, w) => `${w.where(a.at)}: there is no key "${a.key}". Known keys: ${w.list(a.known)}.`,
  ),
  unknownPayer: phrase(
    (a: At & { payer: string; hint: NestedMessage | null }, w) => `${w.where(a.at)}: betalaren "${a.payer}" finns inte i tabellen Nycklar.${hint(w, a.hint)}`,
    (a, w) => `${w.where(a.at)}: the payer "${a.payer}" is not in the table Nycklar.${hint(w, a.hint)}`,
  ),
  unknownCustomerType: phrase(
    (a: At & { type: string }, w) => `${w.where(a.at)}: ingen kund har kundtypen "${a.type}".`,
    (a, w) => `${w.where(a.at)}: no customer has the customer type (Kundtyp) "${a.type}".`,
  ),
  missingBands: phrase(
    (a: At & { service: string; tableMissing: boolean }, w) => `${w.where(a.at)}: tjänsten ${a.service} är en Paket-tjänst men har inga band i tabellen Paket${a.tableMissing ? ' (tabellen saknas)' : ''}.`,
    (a, w) => `${w.where(a.at)}: the service ${a.service} is a Paket service but has no bands in the table Paket${a.tableMissing ? ' (the table is missing)' : ''}.`,
  ),

  // ---- names used in other tables (readVolumes.ts, readExtras.ts, readMonthProfiles.ts) -----------
  unknownCustomer: phrase(
    (a: At & { name: string; hint: NestedMessage | null }, w) => `${w.where(a.at)}: kunden "${a.name}" finns inte i tabellen Nycklar.${hint(w, a.hint)}`,
    (a, w) => `${w.where(a.at)}: the customer "${a.name}" is not in the table Nycklar.${hint(w, a.hint)}`,
  ),
  unknownService: phrase(
    (a: At & { name: string; hint: NestedMessage | null }, w) => `${w.where(a.at)}: tjänsten "${a.name}" finns inte i tabellen Tjänster.${hint(w, a.hint)}`,
    (a, w) => `${w.where(a.at)}: the service "${a.name}" is not in the table Tjänster.${hint(w, a.hint)}`,
  ),

  // ---- Volymer, Avvikelsetyper, Avvikelser (readVolumes.ts) ---------------------------------------
  duplicateVolume: phrase(
    (a: At & { customer: string; service: string; earlier: number }, w) => `${w.where(a.at)}: ${a.customer} har redan en volym för ${a.service} på rad ${a.earlier}; volymerna summeras.`,
    (a, w) => `${w.where(a.at)}: ${a.customer} already has a volume for ${a.service} on row ${a.earlier}; the volumes are added together.`,
  ),
  costAndMinutes: phrase(
    (a: At, w) => `${w.where(a.at)}: både Kostnad per styck och Minuter är ifyllda; Kostnad per styck används.`,
    (a, w) => `${w.where(a.at)}: both Kostnad per styck and Minuter are filled in; Kostnad per styck is used.`,
  ),
  missingHourlyCost: phrase(
    (a: At, w) => `${w.where(a.at)}: avvikelsen anges i minuter men inställningen Timkostnad saknas i tabellen Inställningar.`,
    (a, w) => `${w.where(a.at)}: the deviation is given in minutes, but the setting Timkostnad is not in the table Inställningar.`,
  ),
  missingDeviationCost: phrase(
    (a: At & { name: string }, w) => `${w.where(a.at)}: ange Kostnad per styck eller Minuter för avvikelsen "${a.name}".`,
    (a, w) => `${w.where(a.at)}: enter Kostnad per styck or Minuter for the deviation "${a.name}".`,
  ),
  duplicateDeviationType: phrase(
    (a: At & { name: string; service: string; earlier: number }, w) => `${w.where(a.at)}: avvikelsen "${a.name}" för ${a.service} finns redan på rad ${a.earlier}.`,
    (a, w) => `${w.where(a.at)}: the deviation "${a.name}" of ${a.service} is already on row ${a.earlier}.`,
  ),
  unknownDeviation: phrase(
    (a: At & { name: string; service: string }, w) => `${w.where(a.at)}: avvikelsen "${a.name}" finns inte för tjänsten ${a.service} i tabellen Avvikelsetyper.`,
    (a, w) => `${w.where(a.at)}: the table Avvikelsetyper has no deviation "${a.name}" for the service ${a.service}.`,
  ),

  // ---- Sammansatta nycklar, Paket, Scenarier (readExtras.ts) ---------------------------------------
  compositeHidesKey: phrase(
    (a: At & { name: string }, w) => `${w.where(a.at)}: "${a.name}" är redan en nyckelkolumn i Nycklar; ge den sammansatta nyckeln ett annat namn.`,
    (a, w) => `${w.where(a.at)}: "${a.name}" is already a key column of Nycklar; give the composite key another name.`,
  ),
  unknownPartKey: phrase(
    (a: At & { text: string; keys: Names }, w) => `${w.where(a.at)}: "${a.text}" är ingen nyckelkolumn i Nycklar${a.keys.names.length ? ` (${w.list(a.keys)})` : ''}.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a key column of Nycklar${a.keys.names.length ? ` (${w.list(a.keys)})` : ''}.`,
  ),
  weightsNotOne: phrase(
    (a: At & { name: string; total: string }, w) => `${w.where(a.at)}: vikterna för "${a.name}" summerar till ${a.total}, inte 1.`,
    (a, w) => `${w.where(a.at)}: the weights of "${a.name}" add up to ${a.total}, not 1.`,
  ),
  bandsIgnored: phrase(
    (a: At & { service: string; model: string }, w) => `${w.where(a.at)}: tjänsten ${a.service} har prismodellen ${a.model}, inte Paket; bandet används bara i scenarier som gör den till Paket.`,
    (a, w) => `${w.where(a.at)}: the service ${a.service} has the pricing model ${a.model}, not Paket; the band is used only in scenarios that make it Paket.`,
  ),
  bandReversed: phrase(
    (a: At, w) => `${w.where(a.at)}: Till volym är mindre än Från volym.`,
    (a, w) => `${w.where(a.at)}: Till volym is less than Från volym.`,
  ),
  bandOpenNotLast: phrase(
    (a: At & { service: string; next: number }, w) => `${w.where(a.at)}: bandet för ${a.service} saknar Till volym men följs av bandet på rad ${a.next}. Bara det sista bandet får sakna Till volym.`,
    (a, w) => `${w.where(a.at)}: the band for ${a.service} has no Till volym but is followed by the band on row ${a.next}. Only the last band may leave Till volym empty.`,
  ),
  bandOverlap: phrase(
    (a: At & { service: string; from: string; prevRow: number; prevFrom: string; prevTo: string }, w) =>
      `${w.where(a.at)}: bandet för ${a.service} börjar på ${a.from} och överlappar bandet på rad ${a.prevRow} (${a.prevFrom}–${a.prevTo}).`,
    (a, w) => `${w.where(a.at)}: the band for ${a.service} starts at ${a.from} and overlaps the band on row ${a.prevRow} (${a.prevFrom}–${a.prevTo}).`,
  ),
  bandGap: phrase(
    (a: At & { service: string; to: string; from: string }, w) => `${w.where(a.at)}: det finns ett glapp mellan ${a.to} och ${a.from} i banden för ${a.service}.`,
    (a, w) => `${w.where(a.at)}: the bands for ${a.service} leave a gap between ${a.to} and ${a.from}.`,
  ),
  unknownScenarioTarget: phrase(
    (a: At & { target: string }, w) => `${w.where(a.at)}: "${a.target}" är varken en tjänst eller ett verksamhetsområde i tabellen Tjänster.`,
    (a, w) => `${w.where(a.at)}: "${a.target}" is neither a service nor a business area in the table Tjänster.`,
  ),

  // ---- Kostnader (readCosts.ts) ----------------------------------------------------------------------
  negativeCost: phrase(
    (a: At & { object: string }, w) => `${w.where(a.at)}: beloppet är negativt och minskar kostnaden för "${a.object}".`,
    (a, w) => `${w.where(a.at)}: the amount is negative and reduces the cost of "${a.object}".`,
  ),
  serviceIsAlso: phrase(
    (a: At & { object: string; also: ServiceLevel[] }, w) => `${w.where(a.at)}: "${a.object}" är både en tjänst och ${a.also.map((l) => LEVEL_SV[l]).join(' och ')}; raden bokas på tjänsten.`,
    (a, w) => `${w.where(a.at)}: "${a.object}" is both a service and ${a.also.map((l) => LEVEL_EN[l]).join(' and ')}; the row is booked on the service.`,
  ),
  processIsAlsoArea: phrase(
    (a: At & { object: string }, w) => `${w.where(a.at)}: "${a.object}" är både en process och ett verksamhetsområde; raden fördelas på processens tjänster.`,
    (a, w) => `${w.where(a.at)}: "${a.object}" is both a process and a business area; the row is spread over the process's services.`,
  ),
  unknownDriver: phrase(
    (a: At & { text: string; drivers: Names; direct: string }, w) =>
      `${w.where(a.at)}: "${a.text}" är varken en drivarkolumn i Tjänster${a.drivers.names.length ? ` (${w.list(a.drivers)})` : ''} eller "${a.direct}".`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is neither a driver column of Tjänster${a.drivers.names.length ? ` (${w.list(a.drivers)})` : ''} nor "${a.direct}".`,
  ),
  driverIgnored: phrase(
    (a: At & { service: string }, w) => `${w.where(a.at)}: raden bokas direkt på tjänsten "${a.service}", så drivaren används inte.`,
    (a, w) => `${w.where(a.at)}: the row is booked directly on the service "${a.service}", so the driver is not used.`,
  ),
  mistypedCostObject: phrase(
    (a: At & { object: string; pooler: boolean; near: Names }, w) =>
      `${w.where(a.at)}: "${a.object}" är ${a.pooler ? 'varken en tjänst, en process, ett verksamhetsområde eller en pool i tabellen Pooler' : 'varken en tjänst, en process eller ett verksamhetsområde'}. Menade du ${w.orList(a.near)}?${a.pooler ? '' : ' Är det en gemensam pool med ett eget namn, deklarera den i tabellen Pooler.'}`,
    (a, w) =>
      `${w.where(a.at)}: "${a.object}" is neither a service, a process${a.pooler ? ', a business area nor a pool in the table Pooler' : ' nor a business area'}. Did you mean ${w.orList(a.near)}?${a.pooler ? '' : ' If it is a common pool with a name of its own, declare it in the table Pooler.'}`,
  ),
  undeclaredPool: phrase(
    (a: At & { object: string; pools: Names }, w) =>
      `${w.where(a.at)}: "${a.object}" är varken en tjänst, en process, ett verksamhetsområde eller en pool i tabellen Pooler${a.pools.names.length ? ` (${w.list(a.pools)})` : ''}. Är det en gemensam pool, lägg till den i Pooler.`,
    (a, w) =>
      `${w.where(a.at)}: "${a.object}" is neither a service, a process, a business area nor a pool in the table Pooler${a.pools.names.length ? ` (${w.list(a.pools)})` : ''}. If it is a common pool, add it to Pooler.`,
  ),

  // ---- Pooler (readPools.ts) ---------------------------------------------------------------------------
  duplicatePool: phrase(
    (a: At & { name: string; earlier: number }, w) => `${w.where(a.at)}: poolen "${a.name}" finns redan på rad ${a.earlier}.`,
    (a, w) => `${w.where(a.at)}: the pool "${a.name}" is already on row ${a.earlier}.`,
  ),
  poolIsInServices: phrase(
    (a: At & { name: string; level: ServiceLevel }, w) => `${w.where(a.at)}: "${a.name}" är ${LEVEL_SV[a.level]} i Tjänster och kan inte vara en gemensam pool. Ta bort raden.`,
    (a, w) => `${w.where(a.at)}: "${a.name}" is ${LEVEL_EN[a.level]} in Tjänster and cannot be a common pool. Delete the row.`,
  ),
  poolSameAsService: phrase(
    (a: At & { name: string; near: Names }, w) =>
      `${w.where(a.at)}: "${a.name}" skiljer sig från ${w.orList(quoted(a.near))} i Tjänster bara i stora och små bokstäver, mellanslag eller accenter. Ge poolen ett eget namn, eller ta bort raden och skriv namnet som i Tjänster i Kostnader.`,
    (a, w) =>
      `${w.where(a.at)}: "${a.name}" differs from ${w.orList(quoted(a.near))} in Tjänster only in upper and lower case, spaces or accents. Give the pool a name of its own, or delete the row and write the name in Kostnader as in Tjänster.`,
  ),
  poolLikeService: phrase(
    (a: At & { name: string; near: Names }, w) =>
      `${w.where(a.at)}: poolen "${a.name}" liknar ${w.orList(quoted(a.near))} i Tjänster. Raderna på "${a.name}" i Kostnader fördelas som en gemensam pool på alla tjänster; är det ett skrivfel, rätta namnet här och i Kostnader.`,
    (a, w) =>
      `${w.where(a.at)}: the pool "${a.name}" resembles ${w.orList(quoted(a.near))} in Tjänster. The rows on "${a.name}" in Kostnader are spread as a common pool over all services; if it is a typo, correct the name here and in Kostnader.`,
  ),
  poolWithoutCosts: phrase(
    (a: At & { name: string }, w) => `${w.where(a.at)}: poolen "${a.name}" har inga rader i Kostnader och fördelar inget.`,
    (a, w) => `${w.where(a.at)}: the pool "${a.name}" has no rows in Kostnader and spreads nothing.`,
  ),

  // ---- Poolutbyte (readPoolFlows.ts) -------------------------------------------------------------------
  flowNotAPool: phrase(
    (a: At & { text: string; level: ServiceLevel }, w) => `${w.where(a.at)}: "${a.text}" är ${LEVEL_SV[a.level]}, inte en gemensam pool. ${POOL_RULE_SV}.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is ${LEVEL_EN[a.level]}, not a common pool. ${POOL_RULE_EN}.`,
  ),
  flowNotDeclared: phrase(
    (a: At & { text: string; hint: NestedMessage | null; declared: Names }, w) => `${w.where(a.at)}: "${a.text}" är ingen pool i tabellen Pooler.${a.hint ? hint(w, a.hint) : ` Poolerna i Pooler: ${w.list(a.declared)}.`}`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a pool in the table Pooler.${a.hint ? hint(w, a.hint) : ` The pools in Pooler: ${w.list(a.declared)}.`}`,
  ),
  flowPoolWithoutCosts: phrase(
    (a: At & { text: string }, w) => `${w.where(a.at)}: poolen "${a.text}" i Pooler har inga rader i Kostnader, så den har inget att ge eller fördela.`,
    (a, w) => `${w.where(a.at)}: the pool "${a.text}" in Pooler has no rows in Kostnader, so it has nothing to give or spread.`,
  ),
  flowUnknownPool: phrase(
    (a: At & { text: string; hint: NestedMessage | null; pools: Names }, w) =>
      `${w.where(a.at)}: "${a.text}" är ingen pool i Kostnader. ${POOL_RULE_SV}.${a.hint ? hint(w, a.hint) : a.pools.names.length > 0 ? ` Poolerna i Kostnader: ${w.list(a.pools)}.` : ' Kostnader har inga sådana rader.'}`,
    (a, w) =>
      `${w.where(a.at)}: "${a.text}" is not a pool in Kostnader. ${POOL_RULE_EN}.${a.hint ? hint(w, a.hint) : a.pools.names.length > 0 ? ` The pools in Kostnader: ${w.list(a.pools)}.` : ' Kostnader has no such rows.'}`,
  ),
  poolToItself: phrase(
    (a: At & { pool: string }, w) => `${w.where(a.at)}: poolen ${a.pool} kan inte ge till sig själv; ta bort raden eller ange en annan pool.`,
    (a, w) => `${w.where(a.at)}: the pool ${a.pool} cannot give to itself; delete the row or enter another pool.`,
  ),
  duplicatePoolFlow: phrase(
    (a: At & { from: string; to: string; earlier: number }, w) => `${w.where(a.at)}: utbytet från ${a.from} till ${a.to} anges redan på rad ${a.earlier}; slå ihop raderna till en.`,
    (a, w) => `${w.where(a.at)}: the exchange from ${a.from} to ${a.to} is already given on row ${a.earlier}; merge the rows into one.`,
  ),
  poolGivesTooMuch: phrase(
    (a: At & { pool: string; percent: string; rows: Names }, w) =>
      `${w.where(a.at)}: poolen ${a.pool} ger bort ${a.percent} av sin kostnad (rad ${w.list(a.rows)}), mer än 100 %. Andelarna från en pool får summera till högst 1.`,
    (a, w) =>
      `${w.where(a.at)}: the pool ${a.pool} gives away ${a.percent} of its cost (${a.rows.names.length + a.rows.more > 1 ? 'rows' : 'row'} ${w.list(a.rows)}), more than 100 %. The shares a pool gives away may add up to at most 1.`,
  ),

  // ---- Månadsprofil (readMonthProfiles.ts) -------------------------------------------------------------
  duplicateMonth: phrase(
    (a: At & { service: string; month: number; earlier: number }, w) => `${w.where(a.at)}: ${a.service} har redan en andel för ${w.month(a.month)} på rad ${a.earlier}. Varje månad ska stå en gång per tjänst.`,
    (a, w) => `${w.where(a.at)}: ${a.service} already has a share for ${w.month(a.month)} on row ${a.earlier}. Each month goes once per service.`,
  ),
  sharesNotOne: phrase(
    (a: At & { service: string; total: string }, w) => `${w.where(a.at)}: andelarna för ${a.service} summerar till ${a.total}, inte 1.`,
    (a, w) => `${w.where(a.at)}: the shares of ${a.service} add up to ${a.total}, not 1.`,
  ),
  profileNotUsed: phrase(
    (a: At & { service: string; model: string }, w) =>
      `${w.where(a.at)}: ${a.service} har prismodellen ${a.model} och faktureras med lika belopp varje månad; månadsprofilen gäller bara styck- och timpriser (och den rörliga delen av Blandad).`,
    (a, w) =>
      `${w.where(a.at)}: ${a.service} has the pricing model ${a.model} and is invoiced the same amount every month; a month profile applies only to unit and hourly prices (and the variable part of Blandad).`,
  ),
  budgetYearMissing: phrase(
    (_: None) => 'Budgetår saknas i tabellen Inställningar, så Fakturaunderlagets perioder anges utan år (01–12). Lägg till parametern Budgetår, t.ex. 2027.',
    () => 'Budgetår is not in the table Inställningar, so the periods of Fakturaunderlag have no year (01–12). Add the parameter Budgetår, e.g. 2027.',
  ),
  budgetYearFromProfile: phrase(
    (a: { year: number; row: number }) => `Budgetår saknas i tabellen Inställningar; Fakturaunderlaget använder året ${a.year} från Månadsprofil rad ${a.row}. Lägg till parametern Budgetår.`,
    (a) => `Budgetår is not in the table Inställningar; Fakturaunderlag uses the year ${a.year} from Månadsprofil row ${a.row}. Add the parameter Budgetår.`,
  ),
  invalidMonth: phrase(
    (a: At & { text: string; year: number }, w) => `${w.where(a.at)}: "${a.text}" är ingen månad. Skriv månadens nummer (1–12), år och månad (${a.year}-03) eller månadens namn (mars).`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a month. Write the month's number (1–12), the year and month (${a.year}-03) or the month's Swedish name (mars).`,
  ),
  monthOutsideBudgetYear: phrase(
    (a: At & { text: string; date: string | null; budgetYear: number }, w) => `${w.where(a.at)}: ${readSv(a)} ligger inte i budgetåret ${a.budgetYear} (Inställningar).`,
    (a, w) => `${w.where(a.at)}: ${readEn(a)} is not in the budget year ${a.budgetYear} (Inställningar).`,
  ),
  monthOutsideProfileYear: phrase(
    (a: At & { text: string; date: string | null; year: number; profileRow: number; profileYear: number }, w) =>
      `${w.where(a.at)}: ${readSv(a)} ligger i ${a.year}, men rad ${a.profileRow} anger året ${a.profileYear}. Månadsprofilen gäller ett budgetår.`,
    (a, w) => `${w.where(a.at)}: ${readEn(a)} is in ${a.year}, but row ${a.profileRow} gives the year ${a.profileYear}. The month profile covers one budget year.`,
  ),
};
