import type { RawTable } from '../../engine/cells';
import type { Settings } from '../../engine/model';
import { normalizeName, normalizeTableName, SETTINGS, type SettingName } from '../../engine/schema';

/** The settings the engine used, as plain numbers, and which of them the workbook gave. */
export interface PaneSettings {
  budgetYear: number | null;
  priceCap: number | null;
  amountStep: number;
  hourlyCost: number | null;
  deviationMethod: Settings['deviationMethod'];
  deviationWeight: number;
  threshold: number | null;
  /** Parameters with a row in Inställningar; the others are at their defaults. */
  given: ReadonlySet<SettingName>;
}

export function paneSettings(settings: Settings, tables: readonly RawTable[]): PaneSettings {
  return {
    budgetYear: settings.budgetYear,
    priceCap: settings.priceCap?.toNumber() ?? null,
    amountStep: settings.amountStep.toNumber(),
    hourlyCost: settings.hourlyCost?.toNumber() ?? null,
    deviationMethod: settings.deviationMethod,
    deviationWeight: settings.deviationWeight.toNumber(),
    threshold: settings.threshold?.toNumber() ?? null,
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
