import { Dec } from '../decimal';
import type { Settings } from '../model';
import { DEVIATION_METHODS, FORECAST_METHODS, SETTLEMENT_METHODS, POOL_METHODS, PRICE_CAP_METHODS, SETTINGS, TRACE_CHOICES, normalizeName, type SettingName } from '../schema';
import type { Row, TableReader } from './tableReader';
import type { Place } from './problemList';
import { budgetMonth } from './yearMonth';
import { AMOUNT, AMOUNT_STEP, CHANGE_FRACTION, FUND_CAP, HOURLY_COST, SHARE } from './ranges';
import { msg } from '../messages/catalog';
import { allNames } from './mistypedNames';
import { vatCustomerTypes } from '../invoicing/vatCustomerTypes';

export const DEFAULT_SETTINGS: Settings = {
  budgetYear: null,
  priceCap: null,
  priceCapMethod: 'Flagga',
  amountStep: new Dec(1),
  hourlyCost: null,
  deviationMethod: 'Händelsekostnad',
  deviationWeight: new Dec('0.5'),
  threshold: null,
  phaseInCap: null,
  poolMethod: 'Ömsesidig',
  trace: null,
  followUpMonth: null,
  forecastMethod: 'Budget resten av året',
  fundOpening: null,
  fundCap: null,
  settlement: 'Ingen',
  compareVersion: null,
  vatCustomerTypes: { types: ['Bolag'], at: null },
  unusable: [],
};

/** Inställningar: Parameter | Värde. Unknown parameters are warnings; bad values errors. */
export function readSettings(table: TableReader): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const unusable: string[] = [];
  const seen = new Map<string, number>();
  const problems = table.report;
  let capMethodAt: Place | null = null;
  // Uppföljning t.o.m.'s row: its year is checked against Budgetår once every parameter is read.
  let followUp: Row | null = null;
  // Avräkning's row: Över tak needs Resultatfondstak, which may come later in the table.
  let settlementRow: Row | null = null;
  for (const row of table.rows()) {
    const name = row.text('Parameter', true);
    if (name === null) continue;
    const known = SETTINGS.find((s) => normalizeName(s) === normalizeName(name));
    if (!known) {
      problems.warning('unknown-setting', row.place('Parameter'), msg('unknownSetting', { at: row.place('Parameter'), name, known: allNames(SETTINGS) }));
      continue;
    }
    const earlier = seen.get(known);
    if (earlier !== undefined) {
      problems.error('duplicate-setting', row.place('Parameter'), msg('duplicateSetting', { at: row.place('Parameter'), name: known, earlier }));
      continue;
    }
    seen.set(known, row.rowNumber);
    if (known === 'Pristaksmetod') capMethodAt = row.place('Värde');
    if (known === 'Uppföljning t.o.m.') followUp = row;
    if (known === 'Avräkning') settlementRow = row;
    const before = problems.items.length;
    applySetting(settings, known, row);
    // Without the Värde column (one error for the column) no parameter has a value.
    if (!table.has('Värde') || problems.items.slice(before).some((p) => p.level === 'error')) unusable.push(known);
  }
  // Begränsa needs a cap to hold prices to; a Pristak given but unusable is reported already.
  if (capMethodAt !== null && settings.priceCapMethod === 'Begränsa' && settings.priceCap === null && !unusable.includes('Pristak')) {
    problems.error('cap-method-without-cap', capMethodAt, msg('capMethodNeedsCap', { at: capMethodAt }));
  }
  if (settlementRow !== null && settings.settlement === 'Över tak' && settings.fundCap === null && !unusable.includes('Resultatfondstak')) {
    const at = settlementRow.place('Värde');
    problems.error('settlement-needs-cap', at, msg('settlementNeedsCap', { at }));
  }
  if (followUp !== null && settings.followUpMonth !== null && settings.budgetYear !== null && budgetMonth(followUp, 'Värde', settings.budgetYear) === null) {
    settings.followUpMonth = null;
    unusable.push('Uppföljning t.o.m.');
  }
  return { ...settings, unusable };
}

function applySetting(settings: Settings, name: SettingName, row: Row): void {
  const value = 'Värde';
  switch (name) {
    case 'Budgetår': {
      const v = row.number(value, true, { min: 1900, max: 2200 });
      if (v === null) return;
      if (!v.isInteger()) return notWholeYear(row);
      settings.budgetYear = v.toNumber();
      return;
    }
    case 'Pristak': {
      const v = row.number(value, true, CHANGE_FRACTION);
      if (v !== null) settings.priceCap = v;
      return;
    }
    case 'Pristaksmetod': {
      const v = row.choice(value, PRICE_CAP_METHODS, true);
      if (v !== null) settings.priceCapMethod = v;
      return;
    }
    case 'Beloppsavrundning': {
      const v = row.number(value, true, AMOUNT_STEP);
      if (v !== null) settings.amountStep = v;
      return;
    }
    case 'Timkostnad': {
      const v = row.number(value, true, HOURLY_COST);
      if (v !== null) settings.hourlyCost = v;
      return;
    }
    case 'Avvikelsemetod': {
      const v = row.choice(value, DEVIATION_METHODS, true);
      if (v !== null) settings.deviationMethod = v;
      return;
    }
    case 'Avvikelsevikt': {
      const v = row.number(value, true, SHARE);
      if (v !== null) settings.deviationWeight = v;
      return;
    }
    case 'Tröskel': {
      const v = row.number(value, true, CHANGE_FRACTION);
      if (v !== null) settings.threshold = v;
      return;
    }
    case 'Övergångstak': {
      const v = row.number(value, true, CHANGE_FRACTION);
      if (v !== null) settings.phaseInCap = v;
      return;
    }
    case 'Poolmetod': {
      const v = row.choice(value, POOL_METHODS, true);
      if (v !== null) settings.poolMethod = v;
      return;
    }
    case 'Spårning': {
      const v = row.choice(value, TRACE_CHOICES, true);
      if (v !== null) settings.trace = v;
      return;
    }
    case 'Uppföljning t.o.m.': {
      // Budgetår may come later in the table: the year is checked once all are read (below).
      const month = budgetMonth(row, value, null);
      if (month !== null) settings.followUpMonth = month;
      return;
    }
    case 'Prognosmetod': {
      const v = row.choice(value, FORECAST_METHODS, true);
      if (v !== null) settings.forecastMethod = v;
      return;
    }
    case 'Resultatfond IB': {
      const v = row.number(value, true, AMOUNT);
      if (v !== null) settings.fundOpening = v;
      return;
    }
    case 'Resultatfondstak': {
      const v = row.number(value, true, FUND_CAP);
      if (v !== null) settings.fundCap = v;
      return;
    }
    case 'Avräkning': {
      const v = row.choice(value, SETTLEMENT_METHODS, true);
      if (v !== null) settings.settlement = v;
      return;
    }
    case 'Jämför med version': {
      // Blank is the default (the latest version); the label is checked against the versions (versions/readVersions.ts).
      const v = row.text(value, false);
      if (v !== null) settings.compareVersion = { label: v, at: row.place(value) };
      return;
    }
    case 'Momspliktiga kundtyper': {
      const types = vatCustomerTypes(row, value);
      if (types !== null) settings.vatCustomerTypes = { types, at: row.place(value) };
      return;
    }
  }
}

function notWholeYear(row: Row): void {
  row.report.error('out-of-range', row.place('Värde'), msg('budgetYearNotWhole', { at: row.place('Värde') }));
}
