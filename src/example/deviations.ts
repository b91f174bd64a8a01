import type { RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';

interface DeviationType {
  name: string;
  service: string;
  /** Kostnad per styck, kr; or Minuter × the setting Timkostnad (600 kr/h, settings.ts). */
  cost?: number;
  minutes?: number;
  description: string;
}

/**
 * The "steering" extra handling the report names: invoice cancellation and debt collection in
 * Ekonomi (6.3), late input, urgent payments and corrections in Lön (7.1). Standard costs are
 * not in the report; they are set so that the surcharges stay well below each service's cost:
 * Kundreskontra 4.35 of 17.6 MSEK, Leverantörsreskontra 1.01 of 23.4, Tilläggshantering lön
 * 4.48 of 13.0.
 */
const TYPES: readonly DeviationType[] = [
  { name: 'Påminnelse', service: 'Kundreskontra', cost: 25, description: 'Påminnelse om obetald kundfaktura.' },
  {
    name: 'Kronofogdeärende', service: 'Kundreskontra', minutes: 45,
    description: 'Ansökan om betalningsföreläggande hos Kronofogden och uppföljning.',
  },
  {
    name: 'Makulering av faktura', service: 'Leverantörsreskontra', minutes: 15,
    description: 'Leverantörsfaktura som makuleras och hanteras om manuellt.',
  },
  {
    name: 'Sen inrapportering', service: 'Tilläggshantering lön', minutes: 30,
    description: 'Lönegrundande underlag som inkommit efter tidsplanens datum.',
  },
  {
    name: 'Akut löneutbetalning', service: 'Tilläggshantering lön', cost: 1200,
    description: 'Utbetalning utanför den ordinarie lönekörningen.',
  },
  {
    name: 'Rättning av registrerade uppgifter', service: 'Tilläggshantering lön', minutes: 25,
    description: 'Rättning av redan registrerade uppgifter.',
  },
];

interface DeviationEvents {
  service: string;
  deviation: string;
  /** Kund, Antal (events a year). */
  counts: ReadonlyArray<readonly [string, number]>;
}

function events(service: string, deviation: string, counts: DeviationEvents['counts']): DeviationEvents {
  return { service, deviation, counts };
}

// Counts follow each customer's volume with its own behaviour: some administrations cause
// several times the city's average rate, which is what the report's dialogue is about (5.4).
const EVENTS: readonly DeviationEvents[] = [
  events('Kundreskontra', 'Påminnelse', [
    ['Rinkeby-Kista stadsdelsförvaltning', 1459],
    ['Spånga-Tensta stadsdelsförvaltning', 1572],
    ['Hässelby-Vällingby stadsdelsförvaltning', 7487],
    ['Bromma stadsdelsförvaltning', 3564],
    ['Kungsholmen stadsdelsförvaltning', 2628],
    ['Norrmalm stadsdelsförvaltning', 3999],
    ['Östermalm stadsdelsförvaltning', 3739],
    ['Södermalm stadsdelsförvaltning', 10_027],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 5836],
    ['Skarpnäck stadsdelsförvaltning', 2182],
    ['Farsta stadsdelsförvaltning', 4369],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 9062],
    ['Skärholmen stadsdelsförvaltning', 1771],
    ['Socialförvaltningen', 2017],
    ['Äldreförvaltningen', 3731],
    ['Fastighetskontoret', 4139],
    ['Exploateringskontoret', 3274],
    ['Idrottsförvaltningen', 3773],
    ['Kulturförvaltningen', 1701],
    ['Utbildningsförvaltningen', 6448],
    ['Trafikkontoret', 4876],
    ['Arbetsmarknadsförvaltningen', 1797],
  ]),
  events('Kundreskontra', 'Kronofogdeärende', [
    ['Rinkeby-Kista stadsdelsförvaltning', 81],
    ['Spånga-Tensta stadsdelsförvaltning', 165],
    ['Hässelby-Vällingby stadsdelsförvaltning', 160],
    ['Bromma stadsdelsförvaltning', 115],
    ['Kungsholmen stadsdelsförvaltning', 202],
    ['Norrmalm stadsdelsförvaltning', 313],
    ['Östermalm stadsdelsförvaltning', 97],
    ['Södermalm stadsdelsförvaltning', 587],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 336],
    ['Skarpnäck stadsdelsförvaltning', 166],
    ['Farsta stadsdelsförvaltning', 74],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 435],
    ['Skärholmen stadsdelsförvaltning', 123],
    ['Socialförvaltningen', 263],
    ['Äldreförvaltningen', 100],
    ['Fastighetskontoret', 419],
    ['Exploateringskontoret', 95],
    ['Idrottsförvaltningen', 149],
    ['Kulturförvaltningen', 128],
    ['Utbildningsförvaltningen', 405],
    ['Trafikkontoret', 155],
    ['Arbetsmarknadsförvaltningen', 123],
  ]),
  events('Leverantörsreskontra', 'Makulering av faktura', [
    ['Rinkeby-Kista stadsdelsförvaltning', 325],
    ['Spånga-Tensta stadsdelsförvaltning', 207],
    ['Hässelby-Vällingby stadsdelsförvaltning', 129],
    ['Bromma stadsdelsförvaltning', 138],
    ['Kungsholmen stadsdelsförvaltning', 224],
    ['Norrmalm stadsdelsförvaltning', 137],
    ['Östermalm stadsdelsförvaltning', 247],
    ['Södermalm stadsdelsförvaltning', 535],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 414],
    ['Skarpnäck stadsdelsförvaltning', 144],
    ['Farsta stadsdelsförvaltning', 236],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 378],
    ['Skärholmen stadsdelsförvaltning', 107],
    ['Utbildningsförvaltningen', 2084],
    ['Socialförvaltningen', 212],
    ['Äldreförvaltningen', 146],
    ['Trafikkontoret', 255],
    ['Stadsbyggnadskontoret', 24],
    ['Exploateringskontoret', 128],
    ['Fastighetskontoret', 213],
    ['Kulturförvaltningen', 182],
    ['Idrottsförvaltningen', 78],
    ['Miljöförvaltningen', 18],
    ['Arbetsmarknadsförvaltningen', 59],
    ['Överförmyndarförvaltningen', 14],
    ['Stadsledningskontoret', 73],
  ]),
  events('Tilläggshantering lön', 'Sen inrapportering', [
    ['Rinkeby-Kista stadsdelsförvaltning', 386],
    ['Spånga-Tensta stadsdelsförvaltning', 106],
    ['Hässelby-Vällingby stadsdelsförvaltning', 427],
    ['Bromma stadsdelsförvaltning', 270],
    ['Kungsholmen stadsdelsförvaltning', 348],
    ['Norrmalm stadsdelsförvaltning', 394],
    ['Östermalm stadsdelsförvaltning', 249],
    ['Södermalm stadsdelsförvaltning', 486],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 460],
    ['Skarpnäck stadsdelsförvaltning', 242],
    ['Farsta stadsdelsförvaltning', 161],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 623],
    ['Skärholmen stadsdelsförvaltning', 179],
    ['Utbildningsförvaltningen', 1429],
    ['Socialförvaltningen', 136],
    ['Äldreförvaltningen', 278],
    ['Trafikkontoret', 107],
    ['Stadsbyggnadskontoret', 56],
    ['Exploateringskontoret', 41],
    ['Fastighetskontoret', 37],
    ['Kulturförvaltningen', 119],
    ['Idrottsförvaltningen', 97],
    ['Miljöförvaltningen', 37],
    ['Arbetsmarknadsförvaltningen', 72],
    ['Överförmyndarförvaltningen', 18],
    ['Stadsledningskontoret', 85],
  ]),
  events('Tilläggshantering lön', 'Akut löneutbetalning', [
    ['Rinkeby-Kista stadsdelsförvaltning', 37],
    ['Spånga-Tensta stadsdelsförvaltning', 18],
    ['Hässelby-Vällingby stadsdelsförvaltning', 30],
    ['Bromma stadsdelsförvaltning', 30],
    ['Kungsholmen stadsdelsförvaltning', 22],
    ['Norrmalm stadsdelsförvaltning', 48],
    ['Östermalm stadsdelsförvaltning', 33],
    ['Södermalm stadsdelsförvaltning', 115],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 93],
    ['Skarpnäck stadsdelsförvaltning', 24],
    ['Farsta stadsdelsförvaltning', 34],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 47],
    ['Skärholmen stadsdelsförvaltning', 29],
    ['Utbildningsförvaltningen', 197],
    ['Socialförvaltningen', 37],
    ['Äldreförvaltningen', 59],
    ['Trafikkontoret', 7],
    ['Stadsbyggnadskontoret', 9],
    ['Exploateringskontoret', 10],
    ['Fastighetskontoret', 7],
    ['Kulturförvaltningen', 43],
    ['Idrottsförvaltningen', 28],
    ['Miljöförvaltningen', 7],
    ['Arbetsmarknadsförvaltningen', 13],
    ['Överförmyndarförvaltningen', 4],
    ['Stadsledningskontoret', 12],
  ]),
  events('Tilläggshantering lön', 'Rättning av registrerade uppgifter', [
    ['Rinkeby-Kista stadsdelsförvaltning', 93],
    ['Spånga-Tensta stadsdelsförvaltning', 159],
    ['Hässelby-Vällingby stadsdelsförvaltning', 232],
    ['Bromma stadsdelsförvaltning', 89],
    ['Kungsholmen stadsdelsförvaltning', 200],
    ['Norrmalm stadsdelsförvaltning', 265],
    ['Östermalm stadsdelsförvaltning', 278],
    ['Södermalm stadsdelsförvaltning', 150],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 210],
    ['Skarpnäck stadsdelsförvaltning', 78],
    ['Farsta stadsdelsförvaltning', 231],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 227],
    ['Skärholmen stadsdelsförvaltning', 92],
    ['Utbildningsförvaltningen', 1800],
    ['Socialförvaltningen', 179],
    ['Äldreförvaltningen', 164],
    ['Trafikkontoret', 65],
    ['Stadsbyggnadskontoret', 26],
    ['Exploateringskontoret', 43],
    ['Fastighetskontoret', 20],
    ['Kulturförvaltningen', 72],
    ['Idrottsförvaltningen', 92],
    ['Miljöförvaltningen', 24],
    ['Arbetsmarknadsförvaltningen', 94],
    ['Överförmyndarförvaltningen', 9],
    ['Stadsledningskontoret', 69],
  ]),
];

export function deviationTypesTable(): RawTable {
  return rawTable(
    'Avvikelsetyper',
    contractHeaders('Avvikelsetyper'),
    TYPES.map((t) => ({
      Avvikelse: t.name,
      Tjänst: t.service,
      'Kostnad per styck': t.cost,
      Minuter: t.minutes,
      Beskrivning: t.description,
    })),
  );
}

export function deviationsTable(): RawTable {
  return rawTable(
    'Avvikelser',
    contractHeaders('Avvikelser'),
    EVENTS.flatMap(({ service, deviation, counts }) =>
      counts.map(([customer, count]) => ({ Kund: customer, Tjänst: service, Avvikelse: deviation, Antal: count })),
    ),
  );
}
