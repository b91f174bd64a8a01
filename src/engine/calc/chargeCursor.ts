import { keepShape } from '../shapes';
import type { Charge, ServiceResult } from './results';

/**
 * The charges of every service, customer by customer, without an index: a service's charges are
 * in Nycklar order (priceService makes them so), so each service keeps a cursor and the charges
 * of customer after customer, asked in Nycklar order, are found where the cursor stands.
 */
export class ChargeCursor {
  private readonly next: number[];

  constructor(private readonly services: readonly ServiceResult[]) {
    this.next = new Array<number>(services.length).fill(0);
  }

  /** The customer's charge for services[s], if it has one; ask with customers in Nycklar order. */
  take(s: number, customer: string): Charge | undefined {
    const at = this.next[s] as number;
    const charge = (this.services[s] as ServiceResult).charges[at];
    if (charge === undefined || charge.customer !== customer) return undefined;
    this.next[s] = at + 1;
    return charge;
  }

  /** Throws unless every charge was taken (the charges were not in Nycklar order). */
  done(table: string): void {
    this.services.forEach((result, s) => {
      if (this.next[s] !== result.charges.length) throw new Error(`${table}: the charges of ${result.service.name} are not in Nycklar order`);
    });
  }
}

keepShape(new ChargeCursor([]));
