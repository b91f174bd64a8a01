import { AREA } from '../areas';
import { CITY_OFFICE } from '../customers';
import type { Service } from './service';

const area = AREA.lokalplanering;

/** Lokalplanering (9.2): 13 staff, revenue budget 11.8 MSEK; no obligatory services. */
export const LOKALPLANERING: readonly Service[] = [
  // "This year the price of these services is 900 kr per hour."
  {
    name: 'Lokalplaneringsstöd', area, kind: 'Tilläggstjänst', model: 'Tim', unit: 'tim', setPrice: 900,
    lastYearPrice: 880, fte: 10.5,
    description: 'Beställarstöd i lokalfrågor: projektledning och specialistroller.',
  },
  // "For managing the city's premises system LOIS the administration gets a fixed compensation",
  // on commission from the city office.
  {
    name: 'LOIS systemförvaltning', area, kind: 'Uppdrag', model: 'Direkt', payer: CITY_OFFICE, fte: 2,
    description: 'Förvaltning av stadens lokaladministrativa system LOIS och hyresförhandlingsfunktionen.',
  },
  // "Some training, charged at a fixed price per participant" (the price is not in the report).
  {
    name: 'Utbildning lokalfrågor', area, kind: 'Tilläggstjänst', model: 'Styck', unit: 'deltagare',
    setPrice: 1500, lastYearPrice: 1500, fte: 0.5,
    description: 'Utbildning i stadens fastighets- och lokalpolicy.',
  },
];
