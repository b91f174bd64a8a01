import { LAST_YEAR_VOLUME_KEY } from '../../engine/schema';
import { AREA } from '../areas';
import { COMPOSITE_KEY } from '../compositeKeys';
import { KEY } from '../customers';
import type { Service } from './service';

const area = AREA.kontaktcenter;
const base = 'Kontaktcenter bastjänster';

/**
 * Kontaktcenter (chapter 8): 82 staff, ~450 000 cases a year. Figure 20 splits revenue into
 * keyed 19.0, obligatory per-case 11.8 and add-ons 21.4 MSEK (36.47 / 22.59 / 40.94 %). The
 * Blandad shares below are Figure 20's keyed / (keyed + per-case) per service, to two decimals.
 */
export const KONTAKTCENTER: readonly Service[] = [
  // Figure 20: 8.4 keyed + 6.5 per case; 8.6: used by only 7 of the 13 districts.
  {
    name: 'Äldre direkt', area, process: base, kind: 'Bastjänst', model: 'Blandad', key: KEY.inhabitants65,
    fixedShare: 0.56, unit: 'ärende', lastYearPrice: 71.5, fte: 23,
    description: 'Information och vägledning om äldreomsorg; tar emot synpunkter och klagomål.',
    sla: '80 % av samtalen besvaras inom 3 minuter.',
  },
  // Figure 20: 2.7 + 1.3.
  {
    name: 'Funktionshinder', area, process: base, kind: 'Bastjänst', model: 'Blandad', key: KEY.inhabitants,
    fixedShare: 0.67, unit: 'ärende', lastYearPrice: 66, fte: 6,
    description: 'Information och vägledning om stöd till personer med funktionsnedsättning.',
  },
  // Figure 20: 6.2 + 3.2. 2.6: a fixed fee based on the previous year's volume; 8.6: the fixed
  // price was raised to include general cases, so the unit price falls (55.00 -> ~53.17).
  {
    name: 'Förskola/skola', area, process: base, kind: 'Bastjänst', model: 'Blandad',
    key: LAST_YEAR_VOLUME_KEY, fixedShare: 0.66, unit: 'ärende', lastYearPrice: 55, fte: 15,
    description: 'Kontaktcentertjänst för förskola och skola.',
  },
  // 8.3: transaction-priced, 100 kr per case, billed to each e-service's owner; Figure 20: 0.8.
  // Full cost 800 245 kr / 8 000 cases, in whole kronor: 100.
  {
    name: 'E-tjänstsupport', area, process: base, kind: 'Bastjänst', model: 'Styck', unit: 'ärende',
    priceStep: 1, lastYearPrice: 100, fte: 1.5,
    description: 'Vägledning till och support i stadens e-tjänster.',
  },
  // 8.3: a fixed cost keyed out; Figure 20: 1.8.
  {
    name: 'Stockholm Direkt', area, process: base, kind: 'Bastjänst', model: 'Fast',
    key: COMPOSITE_KEY.inhabitantsAndEmployees, customerTypes: 'Stadsdelsförvaltning, Fackförvaltning', fte: 3,
    description: 'Svarar invånare som inte hittar rätt verksamhet, i telefon och e-post.',
  },
  // Figure 20's add-ons (21.4 MSEK), "normally a cost per case" (8.3).
  {
    name: 'Förskola/skola tilläggstjänst', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'ärende',
    lastYearPrice: 71, fte: 7,
    description: 'Utökad vägledning för förskola och skola.',
  },
  {
    name: 'Godman, överförmyndare', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'ärende',
    lastYearPrice: 82.5, fte: 5,
    description: 'Vägledning för gode män och förvaltare.',
  },
  // 8: "8–10 web editors who sell services on a consultancy basis".
  {
    name: 'Webb och kommunikation', area, kind: 'Tilläggstjänst', model: 'Tim', unit: 'tim', priceStep: 1,
    lastYearPrice: 695, fte: 5,
    description: 'Webbredaktörstjänster: samarbetsytor, intranät och webbplats.',
  },
  {
    name: 'Support vårdnadshavare skolplattformen', area, kind: 'Tilläggstjänst', model: 'Styck',
    unit: 'ärende', lastYearPrice: 68, fte: 3,
    description: 'Support till vårdnadshavare i Skolplattformen.',
  },
  {
    name: 'Parkering rörelsehindrade', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'ärende',
    lastYearPrice: 83, fte: 3,
    description: 'Information och ärendehantering för parkeringstillstånd för rörelsehindrade.',
  },
  {
    name: 'Boendeparkering', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'ärende',
    lastYearPrice: 68.5, fte: 7,
    description: 'Information, ansökningar och fakturafrågor om boendeparkering.',
  },
  {
    name: 'Övriga tilläggstjänster KC', area, kind: 'Tilläggstjänst', model: 'Tim', unit: 'tim', priceStep: 1,
    lastYearPrice: 660, fte: 3.5,
    description: 'Övrig information och vägledning enligt särskild överenskommelse.',
  },
];
