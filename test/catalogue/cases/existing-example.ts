import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';
import { error, tableError, warning } from '../expect';
import { addRow, removeColumn, removeRow, removeTable, tableOf } from '../tableEdits';

/**
 * Behaviour that already holds, on the example workbook (src/example), one change each. The
 * writer puts each table at A1 on a sheet of the table's name (the composite keys on the sheet
 * `Sammansatta_nycklar`), so data row r is sheet row r + 1. Columns, by position:
 *
 *   Nycklar         A Kund | B Kundtyp | C Omsättning | D Anställda | E Invånare | F Invånare 65+
 *   Tjänster        A Tjänst | B Verksamhetsområde | C Process | D Tjänstetyp | E Prismodell | F Nyckel |
 *                   G Fast andel | H Betalare | I Enhet | J Prissteg | K Fastställt pris | L Fjolårspris |
 *                   M Kundtyper | N Beskrivning | O SLA | P Årsarbetare
 *   Kostnader       A Kostnadsobjekt | B Kostnadsslag | C Belopp | D Fördelas efter
 *   Volymer         A Kund | B Tjänst | C Volym | D Fjolårsvolym
 *   Månadsprofil    A Tjänst | B Månad | C Andel
 *   Avvikelsetyper  A Avvikelse | B Tjänst | C Kostnad per styck | D Minuter | E Beskrivning
 *   Avvikelser      A Kund | B Tjänst | C Avvikelse | D Antal
 *   Sammansatta_nycklar  A Nyckel | B Delnyckel | C Vikt
 *   Paket           A Tjänst | B Från volym | C Till volym | D Pris
 *   Scenarier       A Scenario | B Tjänst | C Prismodell | D Nyckel | E Fast andel | F Kundtyper | G Volymfaktor
 *   Inställningar   A Parameter | B Värde
 *   Poolutbyte      A Från pool | B Till pool | C Andel (no rows)
 *
 * The rows each case touches are named in it (src/example has the data).
 */

const example = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: `existing: example: ${name}`,
  input: { kind: 'tables', base: 'example', change },
  expect,
});

export const CASES: BadInputCase[] = [
  // Tables.
  example('no table Tjänster', (t) => removeTable(t, 'Tjänster'), tableError('Tjänster', ['Tabellen Tjänster saknas'])),
  // Tjänster row 9 is Ekonomipaket bolag, the one Paket service.
  example('no table Paket', (t) => removeTable(t, 'Paket'), error('Tjänster', 9, 'Prismodell', 'Tjänster!E10', ['Ekonomipaket bolag', 'tabellen saknas'])),
  example('no table Avvikelsetyper while Avvikelser has rows', (t) => removeTable(t, 'Avvikelsetyper'), tableError('Avvikelsetyper', ['Avvikelser har rader'])),
  // Avgiftsadministration (Tjänster row 6) is Fast keyed by Fjolårsvolym, which then is 0 for everybody.
  example('Volymer without its optional column Fjolårsvolym', (t) => removeColumn(t, 'Volymer', 'Fjolårsvolym'), error('Tjänster', 6, 'Nyckel', 'Tjänster!F7', ['Avgiftsadministration', 'Fjolårsvolym'])),

  // Nycklar (row 1 Rinkeby-Kista stadsdelsförvaltning, row 14 Utbildningsförvaltningen).
  example('a customer twice', (t) => setCell(t, 'Nycklar', 8, 'Kund', 'Rinkeby-Kista stadsdelsförvaltning'), error('Nycklar', 8, 'Kund', 'Nycklar!A9', ['"Rinkeby-Kista stadsdelsförvaltning"', 'rad 1'])),
  example('a negative Omsättning', (t) => setCell(t, 'Nycklar', 14, 'Omsättning', -17_800_000_000), error('Nycklar', 14, 'Omsättning', 'Nycklar!C15', ['mindre än 0'])),

  // Tjänster (row numbers as in src/example/services).
  example('Fast andel 1.56 (Äldre direkt)', (t) => setCell(t, 'Tjänster', 15, 'Fast andel', 1.56), error('Tjänster', 15, 'Fast andel', 'Tjänster!G16', ['1,56', 'större än 1'])),
  example('Blandad Funktionshinder without Fast andel', (t) => setCell(t, 'Tjänster', 16, 'Fast andel', null), error('Tjänster', 16, 'Fast andel', 'Tjänster!G17', ['"Funktionshinder"', 'fast andel'])),
  example('Stockholm Direkt keyed by an unknown composite', (t) => setCell(t, 'Tjänster', 19, 'Nyckel', 'Invånare/Anställd'), error('Tjänster', 19, 'Nyckel', 'Tjänster!F20', ['"Invånare/Anställd"', 'Invånare/Anställda'])),
  example('Betalare "Stadsledningskontor"', (t) => setCell(t, 'Tjänster', 27, 'Betalare', 'Stadsledningskontor'), error('Tjänster', 27, 'Betalare', 'Tjänster!H28', ['"Stadsledningskontor"'])),
  example('Prissteg 0', (t) => setCell(t, 'Tjänster', 7, 'Prissteg', 0), error('Tjänster', 7, 'Prissteg', 'Tjänster!J8', ['0 får inte vara mindre än 0,0001'])),
  example('a negative Fastställt pris', (t) => setCell(t, 'Tjänster', 29, 'Fastställt pris', -860), error('Tjänster', 29, 'Fastställt pris', 'Tjänster!K30', ['-860', 'mindre än 0'])),
  example('Fjolårspris "gratis"', (t) => setCell(t, 'Tjänster', 1, 'Fjolårspris', 'gratis'), error('Tjänster', 1, 'Fjolårspris', 'Tjänster!L2', ['"gratis"', 'inte ett tal'])),
  example('#REF! as a driver', (t) => setCell(t, 'Tjänster', 2, 'Årsarbetare', { error: '#REF!' }), error('Tjänster', 2, 'Årsarbetare', 'Tjänster!Q3', ['#REF!'])), // Q since Avtalat belopp (issue 15)
  example('Tjänstetyp "Tilläggstjänster"', (t) => setCell(t, 'Tjänster', 9, 'Tjänstetyp', 'Tilläggstjänster'), error('Tjänster', 9, 'Tjänstetyp', 'Tjänster!D10', ['"Tilläggstjänster"', 'Tilläggstjänst'])),
  example('a service twice', (t) => setCell(t, 'Tjänster', 3, 'Tjänst', 'Leverantörsreskontra'), error('Tjänster', 3, 'Tjänst', 'Tjänster!A4', ['"Leverantörsreskontra"', 'rad 1'])),
  example('a Styck service turned Paket without bands', (t) => setCell(t, 'Tjänster', 1, 'Prismodell', 'Paket'), error('Tjänster', 1, 'Prismodell', 'Tjänster!E2', ['Leverantörsreskontra', 'inga band'])),

  // Kostnader (row 46 Ekonomi by Årsarbetare, row 10 Avgiftsadministration System).
  example('Fördelas efter "Årsarbetar"', (t) => setCell(t, 'Kostnader', 46, 'Fördelas efter', 'Årsarbetar'), error('Kostnader', 46, 'Fördelas efter', 'Kostnader!D47', ['"Årsarbetar"', 'Årsarbetare'])),
  example('#VALUE! as Belopp', (t) => setCell(t, 'Kostnader', 10, 'Belopp', { error: '#VALUE!' }), error('Kostnader', 10, 'Belopp', 'Kostnader!C11', ['#VALUE!'])),

  // Volymer (row 1 Rinkeby-Kista on Leverantörsreskontra, row 49 Rinkeby-Kista on Hyresadministration).
  example('an unknown customer in Volymer', (t) => setCell(t, 'Volymer', 1, 'Kund', 'Rinkeby-Kista sdf'), error('Volymer', 1, 'Kund', 'Volymer!A2', ['"Rinkeby-Kista sdf"'])),
  example('a negative Volym', (t) => setCell(t, 'Volymer', 49, 'Volym', -3024), error('Volymer', 49, 'Volym', 'Volymer!C50', ['-3\u00a0024', 'mindre än 0'])),
  example('ambiguous Fjolårsvolym "47,900"', (t) => setCell(t, 'Volymer', 2, 'Fjolårsvolym', '47,900'), error('Volymer', 2, 'Fjolårsvolym', 'Volymer!D3', ['"47,900"', 'tusentalsavgränsare'])),

  // Avvikelser and Avvikelsetyper (types: row 1 Påminnelse 25 kr, row 2 Kronofogdeärende 45 minutes; Avvikelser row 1–3 Påminnelse).
  example('ambiguous Antal "1,459"', (t) => setCell(t, 'Avvikelser', 1, 'Antal', '1,459'), error('Avvikelser', 1, 'Antal', 'Avvikelser!D2', ['"1,459"'])),
  example('deviation type "Påminnelser"', (t) => setCell(t, 'Avvikelser', 3, 'Avvikelse', 'Påminnelser'), error('Avvikelser', 3, 'Avvikelse', 'Avvikelser!C4', ['"Påminnelser"', 'Kundreskontra'])),
  example('#N/A as Minuter', (t) => setCell(t, 'Avvikelsetyper', 2, 'Minuter', { error: '#N/A' }), error('Avvikelsetyper', 2, 'Minuter', 'Avvikelsetyper!D3', ['#N/A'])),
  // Inställningar row 4 is Timkostnad 600.
  example('no Timkostnad while types are given in minutes', (t) => removeRow(t, 'Inställningar', 4), error('Avvikelsetyper', 2, 'Minuter', 'Avvikelsetyper!D3', ['Timkostnad'])),

  // Paket (Ekonomipaket bolag: 0–10 000, 10 000–25 000, 25 000–50 000, 50 000–).
  example('overlapping Paket bands', (t) => setCell(t, 'Paket', 2, 'Från volym', 9000), error('Paket', 2, 'Från volym', 'Paket!B3', ['Ekonomipaket bolag', '9000', '0–10000'])),
  example('a gap between Paket bands', (t) => setCell(t, 'Paket', 3, 'Från volym', 26000), error('Paket', 3, 'Från volym', 'Paket!B4', ['glapp', '25000', '26000'])),
  example('an open Paket band that is not the last', (t) => setCell(t, 'Paket', 3, 'Till volym', null), error('Paket', 3, 'Till volym', 'Paket!C4', ['saknar Till volym', 'rad 4'])),

  // Sammansatta nycklar (Invånare/Anställda: Invånare 0,6 + Anställda 0,4).
  example('composite weights summing to 0,9', (t) => setCell(t, 'Sammansatta_nycklar', 2, 'Vikt', 0.3), error('Sammansatta nycklar', 1, 'Vikt', 'Sammansatta_nycklar!C2', ['"Invånare/Anställda"', '0,9'])),
  example('Delnyckel "Invånare 65"', (t) => setCell(t, 'Sammansatta_nycklar', 1, 'Delnyckel', 'Invånare 65'), error('Sammansatta nycklar', 1, 'Delnyckel', 'Sammansatta_nycklar!B2', ['"Invånare 65"'])),

  // Scenarier (row 1 Leverantörsreskontra Fast Omsättning, row 9 Äldre direkt Fast andel 0,8).
  example('a scenario on "Äldre"', (t) => setCell(t, 'Scenarier', 9, 'Tjänst', 'Äldre'), error('Scenarier', 9, 'Tjänst', 'Scenarier!B10', ['"Äldre"'])),
  example('a scenario key "Omsätning"', (t) => setCell(t, 'Scenarier', 1, 'Nyckel', 'Omsätning'), error('Scenarier', 1, 'Nyckel', 'Scenarier!D2', ['"Omsätning"'])),
  example('a scenario Fast andel 80', (t) => setCell(t, 'Scenarier', 9, 'Fast andel', 80), error('Scenarier', 9, 'Fast andel', 'Scenarier!E10', ['80', 'större än 1'])),

  // Månadsprofil (rows 1–12 Leverantörsreskontra by month number, 13–24 Utbildning lön as 2021-01 …).
  example('a month of 2022 in budget year 2021', (t) => setCell(t, 'Månadsprofil', 13, 'Månad', '2022-01'), error('Månadsprofil', 13, 'Månad', 'Månadsprofil!B14', ['2022-01', 'budgetåret 2021'])),
  example('month shares summing to 1,1', (t) => setCell(t, 'Månadsprofil', 5, 'Andel', 0.19), error('Månadsprofil', 1, 'Andel', 'Månadsprofil!C2', ['Leverantörsreskontra', '1,1'])),
  example('January twice', (t) => setCell(t, 'Månadsprofil', 14, 'Månad', '2021-01'), error('Månadsprofil', 14, 'Månad', 'Månadsprofil!B15', ['januari', 'rad 13'])),

  // Inställningar (row 1 Budgetår, 7 Tröskel, 8 Övergångstak, 10 Spårning).
  example('Budgetår "tjugotjugoett"', (t) => setCell(t, 'Inställningar', 1, 'Värde', 'tjugotjugoett'), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"tjugotjugoett"', 'inte ett tal'])),
  example('Spårning "Kanske"', (t) => setCell(t, 'Inställningar', 10, 'Värde', 'Kanske'), error('Inställningar', 10, 'Värde', 'Inställningar!B11', ['"Kanske"'])),
  example('a negative Tröskel', (t) => setCell(t, 'Inställningar', 7, 'Värde', -0.05), error('Inställningar', 7, 'Värde', 'Inställningar!B8', ['-0,05', 'mindre än 0'])),

  // Poolutbyte (the example's table has no rows).
  example('Poolutbyte to an area', (t) => addRow(t, 'Poolutbyte', ['Nämnd och administration', 'Ekonomi', 0.2]), error('Poolutbyte', 1, 'Till pool', 'Poolutbyte!B2', ['"Ekonomi" är ett verksamhetsområde'])),

  // Warnings: it still calculates.
  example('Belopp "15 719 000" as text', (t) => setCell(t, 'Kostnader', 1, 'Belopp', '15 719 000'), warning('Kostnader', 1, 'Belopp', 'Kostnader!C2', ['"15 719 000"', 'lästes som 15719000'])),
  example('Anställda "16 500" as text', (t) => setCell(t, 'Nycklar', 14, 'Anställda', '16 500'), warning('Nycklar', 14, 'Anställda', 'Nycklar!D15', ['"16 500"', '16500'])),
  example('Övergångstak "10 %" as text', (t) => setCell(t, 'Inställningar', 8, 'Värde', '10 %'), warning('Inställningar', 8, 'Värde', 'Inställningar!B9', ['"10 %"', '0,1'])),
  example('an unknown setting "Avrundning"', (t) => addRow(t, 'Inställningar', ['Avrundning', 1]), warning('Inställningar', 19, 'Parameter', 'Inställningar!A20', ['"Avrundning"'])), // after the example's 18 settings
  example('Påminnelse with both Kostnad per styck and Minuter', (t) => setCell(t, 'Avvikelsetyper', 1, 'Minuter', 5), warning('Avvikelsetyper', 1, 'Minuter', 'Avvikelsetyper!D2', ['Kostnad per styck används'])),
  example('Volymer row 1 repeated at the end', (t) => addRow(t, 'Volymer', [...(tableOf(t, 'Volymer').rows[0] ?? [])]), warning('Volymer', 448, 'Volym', 'Volymer!C449', ['Rinkeby-Kista stadsdelsförvaltning', 'Leverantörsreskontra', 'rad 1', 'summeras'])),
];
