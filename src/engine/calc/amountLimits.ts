import { Dec, ZERO, sum } from '../decimal';
import type { Model, Service } from '../model';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { shown } from '../read/numberRules';
import { msg } from '../messages/catalog';
import { AMOUNT_LIMIT } from '../read/ranges';
import type { ServiceResult } from './results';

/**
 * The sums no single cell's range can bound (docs/arbetsbok.md, "Ranges of the input numbers"):
 * a million rows each inside its range can still add up past what the engine holds exactly.
 * Each sum is checked in decimal.js before anything is rounded to whole units, and passing
 * AMOUNT_LIMIT kronor is an error on the row where the running sum passes it.
 */
const LIMIT = new Dec(AMOUNT_LIMIT);

function limitText(): string {
  return shown(LIMIT);
}

/** Before pricing: the cost rows, the deviations' standard cost and the charges the workbook sets itself. True when all are within the limit. */
export function checkInputSums(model: Model, problems: ProblemList, locate: Locator): boolean {
  let ok = true;
  let costs = ZERO;
  for (const row of model.costs) {
    costs = costs.plus(row.amount.abs());
    if (costs.gte(LIMIT)) {
      const at = locate.place('Kostnader', row.row, 'Belopp');
      problems.error('sum-out-of-range', at, msg('costSumTooLarge', { at, sum: shown(costs), limit: limitText() }));
      ok = false;
      break;
    }
  }
  let deviations = ZERO;
  outer: for (const [service, types] of model.deviationTypes) {
    const counts = model.deviations.get(service);
    if (!counts) continue;
    for (const type of types.values()) {
      const events = sum([...counts.values()].map((perType) => perType.get(type.name) ?? ZERO));
      deviations = deviations.plus(events.times(type.unitCost));
      if (deviations.gte(LIMIT)) {
        const at = locate.place('Avvikelsetyper', type.row, 'Kostnad per styck');
        problems.error('sum-out-of-range', at, msg('deviationSumTooLarge', { at, events: shown(events), type: type.name, service, unitCost: shown(type.unitCost), sum: shown(deviations), limit: limitText() }));
        ok = false;
        break outer;
      }
    }
  }
  let set = ZERO;
  for (const service of model.services) {
    if (service.setPrice !== null) {
      const volume = totalVolume(model, service);
      set = set.plus(service.setPrice.times(volume));
      if (set.gte(LIMIT)) {
        const at = locate.place('Tjänster', service.row, 'Fastställt pris');
        problems.error('sum-out-of-range', at, msg('setPriceSumTooLarge', { at, price: shown(service.setPrice), volume: shown(volume), sum: shown(set), limit: limitText() }));
        ok = false;
        break;
      }
    }
    const bands = model.packages.get(service.name);
    if (bands && bands.length > 0) {
      const top = bands.reduce((a, b) => (b.price.gt(a.price) ? b : a));
      const buyers = [...(model.volumes.get(service.name)?.values() ?? [])].filter((v) => !v.volume.isZero()).length;
      set = set.plus(top.price.times(buyers));
      if (set.gte(LIMIT)) {
        const at = locate.place('Paket', top.row, 'Pris');
        problems.error('sum-out-of-range', at, msg('packageSumTooLarge', { at, price: shown(top.price), buyers, service: service.name, sum: shown(set), limit: limitText() }));
        ok = false;
        break;
      }
    }
  }
  return ok;
}

/**
 * After pricing: Förändringsanalys multiplies last year's and this year's prices by last year's
 * and this year's volumes (price and volume effects); their sum over the services must stay
 * within the limit. An error on the Fjolårspris of the service where it passes.
 */
export function checkChangeSums(model: Model, services: readonly ServiceResult[], problems: ProblemList, locate: Locator): void {
  let total = ZERO;
  for (const r of services) {
    const p0 = r.service.lastPrice;
    if (p0 === null) continue;
    const volumes = [...(model.volumes.get(r.service.name)?.values() ?? [])];
    const both = sum(volumes.map((v) => v.volume)).plus(sum(volumes.map((v) => v.lastVolume ?? ZERO)));
    total = total.plus(p0.plus(r.price ?? ZERO).times(both));
    if (total.gte(LIMIT)) {
      const at = locate.place('Tjänster', r.service.row, 'Fjolårspris');
      problems.error('sum-out-of-range', at, msg('changeSumTooLarge', { at, lastPrice: shown(p0), price: r.price === null ? null : shown(r.price), volume: shown(both), sum: shown(total), limit: limitText() }));
      return;
    }
  }
}

function totalVolume(model: Model, service: Service): Dec {
  return sum([...(model.volumes.get(service.name)?.values() ?? [])].map((v) => v.volume));
}
