import type { Dec } from '../decimal';
import type { PricingPlan, Service } from '../model';

/** part / whole, kept as the two numbers and divided only when shown. */
export interface Fraction {
  part: Dec;
  whole: Dec;
}

/** What one customer is charged for one service, and on what basis. */
export interface Charge {
  customer: string;
  /** Grund: how the amount was set, in Swedish ("Nyckel: Omsättning", "Volym", "Direkt" …). */
  basis: string;
  /** Underlag: the customer's volume, or its key value for keyed services. */
  quantity: Dec | null;
  /**
   * Andel: the customer's share of the keyed cost, key / the sharers' key total (unrounded); when
   * a sharer is active only part of the year, key × active months / Σ key × active months.
   */
  share: Fraction | null;
  /** The customer's key value on the keyed part (Fast, Blandad); null without one. */
  keyValue: Dec | null;
  /** Pris: the unit price charged, or the package band's price. */
  price: Dec | null;
  /**
   * The parts of the amount, in whole units of the amount step (see money.ts): keyed (Fast,
   * Direkt, the keyed part of Blandad), unit/package charges, the deviation surcharge.
   */
  keyed: number;
  unit: number;
  surcharge: number;
  /** Belopp = keyed + unit + surcharge, in units. */
  amount: number;
  /** The surcharge split over deviation types (sums to surcharge), in units. */
  surchargeByType: ReadonlyMap<string, number>;
}

/** One service priced under one plan (the base or a scenario's). */
export interface ServiceResult {
  service: Service;
  plan: PricingPlan;
  /** The exact full cost (step 1). */
  fullCost: Dec;
  /** Självkostnad: full cost rounded to the amount step (units); what the charges must recover. */
  selfCost: number;
  /** Avvikelsekostnad: the standard cost of the service's deviations, rounded (units). */
  deviationCost: number;
  /** Fast del and Rörlig del of the cost after any surcharges are carved out (units). */
  fixedPart: number;
  variablePart: number;
  /** Σ volume over the customers. */
  volume: Dec;
  price: Dec | null;
  pricePerKeyUnit: Dec | null;
  charges: Charge[];
  /** How many customers share the keyed cost (Fast, Blandad; the payer of Direkt); 0 for the others. */
  sharers: number;
  /** Intäkt: the sum of the charges (units). */
  revenue: number;
  /** |Differens| up to this many kronor is rounding alone (the contract's Status rule). */
  tolerance: Dec;
  /** Pristaksmetod Begränsa: the unit price before the cap when the cap held it (price is then the cap), else null. */
  uncappedPrice: Dec | null;
  /**
   * What the cap took off the charges (units, ≥ 0): the charges at uncappedPrice minus those at
   * price, plus what it took off keyed amounts held against Fjolårsbelopp (heldKeyed).
   */
  capShortfall: number;
  /** Pristaksmetod Begränsa on a Fast or Direkt service: customer -> its keyed amount before the cap held it (units); empty when none was held. */
  heldKeyed: ReadonlyMap<string, number>;
  /** Avtalat belopp in units when the plan charges it (Fast, Direkt), else null. */
  agreedAmount: number | null;
}
