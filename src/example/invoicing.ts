import type { RawTable } from '../engine/cells';
import { AREA } from './areas';
import { contractHeaders, rawTable, type RowRecord } from './table';

// The invoice's accounting data. Not in the report: the codes are invented, in the shape a
// municipal ERP uses (four-digit accounts, responsibilities and activities). Every service bears
// 25 % VAT when sold to one of the city's companies (Kundtyp Bolag, Momspliktiga kundtyper); the
// administrations are the city itself and are invoiced without VAT.

/** Nycklar's accounting columns, placed after the month columns so that earlier cells keep their addresses. */
export const CUSTOMER_ACCOUNT_HEADERS = ['Kundnummer', 'Motpart'];

/** Tjänster's accounting columns, placed after the driver column for the same reason. */
export const SERVICE_ACCOUNT_HEADERS = ['Artikel', 'Intäktskonto', 'Ansvar', 'Verksamhet', 'Aktivitet', 'Momssats'];

/** The counterpart code of the city's own administrations and of its companies. */
const COUNTERPART = { city: '100', company: '820' };

/** Kundnummer and Motpart of the customer at `index` in Nycklar's order (10001, 10002, …); `company` for a Bolag. */
export function customerAccount(index: number, company: boolean): RowRecord {
  return { Kundnummer: String(10_001 + index), Motpart: company ? COUNTERPART.company : COUNTERPART.city };
}

/** Each area's responsibility (ansvar) and article prefix. */
const AREA_CODES: Record<string, { ansvar: string; prefix: string }> = {
  [AREA.ekonomi]: { ansvar: '8110', prefix: 'EK' },
  [AREA.lon]: { ansvar: '8120', prefix: 'LO' },
  [AREA.kontaktcenter]: { ansvar: '8130', prefix: 'KC' },
  [AREA.upphandling]: { ansvar: '8140', prefix: 'UH' },
  [AREA.lokalplanering]: { ansvar: '8150', prefix: 'LP' },
  [AREA.rekrytering]: { ansvar: '8160', prefix: 'RE' },
};

/** The accounting columns of the service at `index` within its area: EK01, EK02, … */
export function serviceAccount(area: string, index: number): RowRecord {
  const codes = AREA_CODES[area];
  if (codes === undefined) throw new Error(`Exempeldata: området ${area} har inga konteringskoder`);
  return { Artikel: `${codes.prefix}${String(index + 1).padStart(2, '0')}`, Intäktskonto: '3810', Ansvar: codes.ansvar, Verksamhet: '9200', Momssats: 0.25 };
}

/** Fakturakolumner, empty: the example's invoice file has the five columns (docs/arbetsbok.md shows an ERP layout). */
export function invoiceColumnsTable(): RawTable {
  return rawTable('Fakturakolumner', contractHeaders('Fakturakolumner'), []);
}
