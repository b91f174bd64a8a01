import type { RawTable } from '../../engine/cells';
import type { Model, Settings } from '../../engine/model';
import type { OutputTable } from '../../engine/output';
import { TRACE_LIMIT } from '../../engine/report/trace';
import { normalizeName, normalizeTableName, SETTINGS, type SettingName } from '../../engine/schema';
import { rowsOf } from './outputs';

/** The settings the engine used, as plain numbers, and which of them the workbook gave. */
export interface PaneSettings {
  budgetYear: number | null;
  priceCap: number | null;
  /** Pristaksmetod: Flagga or Begränsa. */
  priceCapMethod: Settings['priceCapMethod'];
  /** Services whose price the cap held (Prislista's Pris före tak). */
  heldPrices: number;
  amountStep: number;
  hourlyCost: number | null;
  deviationMethod: Settings['deviationMethod'];
  deviationWeight: number;
  threshold: number | null;
  /** Övergångstak: null when there is no cap. */
  phaseInCap: number | null;
  /** Customers held at the cap in Övergång; null when the run has no Övergång table. */
  cappedCustomers: number | null;
  poolMethod: Settings['poolMethod'];
  /** Rows of Poolutbyte: without any, Poolmetod changes nothing. */
  poolFlows: number;
  /** Spårning: Ja, Nej, or null for the default. */
  trace: Settings['trace'];
  /** The rows Spårning has at most by default. */
  traceLimit: number;
  /** Uppföljning t.o.m.: the last closed month, 0–11, the one the follow-up used (guessed from the actuals without the setting); null without actuals. */
  followUpMonth: number | null;
  forecastMethod: Settings['forecastMethod'];
  fundOpening: number | null;
  fundCap: number | null;
  settlement: Settings['settlement'];
  /** Jämför med version: the label given, null for the latest. */
  compareVersion: string | null;
  /** Momspliktiga kundtyper: [] for Ingen. */
  vatCustomerTypes: string[];
  /** Customers of those types, whose invoice lines bear VAT. */
  vatCustomers: number;
  /** Parameters with a row in Inställningar; the others are at their defaults. */
  given: ReadonlySet<SettingName>;
}

export function paneSettings(model: Pick<Model, 'settings' | 'poolFlows' | 'actuals' | 'invoicing'>, tables: readonly RawTable[], outputs: readonly OutputTable[] = []): PaneSettings {
  const { settings } = model;
  const hasPhaseIn = outputs.some((o) => o.name === 'Övergång');
  return {
    budgetYear: settings.budgetYear,
    priceCap: settings.priceCap?.toNumber() ?? null,
    priceCapMethod: settings.priceCapMethod,
    heldPrices: rowsOf(outputs, 'Prislista').filter((r) => typeof r['Pris före tak'] === 'number').length,
    amountStep: settings.amountStep.toNumber(),
    hourlyCost: settings.hourlyCost?.toNumber() ?? null,
    deviationMethod: settings.deviationMethod,
    deviationWeight: settings.deviationWeight.toNumber(),
    threshold: settings.threshold?.toNumber() ?? null,
    phaseInCap: settings.phaseInCap?.toNumber() ?? null,
    cappedCustomers: hasPhaseIn ? rowsOf(outputs, 'Övergång').filter((r) => r['Kappad'] === 'Ja').length : null,
    poolMethod: settings.poolMethod,
    poolFlows: model.poolFlows.length,
    trace: settings.trace,
    traceLimit: TRACE_LIMIT,
    followUpMonth: model.actuals?.lastMonth ?? settings.followUpMonth,
    forecastMethod: settings.forecastMethod,
    fundOpening: settings.fundOpening?.toNumber() ?? null,
    fundCap: settings.fundCap?.toNumber() ?? null,
    settlement: settings.settlement,
    compareVersion: settings.compareVersion?.label ?? null,
    vatCustomerTypes: [...settings.vatCustomerTypes.types],
    vatCustomers: [...(model.invoicing?.customers.values() ?? [])].filter((c) => c.vat).length,
    given: givenSettings(tables),
  };
}

function givenSettings(tables: readonly RawTable[]): Set<SettingName> {
  const given = new Set<SettingName>();
  const table = tables.find((t) => normalizeTableName(t.name) === normalizeTableName('Inställningar'));
  if (!table) return given;
  const column = table.headers.findIndex((h) => normalizeName(h) === normalizeName('Parameter'));
  if (column < 0) return given;
  for (const row of table.rows) {
    const cell = row[column];
    if (typeof cell !== 'string') continue;
    const known = SETTINGS.find((s) => normalizeName(s) === normalizeName(cell));
    if (known) given.add(known);
  }
  return given;
}
