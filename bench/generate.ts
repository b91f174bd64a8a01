import type { CellValue, RawTable } from '../src/engine/cells';

/** A synthetic workbook size: customers, services, volume and deviation rows. */
export interface Size {
  name: string;
  customers: number;
  services: number;
  /** Volume rows: each customer gets a row for this many unit-priced or keyed services. */
  volumeRows: number;
  deviationRows: number;
}

export const SIZES: Size[] = [
  { name: 'city', customers: 50, services: 150, volumeRows: 7_500, deviationRows: 20_000 },
  { name: 'region', customers: 300, services: 500, volumeRows: 150_000, deviationRows: 150_000 },
  { name: 'country', customers: 1_000, services: 1_000, volumeRows: 1_000_000, deviationRows: 1_000_000 },
];

/** mulberry32: a small seeded PRNG, so every run prices the same workbooks. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODELS = ['Fast', 'Styck', 'Styck', 'Tim', 'Blandad', 'Fast', 'Styck', 'Tim', 'Direkt', 'Paket'] as const;
const AREAS = ['Ekonomi', 'Lön och pension', 'Kontaktcenter', 'Upphandling och inköp', 'Lokalplanering', 'Rekrytering'];

function t(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, headers, rows, origin: { row: 1, column: 1 } };
}

/** A valid workbook of the given size: every model, a common pool, deviations, a scenario. */
export function generate(size: Size, seed = 20211): RawTable[] {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const customers = Array.from({ length: size.customers }, (_, i) => `Kund ${String(i + 1).padStart(4, '0')}`);
  const services = Array.from({ length: size.services }, (_, i) => `Tjänst ${String(i + 1).padStart(4, '0')}`);
  const model = (i: number) => MODELS[i % MODELS.length] as (typeof MODELS)[number];

  const nycklar = t('Nycklar', ['Kund', 'Kundtyp', 'Omsättning', 'Anställda', 'Invånare'],
    customers.map((c, i) => [c, i % 3 === 0 ? 'Bolag' : 'Stadsdelsförvaltning', int(10_000_000, 5_000_000_000), int(10, 20_000), i % 3 === 0 ? 0 : int(5_000, 150_000)]));
  const tjanster = t('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel', 'Betalare', 'Enhet', 'Fjolårspris', 'Årsarbetare'],
    services.map((s, i) => {
      const m = model(i);
      const area = AREAS[i % AREAS.length] as string;
      return [s, area, `${area} process ${i % 7}`, i % 11 === 0 ? 'Tilläggstjänst' : 'Bastjänst', m,
        m === 'Fast' || m === 'Blandad' ? (i % 2 ? 'Omsättning' : 'Anställda') : null,
        m === 'Blandad' ? 0.6 : null, m === 'Direkt' ? customers[i % customers.length] ?? null : null,
        // Fjolårspris 1–90 kr: with 10–900 a country's Förändringsanalys summed last year's price
        // times a million volume rows of up to 50 000 past the engine's limit of 10^13 kr (issue 12).
        m === 'Tim' ? 'tim' : 'st', int(1, 90), int(1, 40)];
    }));
  const kostnader = t('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter'], [
    ...services.map((s) => [s, 'Personal', int(500_000, 20_000_000), null] as CellValue[]),
    ...AREAS.map((a) => [a, 'System', int(1_000_000, 10_000_000), null] as CellValue[]),
    ['Nämnd och administration', 'Lokaler', 40_000_000, 'Årsarbetare'],
  ]);

  // Volume rows: every customer on consecutive services (wrapping), skipping Direkt services.
  const perCustomer = Math.max(1, Math.round(size.volumeRows / size.customers));
  const volumeRows: CellValue[][] = [];
  customers.forEach((c, ci) => {
    for (let k = 0; k < perCustomer && k < size.services; k++) {
      const si = (ci + k) % size.services;
      if (model(si) === 'Direkt') continue;
      volumeRows.push([c, services[si] as string, model(si) === 'Paket' ? int(1, 99) : int(1, 50_000), int(1, 50_000)]);
    }
  });
  const volymer = t('Volymer', ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'], volumeRows);
  const paket = t('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'],
    services.flatMap((s, i) => (model(i) === 'Paket' ? [[s, 0, 49, 40_000], [s, 50, null, 70_000]] : [])));

  // Deviation types: two per Styck or Fast service; rows spread over customers and types.
  const deviationServices = services.filter((_, i) => model(i) === 'Styck' || model(i) === 'Fast');
  const typeRows = deviationServices.flatMap((s) => [['Påminnelse', s, 15, null], ['Rättning', s, null, 12]] as CellValue[][]);
  const deviationRows: CellValue[][] = [];
  const pairs = typeRows.length;
  for (let r = 0; r < size.deviationRows; r++) {
    const type = typeRows[r % pairs] as CellValue[];
    const customer = customers[Math.floor(r / pairs) % customers.length] as string;
    deviationRows.push([customer, type[1] as string, type[0] as string, int(0, 3)]);
  }
  return [
    t('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2027], ['Pristak', 0.015], ['Timkostnad', 600], ['Tröskel', 0.05]]),
    nycklar,
    tjanster,
    kostnader,
    volymer,
    t('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck', 'Minuter'], typeRows),
    t('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], deviationRows),
    paket,
    t('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel'], [['Allt fast', 'Ekonomi', 'Fast', 'Omsättning']]),
  ];
}
