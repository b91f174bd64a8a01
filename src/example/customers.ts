import type { RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';
import { CUSTOMER_ACCOUNT_HEADERS, customerAccount } from './invoicing';

/** The allocation keys (columns of Nycklar) the example uses. */
export const KEY = {
  turnover: 'Omsättning',
  employees: 'Anställda',
  inhabitants: 'Invånare',
  inhabitants65: 'Invånare 65+',
} as const;

export const CUSTOMER_TYPE = {
  district: 'Stadsdelsförvaltning',
  department: 'Fackförvaltning',
  company: 'Bolag',
  cityOffice: 'SLK',
} as const;

export const CITY_OFFICE = 'Stadsledningskontoret';

/** Stockholm names a district administration "<district> stadsdelsförvaltning". */
export function districtName(district: string): string {
  return `${district} stadsdelsförvaltning`;
}

// Keys are not in the report. Populations are close to Stockholm's in 2020 (963 000 in all);
// turnover (kr a year) and employees are plausible. One constraint comes from the report: the
// administrations' employees (districts, departments, city office) sum to 54 050, so
// 54 050 × 12 = 648 600 employee-months at 53.50 kr are Lön's 34.7 MSEK (7.3).

/** District, Omsättning, Anställda, Invånare, Invånare 65+. */
const DISTRICTS: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['Rinkeby-Kista', 2_350_000_000, 2050, 51_300, 5600],
  ['Spånga-Tensta', 1_900_000_000, 1700, 40_100, 5300],
  ['Hässelby-Vällingby', 2_750_000_000, 2350, 77_300, 12_900],
  ['Bromma', 2_600_000_000, 2250, 79_400, 13_800],
  ['Kungsholmen', 2_300_000_000, 1950, 72_800, 11_200],
  ['Norrmalm', 2_250_000_000, 1900, 72_900, 11_500],
  ['Östermalm', 2_350_000_000, 1950, 72_500, 13_600],
  ['Södermalm', 3_900_000_000, 3250, 131_200, 19_800],
  ['Enskede-Årsta-Vantör', 3_550_000_000, 3000, 106_100, 14_700],
  ['Skarpnäck', 1_650_000_000, 1400, 49_800, 6800],
  ['Farsta', 2_450_000_000, 2100, 61_900, 11_200],
  ['Hägersten-Älvsjö', 3_300_000_000, 2800, 110_400, 14_900],
  ['Skärholmen', 1_850_000_000, 1590, 37_500, 5600],
];

/** Department (fackförvaltning), Omsättning, Anställda. */
const DEPARTMENTS: ReadonlyArray<readonly [string, number, number]> = [
  ['Utbildningsförvaltningen', 17_800_000_000, 16_500],
  ['Socialförvaltningen', 2_300_000_000, 1800],
  ['Äldreförvaltningen', 1_700_000_000, 1600],
  ['Trafikkontoret', 4_600_000_000, 720],
  ['Stadsbyggnadskontoret', 520_000_000, 480],
  ['Exploateringskontoret', 2_400_000_000, 330],
  ['Fastighetskontoret', 3_100_000_000, 310],
  ['Kulturförvaltningen', 1_250_000_000, 1150],
  ['Idrottsförvaltningen', 1_400_000_000, 760],
  ['Miljöförvaltningen', 310_000_000, 300],
  ['Arbetsmarknadsförvaltningen', 1_500_000_000, 1050],
  ['Överförmyndarförvaltningen', 95_000_000, 110],
];

/** The city office: buys the procurement and LOIS commissions (9.1, 9.2). */
const CITY_OFFICE_KEYS = { turnover: 2_100_000_000, employees: 650 };

/** City-owned company (bolag), Omsättning, Anställda. Not on the city's payroll (7.5). */
const COMPANIES: ReadonlyArray<readonly [string, number, number]> = [
  ['Stockholmshem', 2_050_000_000, 480],
  ['Svenska Bostäder', 2_400_000_000, 440],
  ['Familjebostäder', 1_450_000_000, 260],
  ['Stockholm Vatten och Avfall', 3_300_000_000, 1050],
  ['Stockholms Hamn', 760_000_000, 230],
  ['Micasa Fastigheter', 1_350_000_000, 200],
  ['SISAB', 2_500_000_000, 230],
  ['Stockholm Parkering', 820_000_000, 190],
];

/**
 * Not in the report: Stockholms Hamn joins the shared service centre in April, so the example
 * shows a customer active part of the year (Från månad): Fakturaunderlag bills it April to
 * December and its Kundbesked says so. It pays no keyed fee, so no other customer's figures move.
 */
const JOINS_IN_APRIL = { name: 'Stockholms Hamn', from: 4 };

interface Customer {
  name: string;
  type: (typeof CUSTOMER_TYPE)[keyof typeof CUSTOMER_TYPE];
  turnover: number;
  employees: number;
  /** Districts only; 0 for everyone else. */
  inhabitants: number;
  inhabitants65: number;
}

function customers(): Customer[] {
  const other = (type: Customer['type']) =>
    ([name, turnover, employees]: readonly [string, number, number]): Customer => ({
      name, type, turnover, employees, inhabitants: 0, inhabitants65: 0,
    });
  return [
    ...DISTRICTS.map(([district, turnover, employees, inhabitants, inhabitants65]): Customer => ({
      name: districtName(district), type: CUSTOMER_TYPE.district, turnover, employees, inhabitants, inhabitants65,
    })),
    ...DEPARTMENTS.map(other(CUSTOMER_TYPE.department)),
    other(CUSTOMER_TYPE.cityOffice)([CITY_OFFICE, CITY_OFFICE_KEYS.turnover, CITY_OFFICE_KEYS.employees]),
    ...COMPANIES.map(other(CUSTOMER_TYPE.company)),
  ];
}

export function customersTable(): RawTable {
  // The keys right of Kundtyp, the months after them: the columns a reader looks at first come first.
  const months = ['Från månad', 'Till månad'];
  const contract = contractHeaders('Nycklar').filter((h) => !months.includes(h) && !CUSTOMER_ACCOUNT_HEADERS.includes(h));
  const headers = [...contract, KEY.turnover, KEY.employees, KEY.inhabitants, KEY.inhabitants65, ...months, ...CUSTOMER_ACCOUNT_HEADERS];
  return rawTable(
    'Nycklar',
    headers,
    customers().map((c, i) => ({
      ...customerAccount(i, c.type === CUSTOMER_TYPE.company),
      Kund: c.name,
      Kundtyp: c.type,
      'Från månad': c.name === JOINS_IN_APRIL.name ? JOINS_IN_APRIL.from : null,
      [KEY.turnover]: c.turnover,
      [KEY.employees]: c.employees,
      [KEY.inhabitants]: c.inhabitants,
      [KEY.inhabitants65]: c.inhabitants65,
    })),
  );
}
