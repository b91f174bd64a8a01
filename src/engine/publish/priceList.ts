import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { Dec } from '../decimal';
import type { PackageBand } from '../model';
import type { PricingModel, ServiceKind } from '../schema';
import { num } from '../report/columns';
import { quantityText, signedPercent, swedish } from '../statement/text';

/**
 * The published price list: what the customers are sent, one section per Verksamhetsområde, as
 * plain data in Swedish (numbers in kronor, changes as fractions, and the texts a page shows), so
 * the PDF and the printable sheet lay out the same content. Prislista is the controllers' table
 * with costs and coverage; this is the customers' page without them.
 */
export interface PublishedPriceList {
  /** "Prislista 2021". */
  title: string;
  year: number | null;
  /** "Priser för budgetår 2021 (1 januari–31 december 2021)". */
  period: string;
  /** The version label: "Servicenämnden 2021-11-18", "Utkast 2021-10-01". */
  label: string;
  /** The footer's text beside "Sida n av m": "Prislista 2021 · Servicenämnden 2021-11-18". */
  footer: string;
  areas: PublishedArea[];
  /** How to read the list, a sentence each, for the models and columns it uses. */
  notes: string[];
}

export interface PublishedArea {
  area: string;
  services: PublishedService[];
}

export interface PublishedService {
  service: string;
  kind: ServiceKind;
  model: PricingModel;
  /** Enhet, as Tjänster gives it (Styck and Blandad default to "st", Tim to "tim"). */
  unit: string | null;
  /** The price per unit charged (Styck, Tim, Blandad's unit part); null otherwise. */
  price: number | null;
  /** The keyed cost per key unit (Fast, Blandad), unrounded. */
  pricePerKeyUnit: number | null;
  /** How the fee is set, the page's Pris column: "13 kr per faktura", "Fast avgift efter Omsättning". */
  fee: string;
  /** The line under it: "1,35 kr per enhet Omsättning", the bands of a Paket …; null when none. */
  feeDetail: string | null;
  lastPrice: number | null;
  /** "12,50 kr", or "–" without a Fjolårspris. */
  lastPriceText: string;
  /** Pris / Fjolårspris − 1, as Prislista's Förändring; null where there is no price to compare. */
  change: number | null;
  /** "+3,2 %", or "–" where nothing is compared. */
  changeText: string;
  /** Beskrivning and SLA from Tjänster (Tjänstekatalog). */
  description: string | null;
  sla: string | null;
}

export interface PriceListOptions {
  /** The version label; the CLI's default is "Utkast <today>". */
  label: string;
}

/** The price list for every service of the calculation, areas and services in Tjänster order. */
export function publishedPriceList(calc: Calculation, options: PriceListOptions): PublishedPriceList {
  const year = calc.model.settings.budgetYear;
  const areas: PublishedArea[] = [];
  const byArea = new Map<string, PublishedArea>();
  for (const r of calc.services) {
    let area = byArea.get(r.service.area);
    if (!area) {
      area = { area: r.service.area, services: [] };
      byArea.set(r.service.area, area);
      areas.push(area);
    }
    area.services.push(publishedService(calc, r));
  }
  const title = year === null ? 'Prislista' : `Prislista ${year}`;
  const label = options.label.trim();
  return {
    title,
    year,
    period: year === null ? 'Priser för budgetåret' : `Priser för budgetår ${year} (1 januari–31 december ${year})`,
    label,
    footer: label === '' ? title : `${title} · ${label}`,
    areas,
    notes: notesFor(areas.flatMap((a) => a.services)),
  };
}

function publishedService(calc: Calculation, r: ServiceResult): PublishedService {
  const s = r.service;
  const model = r.plan.model;
  const unit = s.unit ?? (model === 'Tim' ? 'tim' : model === 'Styck' || model === 'Blandad' || model === 'Paket' ? 'st' : null);
  const change = r.price !== null && s.lastPrice !== null && s.lastPrice.gt(0) ? r.price.div(s.lastPrice).minus(1) : null;
  const { fee, feeDetail } = feeTexts(calc, r, unit);
  return {
    service: s.name,
    kind: s.kind,
    model,
    unit,
    price: num(r.price),
    pricePerKeyUnit: num(r.pricePerKeyUnit),
    fee,
    feeDetail,
    lastPrice: num(s.lastPrice),
    lastPriceText: s.lastPrice === null ? '–' : `${priceText(s.lastPrice)}\u00a0kr`,
    change: num(change),
    changeText: change === null ? '–' : signedPercent(change.toNumber()),
    description: s.description,
    sla: s.sla,
  };
}

function feeTexts(calc: Calculation, r: ServiceResult, unit: string | null): { fee: string; feeDetail: string | null } {
  const s = r.service;
  const key = r.plan.key ?? '';
  const perUnit = r.price === null ? 'Inget pris (ingen volym)' : `${priceText(r.price)}\u00a0kr per ${unit}`;
  const composite = calc.model.composites.get(key);
  // A composite key's value is a share, not a unit anyone counts: its weights say how it is made instead.
  const perKeyUnit = composite
    ? `${composite.map((p) => `${quantityText(p.weight.times(100), 1)}\u00a0% efter ${p.key}`).join(', ')}`
    : r.pricePerKeyUnit === null
      ? null
      : perKeyUnitText(r.pricePerKeyUnit, key);
  switch (r.plan.model) {
    case 'Styck':
    case 'Tim':
      return { fee: perUnit, feeDetail: null };
    case 'Fast':
      return { fee: `Fast avgift efter ${key}`, feeDetail: perKeyUnit };
    case 'Blandad': {
      const share = r.plan.fixedShare === null ? '' : ` (${quantityText(r.plan.fixedShare.times(100), 1)}\u00a0% av kostnaden)`;
      return { fee: `${perUnit} + fast avgift efter ${key}`, feeDetail: perKeyUnit === null ? null : `Fast del${share}: ${perKeyUnit}` };
    }
    case 'Direkt':
      return { fee: 'Hela kostnaden', feeDetail: s.payer === null ? null : `Betalas av ${s.payer}` };
    case 'Paket':
      return { fee: 'Årspris efter volym', feeDetail: bandsText(calc.model.packages.get(s.name) ?? []) };
  }
}

/** A price as the page shows it: "13", "53,50" (two decimals when it has any). */
export function priceText(price: Dec | null): string {
  if (price === null) return '–';
  return price.isInteger() ? swedish(price) : swedish(price, Math.max(2, price.decimalPlaces()));
}

/**
 * The cost per key unit (unrounded in the engine) with two decimals: "1,35 kr per enhet
 * Omsättning". Below 1 kr it is given per 1 000 or 1 000 000 key units, so that it still reads
 * with two decimals: a key in kronor (Omsättning) gives "74,70 kr per 1 000 000 enheter Omsättning".
 */
export function perKeyUnitText(value: Dec, key: string): string {
  let scale = new Dec(1);
  while (!value.isZero() && value.abs().times(scale).lt(1) && scale.lt(1e9)) scale = scale.times(1000);
  const amount = `${swedish(value.times(scale), 2)}\u00a0kr`;
  return scale.eq(1) ? `${amount} per enhet ${key}` : `${amount} per ${swedish(scale)} enheter ${key}`;
}

/** A Paket's bands: "0–10 000: 120 000 kr; 10 000–25 000: 180 000 kr; från 50 000: 320 000 kr". */
function bandsText(bands: readonly PackageBand[]): string | null {
  if (bands.length === 0) return null;
  return bands
    .map((b) => `${b.to === null ? `från ${quantityText(b.from)}` : `${quantityText(b.from)}–${quantityText(b.to)}`}: ${priceText(b.price)}\u00a0kr`)
    .join('; ');
}

function notesFor(services: readonly PublishedService[]): string[] {
  const has = (m: PricingModel) => services.some((s) => s.model === m);
  const notes: string[] = [];
  if (has('Styck') || has('Tim')) notes.push('Styck- och timpris: ni betalar priset gånger er volym.');
  if (has('Fast')) notes.push('Fast avgift: tjänstens kostnad fördelas efter nyckeln (er andel av nyckeln gånger kostnaden); beloppet per nyckelenhet visar nivån och avrundas i fördelningen.');
  if (has('Blandad')) notes.push('Blandad: ett pris per enhet för den rörliga delen och en fast avgift efter nyckeln för resten.');
  if (has('Direkt')) notes.push('Hela kostnaden: tjänsten betalas av den som anges.');
  if (has('Paket')) notes.push('Paket: årspriset för det volymintervall som er volym hamnar i.');
  notes.push(`Förändring: årets pris mot fjolårspriset${has('Blandad') ? ' (för Blandad priset per enhet)' : ''}; fasta avgifter och paket jämförs inte här, ert kundbesked visar vad ni betalar mot i fjol.`);
  return notes;
}
