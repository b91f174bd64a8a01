import { AREA } from '../areas';
import type { Service } from './service';

const area = AREA.lon;
const process = 'Löneadministration';

/**
 * Lön och pension (chapter 7): 65 staff (7). Figure 18: base 34.7 MSEK, extra handling 16.6
 * (long-service awards 3.6 of it), add-ons 1.3; everything priced per unit or hour.
 */
export const LON: readonly Service[] = [
  // 7.3: 53.50 kr per employee and month, last year as this year (70 kr in 2007).
  // Full cost 34 700 185 kr / 648 600 employee-months = 53.50.
  {
    name: 'Lön bastjänst', area, process, kind: 'Bastjänst', model: 'Styck', unit: 'anställd/mån',
    lastYearPrice: 53.5, fte: 40,
    description: 'Löne- och personaladministration: lönegrundande uppgifter, intyg, pension och avtalsförsäkringar.',
    sla: 'Lön betalas ut den 25:e för underlag som inkommit enligt tidsplanen.',
  },
  // 7.1: manual handling of late input, urgent payments, corrections. Their cost is carved out
  // as deviation surcharges (deviations.ts); the rest is priced per case (~354.94 kr).
  {
    name: 'Tilläggshantering lön', area, process, kind: 'Tilläggshantering', model: 'Styck',
    unit: 'ärende', lastYearPrice: 350, fte: 16,
    description: 'Manuell hantering utöver bastjänsten, t.ex. manuella intyg och underlag.',
  },
  // 7.3: long-service awards 3.6 MSEK, priced per case (~2 401 kr).
  {
    name: 'Hedersbelöningar', area, process, kind: 'Tilläggshantering', model: 'Styck', unit: 'ärende',
    priceStep: 1, lastYearPrice: 2380, fte: 6,
    description: 'Beräkning av anställningstid och hantering av hedersbelöningar.',
  },
  // 7.3: add-ons 1.3 MSEK, "per hour, or per participant and course".
  {
    name: 'Systemadministration lön', area, kind: 'Tilläggstjänst', model: 'Tim', unit: 'tim',
    priceStep: 1, lastYearPrice: 690, fte: 2,
    description: 'Underhåll av roll- och organisationsregister.',
  },
  {
    name: 'Utbildning lön', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'deltagare',
    priceStep: 1, lastYearPrice: 1250, fte: 1,
    description: 'Utbildning i smart lönehantering.',
  },
];
