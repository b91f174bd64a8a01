import type { Dec } from './decimal';
import type { DeviationMethod, ForecastMethod, SettlementMethod, PoolMethod, PriceCapMethod, PricingModel, ServiceKind, TraceChoice } from './schema';
import type { Place } from './problems';
import type { InvoiceSetup } from './invoicing/setup';

/** The validated contents of the input tables, as the calculation uses them. */

export interface Customer {
  name: string;
  type: string | null;
  /** Allocation keys by header, as written in Nycklar (blank = 0). */
  keys: Map<string, Dec>;
  /** Från månad–Till månad: the months the customer is active; null for the whole year. */
  months: ActiveMonths | null;
  row: number;
}

/** The months a customer is active, as month indices 0–11 (January = 0), both included. */
export interface ActiveMonths {
  from: number;
  to: number;
}

export interface Service {
  name: string;
  area: string;
  process: string;
  kind: ServiceKind;
  model: PricingModel;
  key: string | null;
  fixedShare: Dec | null;
  payer: string | null;
  unit: string | null;
  priceStep: Dec;
  /** False when Prissteg was left empty and priceStep is the default 0,01 (messages say which). */
  priceStepGiven: boolean;
  setPrice: Dec | null;
  /** Avtalat belopp: the agreed yearly sum a Fast or Direkt service charges instead of its self-cost. */
  agreedAmount: Dec | null;
  lastPrice: Dec | null;
  customerTypes: string[] | null;
  description: string | null;
  sla: string | null;
  /** Driver columns by header (blank = 0). */
  drivers: Map<string, Dec>;
  row: number;
}

export type CostTarget =
  | { level: 'service'; name: string }
  | { level: 'process'; name: string }
  | { level: 'area'; name: string }
  | { level: 'pool'; name: string };

export interface CostRow {
  object: string;
  target: CostTarget;
  costType: string | null;
  amount: Dec;
  /** A driver header of Tjänster, or null for the services' direct cost. */
  driver: string | null;
  row: number;
}

export interface Volume {
  volume: Dec;
  lastVolume: Dec | null;
  /** First Volymer row of this (customer, service), for locating problems. */
  row: number;
}

/** One row of Utfall: an actual cost booked in a month on a cost object (as a Kostnader row is). */
export interface ActualCost {
  target: CostTarget;
  /** The month, 0–11. */
  month: number;
  amount: Dec;
  row: number;
}

/** The year's actuals so far (Utfall, Utfallsvolymer, Utfallsavvikelser). */
export interface Actuals {
  costs: ActualCost[];
  /** service -> customer -> volume per month (twelve entries). */
  volumes: Map<string, Map<string, Dec[]>>;
  /** service -> customer -> deviation type -> count per month. */
  deviations: Map<string, Map<string, Map<string, Dec[]>>>;
  /** Fakturerat: service -> customer -> invoiced amount per month; null without the table (revenue is then worked out). */
  invoiced: Map<string, Map<string, Dec[]>> | null;
  /** The last closed month, 0–11: the setting, else the latest month with actuals. */
  lastMonth: number;
}

/** A customer's invoiced amount for a service last year (Fjolårsbelopp; rows of a pair summed). */
export interface LastYearAmount {
  amount: Dec;
  /** Of which deviation charges (Varav avvikelser; 0 when blank). */
  deviations: Dec;
  /** First Fjolårsbelopp row of this (customer, service), for locating problems. */
  row: number;
}

export interface DeviationType {
  service: string;
  name: string;
  /** Standard cost per event in kronor (Minuter × Timkostnad / 60 when given in minutes). */
  unitCost: Dec;
  description: string | null;
  row: number;
}

export interface CompositePart {
  key: string;
  weight: Dec;
}

export interface PackageBand {
  from: Dec;
  to: Dec | null;
  price: Dec;
  row: number;
}

export interface Settings {
  budgetYear: number | null;
  priceCap: Dec | null;
  /** Pristaksmetod: Flagga marks a price above the cap, Begränsa charges it at the cap. */
  priceCapMethod: PriceCapMethod;
  amountStep: Dec;
  hourlyCost: Dec | null;
  deviationMethod: DeviationMethod;
  deviationWeight: Dec;
  threshold: Dec | null;
  /** Övergångstak: how far a customer's total may move against last year's (0.10 = ±10 %); null = no cap. */
  phaseInCap: Dec | null;
  /** Poolmetod: how pools that serve each other (Poolutbyte) are solved. */
  poolMethod: PoolMethod;
  /** Spårning: Ja, Nej, or null for the default (written while it stays under a bound). */
  trace: TraceChoice | null;
  /** Uppföljning t.o.m.: the last closed month of the follow-up, 0–11; null when not given. */
  followUpMonth: number | null;
  /** Prognosmetod: how the rest of the year is forecast. */
  forecastMethod: ForecastMethod;
  /** Resultatfond IB: the result fund's opening balance, kronor; null when not given (0). */
  fundOpening: Dec | null;
  /** Resultatfondstak: the most the fund may hold, kronor, or (below 1) a fraction of the year's revenue; null = no cap. */
  fundCap: Dec | null;
  /** Avräkning: Ingen (default), Över tak or Full. */
  settlement: SettlementMethod;
  /** Jämför med version: the decided version Versionsjämförelse compares with, and where it was given; null = the latest. */
  compareVersion: { label: string; at: Place } | null;
  /**
   * Momspliktiga kundtyper: the customer types whose invoice lines bear VAT (Bolag by default;
   * none for Ingen), and the setting's Värde cell when given.
   */
  vatCustomerTypes: { types: readonly string[]; at: Place | null };
  /** Parameters given with a value that could not be used (its error already reported); their messages are not repeated. */
  unusable: readonly string[];
}

/** One row of Pooler: a common pool declared on purpose. */
export interface PoolDeclaration {
  name: string;
  /**
   * The driver of its Kostnader rows that leave Fördelas efter blank: a driver header of
   * Tjänster, null for "Direkt kostnad", undefined when Pooler leaves it blank too.
   */
  driver: string | null | undefined;
  description: string | null;
  row: number;
}

/** One row of Poolutbyte: a share of one common pool's total cost that goes to another pool. */
export interface PoolFlow {
  /** The giving pool, spelt as its first row in Kostnader. */
  from: string;
  /** The receiving pool, spelt as its first row in Kostnader. */
  to: string;
  /** A share 0–1 of the giving pool's total cost (its own rows plus what it receives). */
  share: Dec;
  row: number;
}

export interface ScenarioOverride {
  /** The Tjänst cell: a service, or an area standing for all its services. */
  target: string;
  services: string[];
  model: PricingModel | null;
  key: string | null;
  fixedShare: Dec | null;
  /** Kundtyper: who shares a keyed cost in the scenario; null = unchanged. */
  sharerTypes: SharerTypes | null;
  /** Volymfaktor: every customer's volume of the services times this (0 < f ≤ 10); null = unchanged. */
  volumeFactor: Dec | null;
  row: number;
}

/**
 * Who shares a keyed cost when a scenario says so: every customer of these types (matched as
 * names are), or 'Alla', every customer; in both cases only those with a key > 0, whether or
 * not they have rows in Volymer.
 */
export type SharerTypes = readonly string[] | 'Alla';

export interface Scenario {
  name: string;
  overrides: ScenarioOverride[];
}

export interface Model {
  settings: Settings;
  customers: Customer[];
  customerByName: Map<string, Customer>;
  /** Key column headers of Nycklar, in sheet order. */
  keyNames: string[];
  services: Service[];
  serviceByName: Map<string, Service>;
  /** Driver column headers of Tjänster, in sheet order. */
  driverNames: string[];
  costs: CostRow[];
  /** Pooler: the declared common pools; null without the table (or with no rows): every pool is then a warning. */
  pools: PoolDeclaration[] | null;
  /** Poolutbyte: flows between common pools (empty when the table is absent). */
  poolFlows: PoolFlow[];
  /** service -> customer -> volume. */
  volumes: Map<string, Map<string, Volume>>;
  /** service -> customer -> last year's invoiced amount; null without the table Fjolårsbelopp. */
  lastYearAmounts: Map<string, Map<string, LastYearAmount>> | null;
  /** service -> deviation name -> type. */
  deviationTypes: Map<string, Map<string, DeviationType>>;
  /** service -> customer -> deviation name -> count. */
  deviations: Map<string, Map<string, Map<string, Dec>>>;
  composites: Map<string, CompositePart[]>;
  packages: Map<string, PackageBand[]>;
  scenarios: Scenario[];
  monthProfiles: MonthProfiles;
  /** The year's actuals so far; null when the workbook has none of Utfall, Utfallsvolymer, Utfallsavvikelser. */
  actuals: Actuals | null;
  /** Accounting data, VAT and the invoice file's layout (invoicing/readInvoicing.ts); absent in models built by hand. */
  invoicing?: InvoiceSetup;
}

/** Månadsprofil, and the year the invoice basis is for. */
export interface MonthProfiles {
  /** service -> its twelve monthly shares, January first; a service without one is billed evenly. */
  byService: Map<string, Dec[]>;
  /** Budgetår, else the year Månadsprofil's months name, else null (periods without a year). */
  year: number | null;
}

/** What a scenario may change about a service. */
export interface PricingPlan {
  model: PricingModel;
  key: string | null;
  fixedShare: Dec | null;
  /** Who shares a keyed cost: null = as Tjänster says (rows in Volymer, else its Kundtyper). */
  sharerTypes: SharerTypes | null;
  /** Every customer's volume of the service times this; 1 in the base. */
  volumeFactor: Dec;
}
