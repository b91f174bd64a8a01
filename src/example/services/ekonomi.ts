import { LAST_YEAR_VOLUME_KEY } from '../../engine/schema';
import { AREA } from '../areas';
import { KEY } from '../customers';
import type { Service } from './service';

const area = AREA.ekonomi;
const ADMINISTRATIONS = 'Stadsdelsförvaltning, Fackförvaltning, SLK';

/**
 * Ekonomi (chapter 6): revenue 79.3 MSEK; 95.34 budgeted FTE in 2021 (6.2). The expected prices
 * in the comments are full cost (less deviation surcharges) / volume, see costs.ts.
 */
export const EKONOMI: readonly Service[] = [
  // 6.1: the three unit-priced base services bring 50.4 MSEK, Leverantörsreskontra 23.4 of it.
  // 6.3: Leverantörsreskontra is over-priced and Kundreskontra and Hyresadministration
  // under-priced today; at self-cost the first falls (16.10 -> ~15.03) and the other two rise
  // above the price cap (20.40 -> ~21.37, 104.00 -> ~110.63).
  {
    name: 'Leverantörsreskontra', area, process: 'Reskontra', kind: 'Bastjänst', model: 'Styck',
    unit: 'faktura', lastYearPrice: 16.1, fte: 28,
    description: 'Skanning, kontering och betalning av leverantörsfakturor.',
    sla: 'Fakturor betalas i tid om attest sker inom tidsplanen.',
  },
  {
    name: 'Kundreskontra', area, process: 'Reskontra', kind: 'Bastjänst', model: 'Styck',
    unit: 'faktura', lastYearPrice: 20.4, fte: 21,
    description: 'Fakturering, inbetalningar, påminnelser och inkasso.',
    sla: 'Fakturaunderlag som inkommer före den 20:e faktureras samma månad.',
  },
  {
    name: 'Hyresadministration', area, process: 'Hyres- och avgiftsadministration', kind: 'Bastjänst',
    model: 'Styck', unit: 'kontrakt/mån', lastYearPrice: 104, fte: 11,
    description: 'Administration av andrahandsuthyrning till brukare.',
  },
  // 6.1: Kassa och bank, Systemförvaltning and Avgiftsadministration are fixed costs keyed out,
  // 21.3 MSEK in all. 2.6: a fixed fee "based on demography or the previous year's volume".
  {
    name: 'Kassa och bank', area, process: 'Redovisning och systemförvaltning', kind: 'Bastjänst',
    model: 'Fast', key: KEY.turnover, customerTypes: ADMINISTRATIONS, fte: 6,
    description: 'Bokföring av in- och utbetalningar.',
  },
  {
    name: 'Systemförvaltning ekonomi', area, process: 'Redovisning och systemförvaltning',
    kind: 'Bastjänst', model: 'Fast', key: KEY.employees, customerTypes: ADMINISTRATIONS, fte: 9,
    description: 'Användarstöd och förvaltning av ekonomisystemet Agresso.',
  },
  {
    name: 'Avgiftsadministration', area, process: 'Hyres- och avgiftsadministration', kind: 'Bastjänst',
    model: 'Fast', key: LAST_YEAR_VOLUME_KEY, unit: 'avgiftsfaktura', fte: 8,
    description: 'Avgifter för förskola och fritidsverksamhet.',
  },
  // 6.1: voluntary add-ons priced by the hour, 7.6 MSEK with the package below.
  {
    name: 'Löpande redovisning', area, process: 'Redovisning och systemförvaltning', kind: 'Tilläggstjänst',
    model: 'Tim', unit: 'tim', priceStep: 1, lastYearPrice: 640, fte: 7,
    description: 'Stöd i redovisning och rapportering, inklusive bokslut.',
  },
  {
    name: 'Utökad hyresadministration', area, process: 'Hyres- och avgiftsadministration',
    kind: 'Tilläggstjänst', model: 'Tim', unit: 'tim', priceStep: 1, lastYearPrice: 595, fte: 2.34,
    description: 'Hyresadministration utöver bastjänsten.',
  },
  // 6.1: "for the companies the model is packages of services offered in a staircase based on
  // volumes". Volume = the company's supplier and customer invoices a year; bands in packages.ts.
  {
    name: 'Ekonomipaket bolag', area, kind: 'Tilläggstjänst', model: 'Paket', unit: 'år', fte: 3,
    description: 'Reskontra och redovisning för bolag, som årspris i en volymtrappa.',
  },
];
