import { ONE, sum } from '../decimal';
import type { CompositePart, Customer, PackageBand, Scenario, ScenarioOverride } from '../model';
import { PRICING_MODELS, normalizeName } from '../schema';
import { Lookalikes } from './lookalikes';
import { NameIndex } from './nameIndex';
import { definedName, nameText } from './nameCells';
import { isRejected, type Services } from './readServices';
import type { TableReader } from './tableReader';
import { msg } from '../messages/catalog';
import { names as listed } from '../messages/wording';
import { QUANTITY, SHARE, UNIT_PRICE } from './ranges';
import { readSharerTypes, readVolumeFactor } from './scenarioColumns';

/**
 * Sammansatta nycklar: Nyckel | Delnyckel | Vikt. Each part must be a key column of Nycklar;
 * a composite's weights must sum to 1 and its name must not hide a key column.
 */
export function readComposites(table: TableReader, keyNames: string[]): Map<string, CompositePart[]> {
  const keys = new NameIndex<string>();
  keyNames.forEach((k) => keys.set(k, k));
  const names = new NameIndex<string>();
  const parts = new Map<string, CompositePart[]>();
  const firstRow = new Map<string, number>();
  const broken = new Set<string>();
  for (const row of table.rows()) {
    const written = nameText(row, 'Nyckel', true);
    const partText = row.text('Delnyckel', true);
    const weight = row.number('Vikt', true, SHARE);
    if (written === null) continue;
    const name = names.get(written) ?? written;
    names.set(name, name);
    if (!firstRow.has(name)) firstRow.set(name, row.rowNumber);
    if (keys.has(name)) {
      table.report.error('composite-hides-key', row.place('Nyckel'), msg('compositeHidesKey', { at: row.place('Nyckel'), name }));
      broken.add(name);
      continue;
    }
    const part = partText === null ? undefined : keys.get(partText);
    if (partText !== null && !part) {
      table.report.error('unknown-key', row.place('Delnyckel'), msg('unknownPartKey', { at: row.place('Delnyckel'), text: partText, keys: listed(keyNames) }));
    }
    if (!part || weight === null) {
      broken.add(name);
      continue;
    }
    const list = parts.get(name) ?? [];
    list.push({ key: part, weight });
    parts.set(name, list);
  }
  for (const [name, list] of parts) {
    const total = sum(list.map((p) => p.weight));
    if (!broken.has(name) && !total.eq(ONE)) {
      const row = firstRow.get(name) ?? 1;
      table.report.error('weights-not-one', table.place(row, 'Vikt'), msg('weightsNotOne', { at: { table: table.name, row }, name, total: total.toString().replace('.', ',') }));
      broken.add(name);
    }
  }
  for (const name of broken) parts.delete(name);
  return parts;
}

/**
 * Paket: Tjänst | Från volym | Till volym | Pris. A service's bands, sorted by Från volym,
 * must neither overlap nor leave gaps; a shared boundary belongs to the lower band, and whole
 * number bands may step by one (1–10, 11–20). Only the last band may be open (no Till volym).
 */
export function readPackages(table: TableReader, services: Services): Map<string, PackageBand[]> {
  const out = new Map<string, PackageBand[]>();
  for (const row of table.rows()) {
    const serviceText = row.text('Tjänst', true);
    const from = row.number('Från volym', true, QUANTITY);
    const to = row.number('Till volym', false, QUANTITY);
    const price = row.number('Pris', true, UNIT_PRICE);
    const service = serviceText === null ? undefined : services.byName.get(serviceText);
    if (serviceText !== null && !service) {
      if (!isRejected(services, serviceText)) {
        table.report.error('unknown-service', row.place('Tjänst'), msg('unknownService', { at: row.place('Tjänst'), name: serviceText, hint: null }));
      }
      continue;
    }
    if (!service || from === null || price === null) continue;
    if (service.model !== 'Paket') {
      table.report.warning('bands-ignored', row.place('Tjänst'), msg('bandsIgnored', { at: row.place('Tjänst'), service: service.name, model: service.model }));
    }
    if (to !== null && to.lt(from)) {
      table.report.error('band-reversed', row.place('Till volym'), msg('bandReversed', { at: row.place('Till volym') }));
      continue;
    }
    const list = out.get(service.name) ?? [];
    list.push({ from, to, price, row: row.rowNumber });
    out.set(service.name, list);
  }
  for (const [service, bands] of out) {
    bands.sort((a, b) => a.from.comparedTo(b.from));
    for (let i = 1; i < bands.length; i++) {
      const prev = bands[i - 1]!;
      const band = bands[i]!;
      if (prev.to === null) {
        table.report.error('band-overlap', table.place(prev.row, 'Till volym'), msg('bandOpenNotLast', { at: { table: table.name, row: prev.row }, service, next: band.row }));
        continue;
      }
      const wholeSteps = prev.to.isInteger() && band.from.isInteger() && band.from.eq(prev.to.plus(1));
      if (band.from.lt(prev.to)) {
        table.report.error('band-overlap', table.place(band.row, 'Från volym'), msg('bandOverlap', { at: { table: table.name, row: band.row }, service, from: fmt(band.from), prevRow: prev.row, prevFrom: fmt(prev.from), prevTo: fmt(prev.to) }));
      } else if (band.from.gt(prev.to) && !wholeSteps) {
        table.report.error('band-gap', table.place(band.row, 'Från volym'), msg('bandGap', { at: { table: table.name, row: band.row }, service, to: fmt(prev.to), from: fmt(band.from) }));
      }
    }
  }
  return out;
}

function fmt(v: { toString(): string }): string {
  return v.toString().replace('.', ',');
}

/** Scenarier: Scenario | Tjänst | Prismodell | Nyckel | Fast andel | Kundtyper | Volymfaktor. */
export function readScenarios(table: TableReader, services: Services, customers: readonly Customer[]): Scenario[] {
  const byName = new Map<string, Scenario>();
  const lookalikes = new Lookalikes(table, 'Scenario', 'scenario');
  for (const row of table.rows()) {
    const name = definedName(row, 'Scenario', true, (n) => !byName.has(normalizeName(n)), 'Scenariojämförelse');
    const target = row.text('Tjänst', true);
    const model = row.choice('Prismodell', PRICING_MODELS);
    const key = row.text('Nyckel');
    const fixedShare = row.number('Fast andel', false, SHARE);
    const sharerTypes = readSharerTypes(row, customers);
    const volumeFactor = readVolumeFactor(row);
    if (name === null || target === null || sharerTypes === undefined || volumeFactor === undefined) continue;
    const service = services.byName.get(target);
    const areaServices = services.list.filter((s) => normalizeName(s.area) === normalizeName(target));
    const names = service ? [service.name] : areaServices.map((s) => s.name);
    if (names.length === 0) {
      if (isRejected(services, target)) continue;
      table.report.error('unknown-service', row.place('Tjänst'), msg('unknownScenarioTarget', { at: row.place('Tjänst'), target }));
      continue;
    }
    if (model === null && key === null && fixedShare === null && sharerTypes === null && volumeFactor === null) {
      table.report.warning('empty-override', row.place('Prismodell'), msg('scenarioRowChangesNothing', { at: row.place('Prismodell') }));
    }
    const scenarioKey = normalizeName(name);
    let scenario = byName.get(scenarioKey);
    if (!scenario) {
      byName.set(scenarioKey, (scenario = { name, overrides: [] }));
      lookalikes.add(name, row.rowNumber);
    }
    const override: ScenarioOverride = { target, services: names, model, key, fixedShare, sharerTypes, volumeFactor, row: row.rowNumber };
    scenario.overrides.push(override);
  }
  lookalikes.report();
  return [...byName.values()];
}
