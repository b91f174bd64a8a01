/**
 * The input side of the workbook contract (spec/WORKBOOK.md): table and column names, what each
 * column holds, and the values a column may take. Parsing, the template and the example
 * workbook are all built from this one description.
 */

import { cleanName } from './names';

export type ColumnType = 'text' | 'number' | 'enum';

export interface ColumnSpec {
  /** The header as the contract spells it. */
  header: string;
  type: ColumnType;
  /** Required on every row (a table's required columns must also exist as headers). */
  required?: boolean;
  /** For enum columns: the allowed values (matched case-insensitively). */
  values?: readonly string[];
  /** A short Swedish help text, shown in the template. */
  help: string;
}

export interface TableSpec {
  name: string;
  /** Required in every workbook; conditional requirements are checked by the parser. */
  required: boolean;
  columns: readonly ColumnSpec[];
  /** Extra columns have a meaning: allocation keys (Nycklar) or drivers (Tjänster). */
  extraColumns?: 'key' | 'driver';
  /**
   * Columns other parts of the tool write into the table and the calculation does not read
   * (Kostnader's and Utfall's Källa, written by the ledger import): neither offered by the template nor
   * warned about as unknown.
   */
  otherColumns?: readonly ColumnSpec[];
  help: string;
}

export const SERVICE_KINDS = ['Bastjänst', 'Tilläggshantering', 'Tilläggstjänst', 'Uppdrag'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const PRICING_MODELS = ['Fast', 'Styck', 'Tim', 'Blandad', 'Direkt', 'Paket'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

/** Pristaksmetod: the cap only flags a price above it (Flagga), or charges such a price at the cap (Begränsa). */
export const PRICE_CAP_METHODS = ['Flagga', 'Begränsa'] as const;
export type PriceCapMethod = (typeof PRICE_CAP_METHODS)[number];

export const DEVIATION_METHODS = ['Händelsekostnad', 'Nyckelviktning'] as const;
export type DeviationMethod = (typeof DEVIATION_METHODS)[number];

/** How common pools that serve each other (Poolutbyte) are solved: exactly, or one after another. */
export const POOL_METHODS = ['Ömsesidig', 'Stegvis'] as const;

/** Prognosmetod: how the rest of the year is forecast from the months closed so far. */
export const FORECAST_METHODS = ['Budget resten av året', 'Takt'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Avräkning: what of the year's result goes back to (or is charged to) the customers. */
export const SETTLEMENT_METHODS = ['Ingen', 'Över tak', 'Full'] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];
export type PoolMethod = (typeof POOL_METHODS)[number];

/** Spårning: Ja writes the trace table however long, Nej never; blank up to a bound (report/trace.ts). */
export const TRACE_CHOICES = ['Ja', 'Nej'] as const;
export type TraceChoice = (typeof TRACE_CHOICES)[number];

/** The key that reads each customer's previous-year volume of the service from Volymer. */
export const LAST_YEAR_VOLUME_KEY = 'Fjolårsvolym';

/** The word in Scenarier's Kundtyper that means every customer shares. */
export const ALL_CUSTOMERS = 'Alla';

/** The default driver for spreading cost rows that are not booked on a service. */
export const DIRECT_COST_DRIVER = 'Direkt kostnad';

export const SETTINGS = [
  'Budgetår',
  'Pristak',
  'Pristaksmetod',
  'Beloppsavrundning',
  'Timkostnad',
  'Avvikelsemetod',
  'Avvikelsevikt',
  'Tröskel',
  'Övergångstak',
  'Poolmetod',
  'Spårning',
  'Uppföljning t.o.m.',
  'Prognosmetod',
  'Resultatfond IB',
  'Resultatfondstak',
  'Avräkning',
  'Jämför med version',
  'Momspliktiga kundtyper',
] as const;
export type SettingName = (typeof SETTINGS)[number];

export const TABLES = {
  Nycklar: {
    name: 'Nycklar',
    required: true,
    extraColumns: 'key',
    help: 'En rad per kund. Övriga kolumner är fördelningsnycklar (Omsättning, Anställda, Invånare …). Från månad och Till månad anger en kund som börjar eller slutar under året.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'Kundens namn, unikt.' },
      { header: 'Kundtyp', type: 'text', help: 'Stadsdelsförvaltning, Fackförvaltning, Bolag, SLK …' },
      { header: 'Från månad', type: 'number', help: 'Första månaden (1–12) kunden är kund under året; tom = januari.' },
      { header: 'Till månad', type: 'number', help: 'Sista månaden (1–12) kunden är kund under året; tom = december.' },
      { header: 'Kundnummer', type: 'text', help: 'Kundens nummer i ekonomisystemet, till fakturafilen (Fakturakolumner).' },
      { header: 'Motpart', type: 'text', help: 'Motpartskod i ekonomisystemet (intern eller extern motpart), till fakturafilen.' },
    ],
  },
  Tjänster: {
    name: 'Tjänster',
    required: true,
    extraColumns: 'driver',
    help: 'En rad per tjänst. Övriga kolumner är drivare för att fördela gemensamma kostnader (Årsarbetare, Timmar …).',
    columns: [
      { header: 'Tjänst', type: 'text', required: true, help: 'Tjänstens namn, unikt.' },
      { header: 'Verksamhetsområde', type: 'text', required: true, help: 'Ekonomi, Lön och pension …' },
      { header: 'Process', type: 'text', help: 'Självkostnadsnivån; tom = tjänsten själv.' },
      { header: 'Tjänstetyp', type: 'enum', required: true, values: SERVICE_KINDS, help: 'Bastjänst, Tilläggshantering, Tilläggstjänst eller Uppdrag.' },
      { header: 'Prismodell', type: 'enum', required: true, values: PRICING_MODELS, help: 'Fast, Styck, Tim, Blandad, Direkt eller Paket.' },
      { header: 'Nyckel', type: 'text', help: 'Fördelningsnyckel för Fast och Blandad.' },
      { header: 'Fast andel', type: 'number', help: 'Andel 0–1 som nycklas, för Blandad.' },
      { header: 'Betalare', type: 'text', help: 'Kunden som betalar allt, för Direkt.' },
      { header: 'Enhet', type: 'text', help: 'st, tim, ärende, anställd/mån, deltagare …' },
      { header: 'Prissteg', type: 'number', help: 'Avrundning av priset, standard 0,01 kr.' },
      { header: 'Fastställt pris', type: 'number', help: 'Beslutat pris som används i stället för det beräknade.' },
      { header: 'Fjolårspris', type: 'number', help: 'Förra årets pris, för förändring och pristak.' },
      { header: 'Avtalat belopp', type: 'number', help: 'Avtalad årssumma för en Fast- eller Direkt-tjänst, som tas ut i stället för självkostnaden.' },
      { header: 'Kundtyper', type: 'text', help: 'Kommaseparerad lista: bara dessa kundtyper delar en nycklad kostnad.' },
      { header: 'Beskrivning', type: 'text', help: 'Till tjänstekatalogen.' },
      { header: 'SLA', type: 'text', help: 'Servicenivå, till tjänstekatalogen.' },
      { header: 'Artikel', type: 'text', help: 'Artikel i ekonomisystemet, till fakturafilen (Fakturakolumner).' },
      { header: 'Intäktskonto', type: 'text', help: 'Kontot intäkten bokas på, till fakturafilen.' },
      { header: 'Ansvar', type: 'text', help: 'Ansvar (kostnadsställe) intäkten bokas på, till fakturafilen.' },
      { header: 'Verksamhet', type: 'text', help: 'Verksamhet intäkten bokas på, till fakturafilen.' },
      { header: 'Aktivitet', type: 'text', help: 'Aktivitet eller projekt intäkten bokas på, till fakturafilen.' },
      { header: 'Momssats', type: 'number', help: 'Moms på fakturaraderna till momspliktiga kunder: 25 %, 12 %, 6 % eller 0 %; tom = 25 %.' },
    ],
  },
  Kostnader: {
    name: 'Kostnader',
    required: true,
    help: 'Budgeterade kostnader per tjänst, process, verksamhetsområde eller gemensam pool.',
    columns: [
      { header: 'Kostnadsobjekt', type: 'text', required: true, help: 'En tjänst, process, ett verksamhetsområde eller en gemensam pool.' },
      { header: 'Kostnadsslag', type: 'text', help: 'Personal, Lokaler, IT, System, Övrigt.' },
      { header: 'Belopp', type: 'number', required: true, help: 'Kronor; negativt = intäkt som minskar kostnaden.' },
      { header: 'Fördelas efter', type: 'text', help: 'Drivarkolumn i Tjänster eller "Direkt kostnad" (standard).' },
    ],
    otherColumns: [{ header: 'Källa', type: 'text', help: 'Fylls i av huvudboksimporten ("Huvudboksimport: fil datum"); rader utan den är dina egna och behålls vid nästa import.' }],
  },
  Pooler: {
    name: 'Pooler',
    required: false,
    help: 'Gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde och fördelas på alla tjänster. Finns tabellen med rader är ett kostnadsobjekt som inte står här ett fel.',
    columns: [
      { header: 'Pool', type: 'text', required: true, help: 'Poolens namn, unikt; som i Kostnader.Kostnadsobjekt.' },
      { header: 'Fördelas efter', type: 'text', help: 'Drivarkolumn i Tjänster eller "Direkt kostnad": gäller poolens rader i Kostnader som lämnar Fördelas efter tom.' },
      { header: 'Beskrivning', type: 'text', help: 'Vad poolen är.' },
    ],
  },
  Poolutbyte: {
    name: 'Poolutbyte',
    required: false,
    help: 'Gemensamma pooler som betjänar varandra (IT betjänar administrationen och tvärtom): hur stor andel av en pools totala kostnad, inklusive det den själv får, som går till en annan pool. Resten fördelas på tjänsterna efter poolens drivare.',
    columns: [
      { header: 'Från pool', type: 'text', required: true, help: 'Poolen som ger: ett kostnadsobjekt i Kostnader som inte är en tjänst, process eller ett verksamhetsområde.' },
      { header: 'Till pool', type: 'text', required: true, help: 'Poolen som tar emot; en annan pool i Kostnader.' },
      { header: 'Andel', type: 'number', required: true, help: 'Andel 0–1 av den givande poolens totala kostnad; andelarna från en pool summerar till högst 1.' },
    ],
  },
  Volymer: {
    name: 'Volymer',
    required: false,
    help: 'Budgeterade volymer per kund och tjänst.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Volym', type: 'number', required: true, help: 'Budgeterad volym för året.' },
      { header: 'Fjolårsvolym', type: 'number', help: 'Förra årets volym; nyckeln "Fjolårsvolym".' },
    ],
  },
  Fjolårsbelopp: {
    name: 'Fjolårsbelopp',
    required: false,
    help: 'Vad varje kund fakturerades i fjol per tjänst, avvikelseavgifter inräknade; jämförelsegrunden för Förändringsanalys, Övergång, Kundbesked och Kundsammanställning.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Belopp', type: 'number', required: true, help: 'Fakturerat i fjol för tjänsten, i kronor, avvikelseavgifter inräknade.' },
      { header: 'Varav avvikelser', type: 'number', help: 'Den del av Belopp som var avgifter för avvikelser; tom = inga.' },
    ],
  },
  Utfall: {
    name: 'Utfall',
    required: false,
    help: 'Bokförda kostnader per månad, på samma kostnadsobjekt som Kostnader (tjänster, processer, verksamhetsområden, pooler).',
    columns: [
      { header: 'Kostnadsobjekt', type: 'text', required: true, help: 'Ett kostnadsobjekt som i Kostnader.' },
      { header: 'Kostnadsslag', type: 'text', help: 'Valfritt, som i Kostnader.' },
      { header: 'Månad', type: 'text', required: true, help: 'Månadens nummer (1–12), år och månad (2027-03) eller namn (mars), i budgetåret.' },
      { header: 'Belopp', type: 'number', required: true, help: 'Bokfört belopp i kronor; negativt tillåtet.' },
    ],
    otherColumns: [{ header: 'Källa', type: 'text', help: 'Fylls i av huvudboksimporten ("Huvudboksimport: fil datum"); rader utan den är dina egna och behålls vid nästa import.' }],
  },
  Utfallsvolymer: {
    name: 'Utfallsvolymer',
    required: false,
    help: 'Utförda volymer per kund, tjänst och månad.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Månad', type: 'text', required: true, help: 'Månaden, i budgetåret.' },
      { header: 'Volym', type: 'number', required: true, help: 'Utförd volym under månaden.' },
    ],
  },
  Fakturerat: {
    name: 'Fakturerat',
    required: false,
    help: 'Vad kunderna faktiskt fakturerats per tjänst och månad; utan tabellen räknas intäkten fram ur priserna och utfallet.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Månad', type: 'text', required: true, help: 'Månaden, i budgetåret.' },
      { header: 'Belopp', type: 'number', required: true, help: 'Fakturerat belopp i kronor; en kreditering negativ.' },
    ],
  },
  Utfallsavvikelser: {
    name: 'Utfallsavvikelser',
    required: false,
    help: 'Inträffade avvikelser per kund, tjänst, typ och månad.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Avvikelse', type: 'text', required: true, help: 'En avvikelsetyp i Avvikelsetyper.' },
      { header: 'Månad', type: 'text', required: true, help: 'Månaden, i budgetåret.' },
      { header: 'Antal', type: 'number', required: true, help: 'Antal händelser under månaden.' },
    ],
  },
  Månadsprofil: {
    name: 'Månadsprofil',
    required: false,
    help: 'Hur en styck- eller timprissatt tjänsts volym fördelar sig över årets månader, för Fakturaunderlaget. Andelarna per tjänst summerar till 1; utan profil faktureras lika varje månad.',
    columns: [
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Månad', type: 'text', required: true, help: 'Månadens nummer (1–12), år och månad (2027-03) eller namn (mars).' },
      { header: 'Andel', type: 'number', required: true, help: 'Månadens andel av årets volym, 0–1.' },
    ],
  },
  Avvikelser: {
    name: 'Avvikelser',
    required: false,
    help: 'Oönskat beteende: antal avvikelser per kund, tjänst och typ.',
    columns: [
      { header: 'Kund', type: 'text', required: true, help: 'En kund i Nycklar.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Avvikelse', type: 'text', required: true, help: 'En avvikelsetyp i Avvikelsetyper.' },
      { header: 'Antal', type: 'number', required: true, help: 'Antal händelser per år.' },
    ],
  },
  Avvikelsetyper: {
    name: 'Avvikelsetyper',
    required: false,
    help: 'Standardkostnad per avvikelse.',
    columns: [
      { header: 'Avvikelse', type: 'text', required: true, help: 'Namn, unikt per tjänst.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst i Tjänster.' },
      { header: 'Kostnad per styck', type: 'number', help: 'Kronor per händelse.' },
      { header: 'Minuter', type: 'number', help: 'Alternativ: minuter per händelse × inställningen Timkostnad.' },
      { header: 'Beskrivning', type: 'text', help: 'Vad avvikelsen är.' },
    ],
  },
  'Sammansatta nycklar': {
    name: 'Sammansatta nycklar',
    required: false,
    help: 'Viktade blandningar av normerade nycklar; vikterna för en nyckel summerar till 1.',
    columns: [
      { header: 'Nyckel', type: 'text', required: true, help: 'Den sammansatta nyckelns namn.' },
      { header: 'Delnyckel', type: 'text', required: true, help: 'En nyckelkolumn i Nycklar.' },
      { header: 'Vikt', type: 'number', required: true, help: 'Delnyckelns vikt, 0–1.' },
    ],
  },
  Paket: {
    name: 'Paket',
    required: false,
    help: 'Pristrappa för Paket-tjänster: priset för bandet kundens volym hamnar i.',
    columns: [
      { header: 'Tjänst', type: 'text', required: true, help: 'En Paket-tjänst.' },
      { header: 'Från volym', type: 'number', required: true, help: 'Bandets lägsta volym.' },
      { header: 'Till volym', type: 'number', help: 'Bandets högsta volym; tom = utan tak.' },
      { header: 'Pris', type: 'number', required: true, help: 'Årspriset för bandet.' },
    ],
  },
  Inställningar: {
    name: 'Inställningar',
    required: false,
    help: 'Parametrar: Budgetår, Pristak, Pristaksmetod, Beloppsavrundning, Timkostnad, Avvikelsemetod, Avvikelsevikt, Tröskel, Övergångstak, Poolmetod, Spårning, Uppföljning t.o.m., Prognosmetod.',
    columns: [
      { header: 'Parameter', type: 'text', required: true, help: 'Parameterns namn.' },
      { header: 'Värde', type: 'text', help: 'Värdet.' },
    ],
  },
  Scenarier: {
    name: 'Scenarier',
    required: false,
    help: 'Alternativa prismodeller och nycklar per tjänst eller verksamhetsområde.',
    columns: [
      { header: 'Scenario', type: 'text', required: true, help: 'Scenariots namn.' },
      { header: 'Tjänst', type: 'text', required: true, help: 'En tjänst, eller ett verksamhetsområde för alla dess tjänster.' },
      { header: 'Prismodell', type: 'enum', values: PRICING_MODELS, help: 'Ny prismodell; tom = oförändrad.' },
      { header: 'Nyckel', type: 'text', help: 'Ny nyckel; tom = oförändrad.' },
      { header: 'Fast andel', type: 'number', help: 'Ny fast andel för Blandad.' },
      { header: 'Kundtyper', type: 'text', help: 'Vilka kundtyper som delar en nycklad kostnad: kommaseparerad lista, eller Alla för alla kunder; tom = oförändrat.' },
      { header: 'Volymfaktor', type: 'number', help: 'Kundernas volymer gånger detta tal, t.ex. 0,95 för vikande volymer (större än 0, högst 10, högst fyra decimaler); tom = oförändrade.' },
    ],
  },
  Fakturakolumner: {
    name: 'Fakturakolumner',
    required: false,
    help: 'Fakturafilens kolumner (intaktsmodell invoice) i ekonomisystemets ordning: vilket fält och med vilken rubrik. Utan rader: Kund, Tjänst, Period, Belopp, Text.',
    columns: [
      { header: 'Kolumn', type: 'text', required: true, help: 'Ett fält: Kund, Kundnummer, Motpart, Tjänst, Artikel, Intäktskonto, Ansvar, Verksamhet, Aktivitet, Period, Månad, Belopp, Netto, Momssats, Moms, Brutto, Text …' },
      { header: 'Rubrik', type: 'text', help: 'Kolumnens rubrik i filen; tom = fältets namn.' },
    ],
  },
  Kontering: {
    name: 'Kontering',
    required: false,
    help: 'Regler för huvudboksimporten (intaktsmodell import): vilket kostnadsobjekt och kostnadsslag en rad i huvudboken går till. Den mest specifika regel som passar vinner. Beräkningen läser inte tabellen.',
    columns: [
      { header: 'Konto', type: 'text', help: 'Ett konto (5410), ett intervall (5000-5999) eller ett prefix (54*); tom = alla.' },
      { header: 'Ansvar', type: 'text', help: 'Ansvar (kostnadsställe): ett värde eller ett prefix (10*); tom = alla.' },
      { header: 'Verksamhet', type: 'text', help: 'Verksamhet: ett värde eller ett prefix; tom = alla.' },
      { header: 'Aktivitet', type: 'text', help: 'Aktivitet eller projekt: ett värde eller ett prefix; tom = alla.' },
      { header: 'Kostnadsobjekt', type: 'text', required: true, help: 'Kostnadsobjektet i Kostnader som beloppen går till.' },
      { header: 'Kostnadsslag', type: 'text', help: 'Kostnadsslaget i Kostnader.' },
      { header: 'Fördelas efter', type: 'text', help: 'Fördelas efter i Kostnader; tom = standard.' },
    ],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
/**
 * Tables of the contract the calculation does not read: Kontering (the ledger import's rules).
 * They are not in TABLE_ORDER, so the template, the example and Excel's recalculation trigger
 * leave them out.
 */
export const IMPORT_TABLES: readonly TableName[] = ['Kontering'];
export const TABLE_ORDER: readonly TableName[] = [
  'Inställningar',
  'Nycklar',
  'Tjänster',
  'Kostnader',
  'Pooler',
  'Poolutbyte',
  'Volymer',
  'Fjolårsbelopp',
  'Månadsprofil',
  'Avvikelsetyper',
  'Avvikelser',
  'Sammansatta nycklar',
  'Paket',
  'Scenarier',
  'Utfall',
  'Utfallsvolymer',
  'Utfallsavvikelser',
  'Fakturerat',
  'Fakturakolumner',
];

const normalized = new Map<string, string>();

/**
 * Name and header matching: the shown name (names.ts cleanName: NFC, zero-width characters
 * removed, spaces, tabs and line breaks collapsed to one space, trimmed), case-insensitive.
 */
export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    n = cleanName(name).toLocaleLowerCase('sv-SE').normalize('NFC');
    // Names repeat on every row (customers, services); the memo is bounded for long sessions.
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(name, n);
  }
  return n;
}

/**
 * Table-name matching. Excel forbids spaces in table names, so "Sammansatta nycklar" is
 * written `Sammansatta_nycklar` (or `SammansattaNycklar`): spaces and underscores are ignored.
 */
export function normalizeTableName(name: string): string {
  return normalizeName(name).replace(/[\s_]+/g, '');
}

/** The name a table gets when the add-in creates it in Excel (no spaces allowed there). */
export function excelTableName(name: string): string {
  return name.trim().replace(/\s+/g, '_');
}
