import type { PricingModel, ServiceKind } from '../../engine/schema';
import type { RowRecord } from '../table';
import { FTE_DRIVER } from '../areas';

/** One row of Tjänster, with English field names; `toRecord` spells the contract's headers. */
export interface Service {
  name: string;
  area: string;
  /** The self-cost level; left out, the service is its own process. */
  process?: string;
  kind: ServiceKind;
  model: PricingModel;
  /** Fast and Blandad: a key column, a composite key or Fjolårsvolym. */
  key?: string;
  /** Blandad: the share of the cost that is keyed. */
  fixedShare?: number;
  /** Direkt: the one customer who pays it all. */
  payer?: string;
  unit?: string;
  priceStep?: number;
  /** A decided price (Fastställt pris), used as is. */
  setPrice?: number;
  /** An agreed yearly sum (Avtalat belopp) a Fast or Direkt service charges instead of its self-cost. */
  agreedAmount?: number;
  lastYearPrice?: number;
  /** Restricts who shares a keyed cost when the service has no volumes. */
  customerTypes?: string;
  description: string;
  sla?: string;
  /** Årsarbetare: the driver that spreads area, process and pool costs. */
  fte: number;
}

export function toRecord(s: Service): RowRecord {
  return {
    Tjänst: s.name,
    Verksamhetsområde: s.area,
    Process: s.process,
    Tjänstetyp: s.kind,
    Prismodell: s.model,
    Nyckel: s.key,
    'Fast andel': s.fixedShare,
    Betalare: s.payer,
    Enhet: s.unit,
    Prissteg: s.priceStep,
    'Fastställt pris': s.setPrice,
    'Avtalat belopp': s.agreedAmount,
    Fjolårspris: s.lastYearPrice,
    Kundtyper: s.customerTypes,
    Beskrivning: s.description,
    SLA: s.sla,
    [FTE_DRIVER]: s.fte,
  };
}
