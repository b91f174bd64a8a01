import { Dec, ZERO, sum } from '../decimal';
import type { Model, Service } from '../model';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { shown } from '../read/numberRules';
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
      problems.error('sum-out-of-range', locate.place('Kostnader', row.row, 'Belopp'), `${locate.where('Kostnader', row.row, 'Belopp')}: beloppen i Kostnader blir här tillsammans ${shown(costs)} kr räknat utan tecken; summan måste vara mindre än ${limitText()} kr.`);
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
        problems.error('sum-out-of-range', locate.place('Avvikelsetyper', type.row, 'Kostnad per styck'), `${locate.where('Avvikelsetyper', type.row, 'Kostnad per styck')}: ${shown(events)} avvikelser av typen ${type.name} på ${service} à ${shown(type.unitCost)} kr gör att avvikelsernas standardkostnad blir ${shown(deviations)} kr; summan måste vara mindre än ${limitText()} kr.`);
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
        problems.error('sum-out-of-range', locate.place('Tjänster', service.row, 'Fastställt pris'), `${locate.where('Tjänster', service.row, 'Fastställt pris')}: det fastställda priset ${shown(service.setPrice)} kr × volymen ${shown(volume)} gör att intäkterna av fastställda priser och paket blir ${shown(set)} kr; summan måste vara mindre än ${limitText()} kr.`);
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
        problems.error('sum-out-of-range', locate.place('Paket', top.row, 'Pris'), `${locate.where('Paket', top.row, 'Pris')}: paketpriset ${shown(top.price)} kr för ${buyers} kunder på ${service.name} gör att intäkterna av fastställda priser och paket kan bli ${shown(set)} kr; summan måste vara mindre än ${limitText()} kr.`);
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
      problems.error('sum-out-of-range', locate.place('Tjänster', r.service.row, 'Fjolårspris'), `${locate.where('Tjänster', r.service.row, 'Fjolårspris')}: Förändringsanalysen räknar fjolårspriset ${shown(p0)} kr och årets pris ${r.price === null ? '' : `${shown(r.price)} kr `}på årets och fjolårets volymer (${shown(both)} tillsammans), och beloppen blir där tillsammans ${shown(total)} kr; summan måste vara mindre än ${limitText()} kr.`);
      return;
    }
  }
}

function totalVolume(model: Model, service: Service): Dec {
  return sum([...(model.volumes.get(service.name)?.values() ?? [])].map((v) => v.volume));
}
