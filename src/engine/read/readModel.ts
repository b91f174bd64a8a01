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
import { readServices } from './readServices';
import { readSettings } from './readSettings';
import { warnUncappable } from './capChecks';
import { readDeviationTypes, readDeviations, readVolumes } from './readVolumes';
import { TableReader, reportDuplicateTables, tablesNamed } from './tableReader';
import { nameList } from '../nameList';
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
      problems.error('missing-table', { table: name }, `Tabellen ${name} saknas. Skapa en Excel-tabell med namnet ${name.replace(/\s+/g, '_')} (Infoga > Tabell, sedan Tabellnamn).`);
    }
    const table = new TableReader(spec, raw, problems);
    reportMeaninglessColumns(table);
    return table;
  };

  const settings = readSettings(reader('Inställningar'));
  const customerTable = reader('Nycklar');
  const customers = readCustomers(customerTable);
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
    problems.error('empty-table', { table: 'Kostnader' }, 'Tabellen Kostnader har inga rader. Fyll i de budgeterade kostnaderna (Kostnadsobjekt och Belopp), en rad per kostnad; utan dem blir alla priser 0.');
  }
  const costs = readCosts(costTable, services, costObjects, pools);
  if (!noCosts) reportPoolsWithoutCosts(poolTable, pools, costs);
  const poolFlows = noCosts ? [] : readPoolFlows(reader('Poolutbyte'), costs, services, pools);
  const volumeTable = reader('Volymer');
  const volumes = readVolumes(volumeTable, customers, services);
  const monthProfiles = readMonthProfiles(reader('Månadsprofil'), services, settings);
  const typeTable = reader('Avvikelsetyper');
  const rejectedTypes = new Set<string>();
  const deviationTypes = readDeviationTypes(typeTable, services, settings, rejectedTypes);
  const deviationTable = reader('Avvikelser');
  const deviations = readDeviations(deviationTable, customers, services, deviationTypes, rejectedTypes);
  const composites = readComposites(reader('Sammansatta nycklar'), customers.keyNames);
  const packageTable = reader('Paket');
  const packages = readPackages(packageTable, services);
  const scenarioTable = reader('Scenarier');
  const scenarios = readScenarios(scenarioTable, services);

  for (const [reader, what] of [[customerTable, 'kunder'], [serviceTable, 'tjänster']] as const) {
    if (reader.present && !reader.hasRows()) {
      problems.error('empty-table', { table: reader.name }, `Tabellen ${reader.name} har inga ${what}; fyll i minst en rad.`);
    }
  }

  const needsVolumes = services.list.find((s) => s.model !== 'Fast' && s.model !== 'Direkt');
  if (needsVolumes && !volumeTable.present) {
    problems.error('missing-table', { table: 'Volymer' }, `Tabellen Volymer saknas men behövs: tjänsten ${needsVolumes.name} har prismodellen ${needsVolumes.model}.`);
  }
  if (deviationTable.hasRows() && !typeTable.present) {
    problems.error('missing-table', { table: 'Avvikelsetyper' }, 'Tabellen Avvikelsetyper saknas men behövs eftersom tabellen Avvikelser har rader.');
  }

  // Cross-references of Tjänster, now that keys, customers and bands are known.
  const keyIndex = new NameIndex<string>();
  for (const k of customers.keyNames) keyIndex.set(k, k);
  for (const k of composites.keys()) keyIndex.set(k, k);
  keyIndex.set(LAST_YEAR_VOLUME_KEY, LAST_YEAR_VOLUME_KEY);
  const knownKeys = nameList([...customers.keyNames, ...composites.keys(), LAST_YEAR_VOLUME_KEY]);
  const locate = new Locator(tables);
  const customerTypes = new Set(customers.list.map((c) => normalizeName(c.type ?? '')));
  const customerLooks = new LookIndex(() => customers.list.map((c) => c.name));
  const areaSpelling = new NameIndex<string>();
  const processSpelling = new NameIndex<string>();
  for (const s of services.list) {
    const where = (col: string) => locate.where('Tjänster', s.row, col);
    s.area = areaSpelling.get(s.area) ?? (areaSpelling.set(s.area, s.area), s.area);
    s.process = processSpelling.get(s.process) ?? (processSpelling.set(s.process, s.process), s.process);
    if (s.key !== null) {
      const key = keyIndex.get(s.key);
      if (key === undefined) {
        if (s.model === 'Fast' || s.model === 'Blandad') {
          problems.error('unknown-key', locate.place('Tjänster', s.row, 'Nyckel'), `${where('Nyckel')}: nyckeln "${s.key}" finns inte. Kända nycklar: ${knownKeys}.`);
        }
      } else {
        s.key = key;
      }
    }
    if (s.model === 'Direkt' && s.payer !== null) {
      const payer = customers.byName.get(s.payer);
      if (!payer) {
        problems.error('unknown-customer', locate.place('Tjänster', s.row, 'Betalare'), `${where('Betalare')}: betalaren "${s.payer}" finns inte i tabellen Nycklar.${lookalikeHint(s.payer, customerLooks.similar(s.payer))}`);
      } else {
        s.payer = payer.name;
      }
    }
    for (const t of s.customerTypes ?? []) {
      if (!customerTypes.has(normalizeName(t))) {
        problems.warning('unknown-customer-type', locate.place('Tjänster', s.row, 'Kundtyper'), `${where('Kundtyper')}: ingen kund har kundtypen "${t}".`);
      }
    }
    if (s.model === 'Paket' && !packages.has(s.name)) {
      problems.error('missing-bands', locate.place('Tjänster', s.row, 'Prismodell'), `${where('Prismodell')}: tjänsten ${s.name} är en Paket-tjänst men har inga band i tabellen Paket${packageTable.present ? '' : ' (tabellen saknas)'}.`);
    }
  }
  for (const scenario of scenarios) {
    for (const o of scenario.overrides) {
      if (o.key === null) continue;
      const key = keyIndex.get(o.key);
      if (key === undefined) {
        problems.error('unknown-key', locate.place('Scenarier', o.row, 'Nyckel'), `Scenarier rad ${o.row}, kolumn Nyckel: nyckeln "${o.key}" finns inte. Kända nycklar: ${knownKeys}.`);
      } else {
        o.key = key;
      }
    }
  }

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
    deviationTypes,
    deviations,
    composites,
    packages,
    scenarios,
    monthProfiles,
  };
  return { model, problems };
}
