import { ZERO, isPositive, type Dec } from '../decimal';
import { MONTHS } from '../months';
import { activeMonthCount } from '../read/activeMonths';
import type { Customer, Model, Service, SharerTypes } from '../model';
import { ALL_CUSTOMERS, LAST_YEAR_VOLUME_KEY, normalizeName } from '../schema';
import { keepShape } from '../shapes';

/** A customer sharing a keyed cost, with its key value (> 0). */
export interface Sharer {
  customer: Customer;
  key: Dec;
  /**
   * What its share is weighed by: the key value, or, when some sharer of the cost is active only
   * part of the year, the key value × its active months (exact, so allocation stays exact).
   */
  weight: Dec;
}

/**
 * The sharers of one keyed cost weighed by the months they are active (Från månad–Till månad):
 * key × months when any of them is not active the whole year, else the key itself (the same
 * proportions, so a workbook without the columns is priced exactly as before). Returns the factor
 * that turns a weight into key-years: 12 for key × months, 1 for the plain key.
 */
export function weighByMonths(sharers: Sharer[]): number {
  if (!sharers.some((s) => s.customer.months !== null)) return 1;
  for (const s of sharers) s.weight = s.key.times(activeMonthCount(s.customer.months));
  return MONTHS;
}

/**
 * Key values. A composite key's value for a customer is Σ Vikt × (that key's value / the key's
 * total over all customers); Fjolårsvolym is the customer's previous-year volume of the service.
 */
export class KeyBook {
  private readonly composite = new Map<string, Map<string, Dec>>();

  constructor(private readonly model: Model) {
    for (const [name, parts] of model.composites) {
      const values = new Map<string, Dec>(model.customers.map((c) => [c.name, ZERO]));
      for (const part of parts) {
        const total = model.customers.reduce((acc, c) => acc.plus(c.keys.get(part.key) ?? ZERO), ZERO);
        if (total.isZero()) continue;
        for (const c of model.customers) {
          const v = c.keys.get(part.key) ?? ZERO;
          if (!v.isZero()) values.set(c.name, (values.get(c.name) ?? ZERO).plus(part.weight.times(v).div(total)));
        }
      }
      this.composite.set(name, values);
    }
  }

  value(key: string, customer: Customer, service: Service): Dec {
    if (key === LAST_YEAR_VOLUME_KEY) return this.model.volumes.get(service.name)?.get(customer.name)?.lastVolume ?? ZERO;
    const composite = this.composite.get(key);
    if (composite) return composite.get(customer.name) ?? ZERO;
    return customer.keys.get(key) ?? ZERO;
  }

  /**
   * Who shares a keyed cost: the customers with rows in Volymer for the service if it has any,
   * else every customer (restricted by Kundtyper); in both cases only those with a key > 0.
   * A scenario's Kundtyper (`scenarioTypes`) decides alone: every customer of those types, or
   * every customer for Alla, rows in Volymer or not. In Nycklar order.
   */
  sharers(service: Service, key: string, scenarioTypes: SharerTypes | null = null): Sharer[] {
    const rows = this.model.volumes.get(service.name);
    const written = scenarioTypes ?? service.customerTypes;
    const types = written === ALL_CUSTOMERS || written === null ? null : written.map(normalizeName);
    const candidates =
      scenarioTypes === null && rows && rows.size > 0
        ? this.model.customers.filter((c) => rows.has(c.name))
        : this.model.customers.filter((c) => !types || types.includes(normalizeName(c.type ?? '')));
    const out: Sharer[] = [];
    for (const customer of candidates) {
      const value = this.value(key, customer, service);
      if (isPositive(value)) out.push({ customer, key: value, weight: value });
    }
    return out;
  }
}

// Its constructor reads only the composite keys.
keepShape(new KeyBook({ composites: new Map() } as unknown as Model));
