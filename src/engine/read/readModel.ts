import type { RawTable } from '../cells';
import type { Model } from '../model';
import { LAST_YEAR_VOLUME_KEY, TABLES, normalizeName, type TableName } from '../schema';
import { Locator } from './locator';
import { checkOutputHeaders } from './outputHeaders';
import { LookIndex, lookalikeHint } from './lookalikes';
import { NameIndex } from './nameIndex';
import { ProblemList } from './problemList';
import { readComposites, readPackages, readScenarios } from './readExtras';
import { CostObjects } from './costObjects';
import { readCosts } from './readCosts';
import { readCustomers } from './readCustomers';
import { readPoolFlows } from './readPoolFlows';
import { readPools, reportPoolsWithoutCosts } from './readPools';
import { readMonthProfiles } from './readMonthProfiles';
import { readLastYearAmounts } from './readLastYearAmounts';
import { checkVolumesInActiveMonths } from './activeMonthChecks';
import { readActuals } from './readActuals';
import { readServices } from './readServices';
import { readInvoicing } from '../invoicing/readInvoicing';
import { readSettings } from './readSettings';
import { warnUncappable } from './capChecks';
import { readDeviationTypes, readDeviations, readVolumes } from './readVolumes';
import { TableReader, reportDuplicateTables, tablesNamed } from './tableReader';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { reportMeaninglessColumns, reportUnusedDrivers, reportUnusedKeys } from './unusedColumns';

export interface ReadResult {
  model: Model;
  problems: ProblemList;
}

/**
 * Reads and validates every input table. All problems are collected; the model is usable for
 * calculation only when problems.hasErrors is false.
 */
export function readModel(tables: readonly RawTable[]): ReadResult {
  const problems = new ProblemList();
  const reader = (name: TableName): TableReader => {
    const spec = TABLES[name];
    const found = tablesNamed(tables, name);
    if (found.length > 1) reportDuplicateTables(problems, name, found);
    const raw = found[0];
    if (!raw && spec.required) {
      problems.error('missing-table', { table: name }, msg('missingTable', { table: name }));
    }
    const table = new TableReader(spec, raw, problems);
    reportMeaninglessColumns(table);
    return table;
  };

  const settings = readSettings(reader('Inställningar'));
  const customerTable = reader('Nycklar');
  const customers = readCustomers(customerTable, settings.budgetYear);
  const serviceTable = reader('Tjänster');
  const services = readServices(serviceTable);
  const costObjects = new CostObjects(services, !problems.items.some((p) => p.level === 'error' && p.table === 'Tjänster'));
  const poolTable = reader('Pooler');
  const pools = readPools(poolTable, services, costObjects);
  const costTable = reader('Kostnader');
  const noCosts = costTable.present && !costTable.hasRows();
  if (noCosts) {
    // An error, not a warning: every price would be 0. What follows from it (a declared pool
    // without rows, Poolutbyte's pools not found, surcharges above a cost of 0) is not said.
    problems.error('empty-table', { table: 'Kostnader' }, msg('emptyCosts', {}));
  }
  const costs = readCosts(costTable, services, costObjects, pools);
  if (!noCosts) reportPoolsWithoutCosts(poolTable, pools, costs);
  const poolFlows = noCosts ? [] : readPoolFlows(reader('Poolutbyte'), costs, services, pools);
  const volumeTable = reader('Volymer');
  const volumes = readVolumes(volumeTable, customers, services);
  const lastYearAmounts = readLastYearAmounts(reader('Fjolårsbelopp'), customers, services);
  const monthProfiles = readMonthProfiles(reader('Månadsprofil'), services, settings);
  const typeTable = reader('Avvikelsetyper');
  const rejectedTypes = new Set<string>();
  const deviationTypes = readDeviationTypes(typeTable, services, settings, rejectedTypes);
  const deviationTable = reader('Avvikelser');
  const deviations = readDeviations(deviationTable, customers, services, deviationTypes, rejectedTypes);
  const actuals = readActuals(
    { costs: reader('Utfall'), volumes: reader('Utfallsvolymer'), deviations: reader('Utfallsavvikelser'), invoiced: reader('Fakturerat') },
    { customers, services, objects: costObjects, pools, deviationTypes, rejectedTypes, settings, problems },
  );
  const composites = readComposites(reader('Sammansatta nycklar'), customers.keyNames);
  const packageTable = reader('Paket');
  const packages = readPackages(packageTable, services);
  const scenarioTable = reader('Scenarier');
  const scenarios = readScenarios(scenarioTable, services, customers.list);
  const invoicing = readInvoicing({ customers: customerTable, services: serviceTable, layout: reader('Fakturakolumner') }, customers, services, settings);

  for (const [reader, what] of [[customerTable, 'customers'], [serviceTable, 'services']] as const) {
    if (reader.present && !reader.hasRows()) {
      problems.error('empty-table', { table: reader.name }, msg('emptyTable', { table: reader.name, what }));
    }
  }

  const needsVolumes = services.list.find((s) => s.model !== 'Fast' && s.model !== 'Direkt');
  if (needsVolumes && !volumeTable.present) {
    problems.error('missing-table', { table: 'Volymer' }, msg('volumesNeeded', { service: needsVolumes.name, model: needsVolumes.model }));
  }
  if (deviationTable.hasRows() && !typeTable.present) {
    problems.error('missing-table', { table: 'Avvikelsetyper' }, msg('deviationTypesNeeded', {}));
  }

  // Cross-references of Tjänster, now that keys, customers and bands are known.
  const keyIndex = new NameIndex<string>();
  for (const k of customers.keyNames) keyIndex.set(k, k);
  for (const k of composites.keys()) keyIndex.set(k, k);
  keyIndex.set(LAST_YEAR_VOLUME_KEY, LAST_YEAR_VOLUME_KEY);
  const knownKeys = names([...customers.keyNames, ...composites.keys(), LAST_YEAR_VOLUME_KEY]);
  const locate = new Locator(tables);
  const customerTypes = new Set(customers.list.map((c) => normalizeName(c.type ?? '')));
  const customerLooks = new LookIndex(() => customers.list.map((c) => c.name));
  const areaSpelling = new NameIndex<string>();
  const processSpelling = new NameIndex<string>();
  for (const s of services.list) {
    const at = (col: string) => locate.place('Tjänster', s.row, col);
    s.area = areaSpelling.get(s.area) ?? (areaSpelling.set(s.area, s.area), s.area);
    s.process = processSpelling.get(s.process) ?? (processSpelling.set(s.process, s.process), s.process);
    if (s.key !== null) {
      const key = keyIndex.get(s.key);
      if (key === undefined) {
        if (s.model === 'Fast' || s.model === 'Blandad') {
          problems.error('unknown-key', at('Nyckel'), msg('unknownKey', { at: at('Nyckel'), key: s.key, known: knownKeys }));
        }
      } else {
        s.key = key;
      }
    }
    if (s.model === 'Direkt' && s.payer !== null) {
      const payer = customers.byName.get(s.payer);
      if (!payer) {
        problems.error('unknown-customer', at('Betalare'), msg('unknownPayer', { at: at('Betalare'), payer: s.payer, hint: lookalikeHint(s.payer, customerLooks.similar(s.payer)) }));
      } else {
        s.payer = payer.name;
      }
    }
    for (const t of s.customerTypes ?? []) {
      if (!customerTypes.has(normalizeName(t))) {
        problems.warning('unknown-customer-type', at('Kundtyper'), msg('unknownCustomerType', { at: at('Kundtyper'), type: t }));
      }
    }
    if (s.model === 'Paket' && !packages.has(s.name)) {
      problems.error('missing-bands', at('Prismodell'), msg('missingBands', { at: at('Prismodell'), service: s.name, tableMissing: !packageTable.present }));
    }
  }
  for (const scenario of scenarios) {
    for (const o of scenario.overrides) {
      if (o.key === null) continue;
      const key = keyIndex.get(o.key);
      if (key === undefined) {
        // The text names no cell, as it always has (the problem's place has it).
        problems.error('unknown-key', locate.place('Scenarier', o.row, 'Nyckel'), msg('unknownKey', { at: { table: 'Scenarier', row: o.row, column: 'Nyckel' }, key: o.key, known: knownKeys }));
      } else {
        o.key = key;
      }
    }
  }

  checkVolumesInActiveMonths(customers.list, services.list, volumes, monthProfiles, locate, problems);
  warnUncappable(settings, services.list, locate, problems);
  checkOutputHeaders({ deviationTypes, scenarios, services: services.list, threshold: settings.threshold !== null }, locate, problems);
  // Keys and drivers nothing uses; from the valid rows, so only when every row was valid.
  if (!problems.hasErrors) {
    reportUnusedKeys(customerTable, { services: services.list, composites, scenarios });
    reportUnusedDrivers(serviceTable, costs, pools?.list ?? null);
  }

  const customerByName = new Map(customers.list.map((c) => [c.name, c]));
  const serviceByName = new Map(services.list.map((s) => [s.name, s]));
  const model: Model = {
    settings,
    customers: customers.list,
    customerByName,
    keyNames: customers.keyNames,
    services: services.list,
    serviceByName,
    driverNames: services.driverNames,
    costs,
    pools: pools?.list ?? null,
    poolFlows,
    volumes,
    lastYearAmounts,
    deviationTypes,
    deviations,
    composites,
    packages,
    scenarios,
    monthProfiles,
    actuals,
    invoicing,
  };
  return { model, problems };
}
