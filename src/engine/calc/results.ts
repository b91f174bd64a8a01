import type { Dec } from '../decimal';
import type { PricingPlan, Service } from '../model';

/** What one customer is charged for one service, and on what basis. */
export interface Charge {
  customer: string;
  /** Grund: how the amount was set, in Swedish ("Nyckel: Omsättning", "Volym", "Direkt" …). */
  basis: string;
  /** Underlag: the customer's volume, or its key value for keyed services. */
  quantity: Dec | null;
  /** Andel: the customer's share of the keyed cost (unrounded). */
  share: Dec | null;
  /** Pris: the unit price charged, or the package band's price. */
  price: Dec | null;
  /** Whole-krona parts: keyed (Fast, Direkt, keyed part of Blandad), unit/package, surcharge. */
  keyed: Dec;
  unit: Dec;
  surcharge: Dec;
  /** Belopp = keyed + unit + surcharge. */
  amount: Dec;
  /** The surcharge split over deviation types (sums to surcharge). */
  surchargeByType: Map<string, Dec>;
}

/** One service priced under one plan (the base or a scenario's). */
export interface ServiceResult {
  service: Service;
  plan: PricingPlan;
  /** The exact full cost (step 1). */
  fullCost: Dec;
  /** Självkostnad: full cost rounded to the amount step; what the charges must recover. */
  selfCost: Dec;
  /** Avvikelsekostnad: the standard cost of the service's deviations, rounded. */
  deviationCost: Dec;
  /** Fast del and Rörlig del of the cost (after any surcharges are carved out). */
  fixedPart: Dec;
  variablePart: Dec;
  /** Σ volume over the customers. */
  volume: Dec;
  price: Dec | null;
  pricePerKeyUnit: Dec | null;
  charges: Charge[];
  revenue: Dec;
  /** |Differens| up to this is rounding alone (the contract's Status rule). */
  tolerance: Dec;
}
