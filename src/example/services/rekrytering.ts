import { AREA } from '../areas';
import type { Service } from './service';

const area = AREA.rekrytering;
const process = 'Rekryteringsuppdrag';

/**
 * Rekrytering (9.3): 15 staff, ~600 assignments and 14 MSEK budgeted for 2021, at fixed
 * "package prices" as in the industry. Voluntary and open to competition.
 */
export const REKRYTERING: readonly Service[] = [
  {
    name: 'Rekrytering medarbetare', area, process, kind: 'Tilläggstjänst', model: 'Styck',
    unit: 'rekrytering', setPrice: 24_000, lastYearPrice: 24_000, fte: 11,
    description: 'Stöd i hela rekryteringsprocessen för medarbetare.',
    sla: 'Kandidatförslag inom sex veckor från annonsstart.',
  },
  // A manager recruitment "is a larger effort and therefore costs 34 000 kr"; last year's
  // 33 000 makes it a rise above the cap.
  {
    name: 'Chefsrekrytering', area, process, kind: 'Tilläggstjänst', model: 'Styck', unit: 'rekrytering',
    setPrice: 34_000, lastYearPrice: 33_000, fte: 3.5,
    description: 'Rekrytering av chefer, utom förvaltningschefer och VD.',
  },
  // "Related services such as reference checks" (the price is not in the report).
  {
    name: 'Referenstagning', area, process, kind: 'Tilläggstjänst', model: 'Styck', unit: 'uppdrag',
    setPrice: 3200, lastYearPrice: 3200, fte: 0.5,
    description: 'Referenstagning som fristående uppdrag.',
  },
];
