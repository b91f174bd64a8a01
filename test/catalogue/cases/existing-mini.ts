import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';
import { columnError, error, tableError, warning } from '../expect';
import { addColumn, addRow, addTable, filterRows, removeColumn, removeTable, tableOf } from '../tableEdits';

/**
 * Behaviour that already holds, on the mini workbook (test/engine/helpers.ts miniWorkbook), one
 * change each. Every table sits at A1 on a sheet of its own name, so data row r is sheet row
 * r + 1 and the column letter is the header's position:
 *
 *   Nycklar    A Kund | B Kundtyp | C Omsättning | D Anställda            rows 1–3: A, B, C
 *   Tjänster   A Tjänst | B Verksamhetsområde | C Process | D Tjänstetyp | E Prismodell |
 *              F Nyckel | G Betalare | H Enhet | I Årsarbetare (| J a column a case adds)
 *              rows 1 Kassa (Fast, Omsättning), 2 Lev (Styck), 3 Kundres (Tim), 4 Uppdrag (Direkt, A)
 *   Kostnader  A Kostnadsobjekt | B Kostnadsslag | C Belopp | D Fördelas efter
 *              rows 1–4 on the services, 5 Nämnd och administration by Årsarbetare, 6 Ekonomi
 *   Volymer    A Kund | B Tjänst | C Volym   rows 1–3 Lev (A 100, B 60, C 40), 4–5 Kundres (A 7, B 3)
 *
 * Tables a case adds are laid out the same way (the headers given, at A1).
 */

const N = (name: string): string => `existing: mini: ${name}`;

/** Lev (Tjänster row 2) as a Paket service with the given bands. */
function levAsPaket(bands: (string | number | null)[][]): (t: RawTable[]) => void {
  return (t) => {
    setCell(t, 'Tjänster', 2, 'Prismodell', 'Paket');
    addTable(t, 'Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], bands);
  };
}

/** Lev as Blandad keyed by Omsättning, with a Fast andel column J holding `share` on its row. */
function levAsBlandad(share: number | null): (t: RawTable[]) => void {
  return (t) => {
    addColumn(t, 'Tjänster', 'Fast andel');
    setCell(t, 'Tjänster', 2, 'Prismodell', 'Blandad');
    setCell(t, 'Tjänster', 2, 'Nyckel', 'Omsättning');
    setCell(t, 'Tjänster', 2, 'Fast andel', share);
  };
}

const settings = (rows: (string | number)[][]) => (t: RawTable[]) => addTable(t, 'Inställningar', ['Parameter', 'Värde'], rows);
const pools = (rows: (string | number | null)[][]) => (t: RawTable[]) => {
  addRow(t, 'Kostnader', ['IT-stöd', 'IT', 500, 'Årsarbetare']);
  addRow(t, 'Kostnader', ['HR', 'Personal', 300, 'Årsarbetare']);
  // The mini workbook declares its pools (Pooler): the two new ones are declared too.
  addRow(t, 'Pooler', ['IT-stöd', null]);
  addRow(t, 'Pooler', ['HR', null]);
  addTable(t, 'Poolutbyte', ['Från pool', 'Till pool', 'Andel'], rows);
};
const profile = (rows: (string | number)[][]) => (t: RawTable[]) => addTable(t, 'Månadsprofil', ['Tjänst', 'Månad', 'Andel'], rows);
const scenario = (row: (string | number | null)[]) => (t: RawTable[]) => addTable(t, 'Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel', 'Fast andel'], [row]);
const types = (rows: (string | number | null)[][]) => (t: RawTable[]) => addTable(t, 'Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck', 'Minuter'], rows);
const deviations = (rows: (string | number)[][]) => (t: RawTable[]) => addTable(t, 'Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], rows);
const composite = (rows: (string | number)[][]) => (t: RawTable[]) => addTable(t, 'Sammansatta nycklar', ['Nyckel', 'Delnyckel', 'Vikt'], rows);

const mini = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: N(name),
  input: { kind: 'tables', base: 'mini', change },
  expect,
});

export const CASES: BadInputCase[] = [
  // Missing tables and columns.
  mini('no table Nycklar', (t) => removeTable(t, 'Nycklar'), tableError('Nycklar', ['Tabellen Nycklar saknas'])),
  mini('no table Tjänster', (t) => removeTable(t, 'Tjänster'), tableError('Tjänster', ['Tabellen Tjänster saknas'])),
  mini('no table Kostnader', (t) => removeTable(t, 'Kostnader'), tableError('Kostnader', ['Tabellen Kostnader saknas'])),
  mini('no table Volymer while Lev is Styck', (t) => removeTable(t, 'Volymer'), tableError('Volymer', ['Volymer saknas', 'Lev', 'Styck'])),
  mini('Avvikelser has rows but there is no Avvikelsetyper', deviations([['A', 'Lev', 'Påminnelse', 2]]), tableError('Avvikelsetyper', ['Avvikelsetyper saknas', 'Avvikelser har rader'])),
  mini('Nycklar without data rows', (t) => (tableOf(t, 'Nycklar').rows = []), tableError('Nycklar', ['inga kunder'])),
  mini('Tjänster without data rows', (t) => (tableOf(t, 'Tjänster').rows = []), tableError('Tjänster', ['inga tjänster'])),
  mini('Kostnader without column Belopp', (t) => removeColumn(t, 'Kostnader', 'Belopp'), columnError('Kostnader', 'Belopp', ['"Belopp"'])),
  mini('Kostnader without column Kostnadsobjekt', (t) => removeColumn(t, 'Kostnader', 'Kostnadsobjekt'), columnError('Kostnader', 'Kostnadsobjekt', ['"Kostnadsobjekt"'])),
  mini('Volymer without column Volym', (t) => removeColumn(t, 'Volymer', 'Volym'), columnError('Volymer', 'Volym', ['"Volym"'])),
  mini('Volymer without column Tjänst', (t) => removeColumn(t, 'Volymer', 'Tjänst'), columnError('Volymer', 'Tjänst', ['"Tjänst"'])),
  mini('Nycklar without column Kund', (t) => removeColumn(t, 'Nycklar', 'Kund'), columnError('Nycklar', 'Kund', ['"Kund"'])),
  mini('Tjänster without column Prismodell', (t) => removeColumn(t, 'Tjänster', 'Prismodell'), columnError('Tjänster', 'Prismodell', ['"Prismodell"'])),
  mini('Tjänster without column Verksamhetsområde', (t) => removeColumn(t, 'Tjänster', 'Verksamhetsområde'), columnError('Tjänster', 'Verksamhetsområde', ['"Verksamhetsområde"'])),
  mini('Poolutbyte without column Andel', (t) => addTable(t, 'Poolutbyte', ['Från pool', 'Till pool'], [['Nämnd och administration', 'Ekonomi']]), columnError('Poolutbyte', 'Andel', ['"Andel"'])),

  // Closed lists (Tjänstetyp, Prismodell).
  mini('Prismodell "Fastpris"', (t) => setCell(t, 'Tjänster', 1, 'Prismodell', 'Fastpris'), error('Tjänster', 1, 'Prismodell', 'Tjänster!E2', ['"Fastpris"', 'Tillåtna värden'])),
  mini('Tjänstetyp "Grundtjänst"', (t) => setCell(t, 'Tjänster', 2, 'Tjänstetyp', 'Grundtjänst'), error('Tjänster', 2, 'Tjänstetyp', 'Tjänster!D3', ['"Grundtjänst"', 'Bastjänst'])),

  // Required cells left empty.
  mini('empty Verksamhetsområde', (t) => setCell(t, 'Tjänster', 3, 'Verksamhetsområde', null), error('Tjänster', 3, 'Verksamhetsområde', 'Tjänster!B4', ['är tom'])),
  mini('empty Volym', (t) => setCell(t, 'Volymer', 4, 'Volym', null), error('Volymer', 4, 'Volym', 'Volymer!C5', ['är tom'])),
  mini('empty Kostnadsobjekt', (t) => setCell(t, 'Kostnader', 6, 'Kostnadsobjekt', null), error('Kostnader', 6, 'Kostnadsobjekt', 'Kostnader!A7', ['är tom'])),
  mini('empty Kund in Volymer', (t) => setCell(t, 'Volymer', 2, 'Kund', '   '), error('Volymer', 2, 'Kund', 'Volymer!A3', ['är tom'])),

  // Numbers that must be ≥ 0.
  mini('negative Volym', (t) => setCell(t, 'Volymer', 3, 'Volym', -5), error('Volymer', 3, 'Volym', 'Volymer!C4', ['-5', 'mindre än 0'])),
  mini('negative key Anställda', (t) => setCell(t, 'Nycklar', 2, 'Anställda', -1), error('Nycklar', 2, 'Anställda', 'Nycklar!D3', ['-1', 'mindre än 0'])),
  mini('negative driver Årsarbetare', (t) => setCell(t, 'Tjänster', 1, 'Årsarbetare', -2), error('Tjänster', 1, 'Årsarbetare', 'Tjänster!I2', ['-2', 'mindre än 0'])),

  // Unknown references.
  mini('unknown customer in Volymer', (t) => setCell(t, 'Volymer', 1, 'Kund', 'Okänd kund'), error('Volymer', 1, 'Kund', 'Volymer!A2', ['"Okänd kund"', 'Nycklar'])),
  mini('unknown service in Volymer', (t) => setCell(t, 'Volymer', 2, 'Tjänst', 'Löneadministration'), error('Volymer', 2, 'Tjänst', 'Volymer!B3', ['"Löneadministration"', 'Tjänster'])),
  mini('unknown key on a Fast service', (t) => setCell(t, 'Tjänster', 1, 'Nyckel', 'Invånare'), error('Tjänster', 1, 'Nyckel', 'Tjänster!F2', ['"Invånare"', 'Kända nycklar'])),
  mini('unknown Betalare of a Direkt service', (t) => setCell(t, 'Tjänster', 4, 'Betalare', 'Kommunstyrelsen'), error('Tjänster', 4, 'Betalare', 'Tjänster!G5', ['"Kommunstyrelsen"', 'Nycklar'])),
  mini('unknown driver in Fördelas efter', (t) => setCell(t, 'Kostnader', 5, 'Fördelas efter', 'Timmar'), error('Kostnader', 5, 'Fördelas efter', 'Kostnader!D6', ['"Timmar"', 'Årsarbetare'])),

  // Duplicates.
  mini('customer B twice', (t) => addRow(t, 'Nycklar', ['B', 'Bolag', 10, 1]), error('Nycklar', 4, 'Kund', 'Nycklar!A5', ['"B"', 'rad 2'])),
  mini('service Lev twice', (t) => addRow(t, 'Tjänster', ['Lev', 'Ekonomi', null, 'Bastjänst', 'Styck', null, null, null, 1]), error('Tjänster', 5, 'Tjänst', 'Tjänster!A6', ['"Lev"', 'rad 2'])),

  // What a pricing model needs.
  mini('Fast service without Nyckel', (t) => setCell(t, 'Tjänster', 1, 'Nyckel', null), error('Tjänster', 1, 'Nyckel', 'Tjänster!F2', ['"Kassa"', 'fördelningsnyckel'])),
  mini('Direkt service without Betalare', (t) => setCell(t, 'Tjänster', 4, 'Betalare', null), error('Tjänster', 4, 'Betalare', 'Tjänster!G5', ['"Uppdrag"', 'betalare'])),
  mini('Blandad without Fast andel', levAsBlandad(null), error('Tjänster', 2, 'Fast andel', 'Tjänster!J3', ['"Lev"', 'fast andel'])),
  mini('Fast andel 1.5', levAsBlandad(1.5), error('Tjänster', 2, 'Fast andel', 'Tjänster!J3', ['1,5', 'större än 1'])),
  mini('Fast andel -0.2', levAsBlandad(-0.2), error('Tjänster', 2, 'Fast andel', 'Tjänster!J3', ['-0,2', 'mindre än 0'])),
  mini('Styck service without any volume', (t) => filterRows(t, 'Volymer', (r) => r[1] !== 'Lev'), error('Tjänster', 2, 'Prismodell', 'Tjänster!E3', ['Lev', 'ingen volym'])),
  mini(
    'Fast service whose key is 0 for every customer',
    (t) => {
      addColumn(t, 'Nycklar', 'Invånare', [0, 0, null]);
      setCell(t, 'Tjänster', 1, 'Nyckel', 'Invånare');
    },
    error('Tjänster', 1, 'Nyckel', 'Tjänster!F2', ['Kassa', 'Invånare']),
  ),
  mini(
    'a pool whose driver is 0 for every service',
    (t) => {
      addColumn(t, 'Tjänster', 'Timmar', [0, 0, null, 0]);
      setCell(t, 'Kostnader', 5, 'Fördelas efter', 'Timmar');
    },
    error('Kostnader', 5, 'Fördelas efter', 'Kostnader!D6', ['Timmar', 'Nämnd och administration']),
  ),

  // Cell values that are not numbers.
  mini('text "abc" as Belopp', (t) => setCell(t, 'Kostnader', 2, 'Belopp', 'abc'), error('Kostnader', 2, 'Belopp', 'Kostnader!C3', ['"abc"', 'inte ett tal'])),
  mini('ambiguous "1,234" as Volym', (t) => setCell(t, 'Volymer', 1, 'Volym', '1,234'), error('Volymer', 1, 'Volym', 'Volymer!C2', ['"1,234"', 'tusentalsavgränsare'])),
  mini('ambiguous "12.500" as Volym', (t) => setCell(t, 'Volymer', 5, 'Volym', '12.500'), error('Volymer', 5, 'Volym', 'Volymer!C6', ['"12.500"', 'tusentalsavgränsare'])),
  mini('#N/A as a key', (t) => setCell(t, 'Nycklar', 2, 'Omsättning', { error: '#N/A' }), error('Nycklar', 2, 'Omsättning', 'Nycklar!C3', ['#N/A', 'ett tal behövs'])),
  mini('#DIV/0! as Belopp', (t) => setCell(t, 'Kostnader', 3, 'Belopp', { error: '#DIV/0!' }), error('Kostnader', 3, 'Belopp', 'Kostnader!C4', ['#DIV/0!'])),
  mini('#N/A as Verksamhetsområde', (t) => setCell(t, 'Tjänster', 2, 'Verksamhetsområde', { error: '#N/A' }), error('Tjänster', 2, 'Verksamhetsområde', 'Tjänster!B3', ['felvärdet #N/A'])),
  mini('FALSKT as a driver', (t) => setCell(t, 'Tjänster', 3, 'Årsarbetare', false), error('Tjänster', 3, 'Årsarbetare', 'Tjänster!I4', ['FALSKT', 'inte ett tal'])),

  // Paket bands.
  mini('overlapping Paket bands', levAsPaket([['Lev', 0, 100, 1000], ['Lev', 50, 200, 2000]]), error('Paket', 2, 'Från volym', 'Paket!B3', ['Lev', '50', '0–100'])),
  mini('a gap between Paket bands', levAsPaket([['Lev', 0, 100, 1000], ['Lev', 150, null, 2000]]), error('Paket', 2, 'Från volym', 'Paket!B3', ['glapp', '100', '150'])),
  mini('a Paket band ending below its start', levAsPaket([['Lev', 0, 100, 1000], ['Lev', 200, 150, 2000]]), error('Paket', 2, 'Till volym', 'Paket!C3', ['Till volym är mindre än Från volym'])),
  mini('an open Paket band followed by another', levAsPaket([['Lev', 0, null, 1000], ['Lev', 100, 200, 2000]]), error('Paket', 1, 'Till volym', 'Paket!C2', ['saknar Till volym', 'rad 2'])),
  mini('a negative Paket price', levAsPaket([['Lev', 0, null, -1000]]), error('Paket', 1, 'Pris', 'Paket!D2', ['-1\u00a0000', 'mindre än 0'])),
  mini('a volume above every Paket band', levAsPaket([['Lev', 0, 50, 1000], ['Lev', 51, 80, 1500]]), error('Volymer', 1, 'Volym', 'Volymer!C2', ['100', 'Lev', 'band'])),
  mini('a Paket service without bands', (t) => setCell(t, 'Tjänster', 2, 'Prismodell', 'Paket'), error('Tjänster', 2, 'Prismodell', 'Tjänster!E3', ['Lev', 'inga band'])),
  mini('a Paket band of an unknown service', levAsPaket([['Lev', 0, null, 1000], ['Levv', 0, null, 1000]]), error('Paket', 2, 'Tjänst', 'Paket!A3', ['"Levv"'])),

  // Composite keys: the table written as "Sammansatta nycklar" lands on a sheet of that name, which an address quotes.
  mini('composite weights summing to 0,9', composite([['Mix', 'Omsättning', 0.5], ['Mix', 'Anställda', 0.4]]), error('Sammansatta nycklar', 1, 'Vikt', "'Sammansatta nycklar'!C2", ['"Mix"', '0,9'])),
  mini('unknown Delnyckel', composite([['Mix', 'Omsättning', 0.5], ['Mix', 'Invånare', 0.5]]), error('Sammansatta nycklar', 2, 'Delnyckel', "'Sammansatta nycklar'!B3", ['"Invånare"', 'Omsättning, Anställda'])),
  mini('a composite named like a key column', composite([['Omsättning', 'Anställda', 1]]), error('Sammansatta nycklar', 1, 'Nyckel', "'Sammansatta nycklar'!A2", ['"Omsättning"', 'annat namn'])),
  mini('composite Vikt 1.2', composite([['Mix', 'Omsättning', 1.2]]), error('Sammansatta nycklar', 1, 'Vikt', "'Sammansatta nycklar'!C2", ['1,2', 'större än 1'])),

  // Deviations.
  mini('unknown deviation type in Avvikelser', (t) => (types([['Påminnelse', 'Lev', 50, null]])(t), deviations([['A', 'Lev', 'Makulering', 2]])(t)), error('Avvikelser', 1, 'Avvikelse', 'Avvikelser!C2', ['"Makulering"', 'Lev'])),
  mini('negative Antal', (t) => (types([['Påminnelse', 'Lev', 50, null]])(t), deviations([['A', 'Lev', 'Påminnelse', -3]])(t)), error('Avvikelser', 1, 'Antal', 'Avvikelser!D2', ['-3', 'mindre än 0'])),
  mini('deviation type of an unknown service', types([['Påminnelse', 'Levv', 50, null]]), error('Avvikelsetyper', 1, 'Tjänst', 'Avvikelsetyper!B2', ['"Levv"'])),
  mini('a deviation type twice for one service', types([['Påminnelse', 'Lev', 50, null], ['påminnelse', 'Lev', 60, null]]), error('Avvikelsetyper', 2, 'Avvikelse', 'Avvikelsetyper!A3', ['Lev', 'rad 1'])),
  mini('a deviation type with neither cost nor minutes', types([['Påminnelse', 'Lev', null, null]]), error('Avvikelsetyper', 1, 'Kostnad per styck', 'Avvikelsetyper!C2', ['Kostnad per styck eller Minuter', '"Påminnelse"'])),
  mini('Minuter without the setting Timkostnad', types([['Påminnelse', 'Lev', null, 5]]), error('Avvikelsetyper', 1, 'Minuter', 'Avvikelsetyper!D2', ['Timkostnad'])),
  // Lev's full cost: 2 000 own + 300 of the pool (3 of 10 Årsarbetare) + 300 of Ekonomi (2 000 of 4 000 direct cost) = 2 600; 30 × 100 = 3 000.
  mini('deviations costing more than the service', (t) => (types([['Påminnelse', 'Lev', 100, null]])(t), deviations([['A', 'Lev', 'Påminnelse', 30]])(t)), error('Tjänster', 2, 'Tjänst', 'Tjänster!A3', ['Lev', '3\u00a0000', '2\u00a0600'])),

  // Settings.
  mini('Avvikelsemetod "X"', settings([['Avvikelsemetod', 'X']]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"X"', 'Nyckelviktning'])),
  mini('Avvikelsevikt 2', settings([['Budgetår', 2027], ['Avvikelsevikt', 2]]), error('Inställningar', 2, 'Värde', 'Inställningar!B3', ['2', 'större än 1'])),
  mini('Budgetår 2027,5', settings([['Budgetår', 2027.5]]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['helt år'])),
  mini('Budgetår 1800', settings([['Budgetår', 1800]]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['1\u00a0800', '1\u00a0900'])),
  mini('Beloppsavrundning 0', settings([['Beloppsavrundning', 0]]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['0 får inte vara mindre än 0,01'])),
  mini('Timkostnad -600', settings([['Timkostnad', -600]]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['-600'])),
  mini('Poolmetod "Parallell"', settings([['Poolmetod', 'Parallell']]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"Parallell"', 'Stegvis'])),
  mini('Spårning "Kanske"', settings([['Spårning', 'Kanske']]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"Kanske"', 'Ja, Nej'])),
  mini('Pristak twice', settings([['Pristak', 0.1], ['pristak', 0.2]]), error('Inställningar', 2, 'Parameter', 'Inställningar!A3', ['Pristak', 'rad 1'])),
  mini('Pristak left empty', settings([['Pristak', '']]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['är tom'])),

  // Common pools serving each other (the mini workbook's pool Nämnd och administration, plus IT-stöd and HR).
  mini('Poolutbyte from a service', pools([['Lev', 'IT-stöd', 0.1]]), error('Poolutbyte', 1, 'Från pool', 'Poolutbyte!A2', ['"Lev" är en tjänst'])),
  mini('Poolutbyte to an area', pools([['IT-stöd', 'Ekonomi', 0.1]]), error('Poolutbyte', 1, 'Till pool', 'Poolutbyte!B2', ['"Ekonomi" är ett verksamhetsområde'])),
  mini('Poolutbyte to an unknown pool', pools([['IT-stöd', 'Ledning', 0.1]]), error('Poolutbyte', 1, 'Till pool', 'Poolutbyte!B2', ['"Ledning" är ingen pool', 'IT-stöd'])),
  mini('a pool giving to itself', pools([['HR', 'HR', 0.1]]), error('Poolutbyte', 1, 'Till pool', 'Poolutbyte!B2', ['HR', 'sig själv'])),
  mini('Poolutbyte Andel 1.5', pools([['HR', 'IT-stöd', 1.5]]), error('Poolutbyte', 1, 'Andel', 'Poolutbyte!C2', ['1,5', 'större än 1'])),
  mini('the same pool pair twice', pools([['HR', 'IT-stöd', 0.1], ['HR', 'IT-stöd', 0.2]]), error('Poolutbyte', 2, 'Till pool', 'Poolutbyte!B3', ['HR', 'IT-stöd', 'rad 1'])),
  mini('a pool giving away 110 %', pools([['Nämnd och administration', 'IT-stöd', 0.6], ['Nämnd och administration', 'HR', 0.5]]), error('Poolutbyte', 2, 'Andel', 'Poolutbyte!C3', ['110 %', 'rad 1, 2'])),

  mini('two pools giving everything to each other', pools([['IT-stöd', 'HR', 1], ['HR', 'IT-stöd', 1]]), error('Poolutbyte', 1, 'Andel', 'Poolutbyte!C2', ['IT-stöd', 'HR', 'hela sina kostnader'])),
  // Kassa's own row at −1 000 kr makes its direct cost negative, and Ekonomi (row 6) is spread by direct cost.
  mini('a negative direct cost under a row spread by direct cost', (t) => setCell(t, 'Kostnader', 1, 'Belopp', -1000), error('Kostnader', 6, 'Fördelas efter', 'Kostnader!D7', ['"Ekonomi"', 'negativ'])),
  // Stegvis spreads IT-stöd first (it gives 20 %, HR 10 %), so HR's share to IT-stöd (row 2) comes too late.
  mini(
    'Stegvis: a share to a pool already spread',
    (t) => (settings([['Poolmetod', 'Stegvis']])(t), pools([['IT-stöd', 'HR', 0.2], ['HR', 'IT-stöd', 0.1]])(t)),
    warning('Poolutbyte', 2, 'Till pool', 'Poolutbyte!B3', ['Stegvis', 'IT-stöd', 'HR', 'används inte']),
  ),

  // Månadsprofil.
  mini('a month profile summing to 0,5', profile([['Lev', 1, 0.5]]), error('Månadsprofil', 1, 'Andel', 'Månadsprofil!C2', ['Lev', '0,5', 'inte 1'])),
  mini('a month given twice', profile([['Lev', 1, 0.5], ['Lev', 'januari', 0.5]]), error('Månadsprofil', 2, 'Månad', 'Månadsprofil!B3', ['januari', 'rad 1'])),
  mini('Månad "Smarch"', profile([['Lev', 'Smarch', 1]]), error('Månadsprofil', 1, 'Månad', 'Månadsprofil!B2', ['"Smarch"', 'ingen månad'])),
  mini('a month profile of an unknown service', profile([['Levv', 1, 1]]), error('Månadsprofil', 1, 'Tjänst', 'Månadsprofil!A2', ['"Levv"'])),
  mini('a month outside Budgetår', (t) => (settings([['Budgetår', 2027]])(t), profile([['Lev', '2026-03', 1]])(t)), error('Månadsprofil', 1, 'Månad', 'Månadsprofil!B2', ['2026-03', 'budgetåret 2027'])),
  mini('Andel 1.2 in Månadsprofil', profile([['Lev', 1, 1.2]]), error('Månadsprofil', 1, 'Andel', 'Månadsprofil!C2', ['1,2', 'större än 1'])),

  // Scenarier.
  mini('a scenario on an unknown service', scenario(['S1', 'Lön', 'Fast', 'Omsättning', null]), error('Scenarier', 1, 'Tjänst', 'Scenarier!B2', ['"Lön"', 'verksamhetsområde'])),
  mini('a scenario with Prismodell "Fastpris"', scenario(['S1', 'Lev', 'Fastpris', 'Omsättning', null]), error('Scenarier', 1, 'Prismodell', 'Scenarier!C2', ['"Fastpris"'])),
  mini('a scenario with an unknown key', scenario(['S1', 'Lev', 'Fast', 'Invånare', null]), error('Scenarier', 1, 'Nyckel', 'Scenarier!D2', ['"Invånare"', 'Kända nycklar'])),
  mini('a scenario with Fast andel 2', scenario(['S1', 'Lev', 'Blandad', 'Omsättning', 2]), error('Scenarier', 1, 'Fast andel', 'Scenarier!E2', ['2', 'större än 1'])),

  // Warnings: the workbook still calculates (exit 0) and Kontroller says what was read.
  mini('Volym "1 234,50" as text', (t) => setCell(t, 'Volymer', 1, 'Volym', '1 234,50'), warning('Volymer', 1, 'Volym', 'Volymer!C2', ['"1 234,50"', '1234,5'])),
  mini('Belopp "2 000" as text', (t) => setCell(t, 'Kostnader', 2, 'Belopp', '2 000'), warning('Kostnader', 2, 'Belopp', 'Kostnader!C3', ['"2 000"', 'lästes som 2000'])),
  mini('a negative cost row', (t) => setCell(t, 'Kostnader', 6, 'Belopp', -100), warning('Kostnader', 6, 'Belopp', 'Kostnader!C7', ['negativt', '"Ekonomi"'])),
  mini('a second volume for A on Lev', (t) => addRow(t, 'Volymer', ['A', 'Lev', 5]), warning('Volymer', 6, 'Volym', 'Volymer!C7', ['A', 'Lev', 'rad 1', 'summeras'])),
  mini('a driver on a row booked on a service', (t) => setCell(t, 'Kostnader', 1, 'Fördelas efter', 'Årsarbetare'), warning('Kostnader', 1, 'Fördelas efter', 'Kostnader!D2', ['"Kassa"', 'används inte'])),
  mini('Fastställt pris on a Fast service', (t) => addColumn(t, 'Tjänster', 'Fastställt pris', [500]), warning('Tjänster', 1, 'Fastställt pris', 'Tjänster!J2', ['Fast', 'används det inte'])),
  mini('Kundtyper naming a type nobody has', (t) => addColumn(t, 'Tjänster', 'Kundtyper', ['Bolag, Kommun']), warning('Tjänster', 1, 'Kundtyper', 'Tjänster!J2', ['"Kommun"'])),
  mini('a cost object that is a service and an area', (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Uppdrag'), warning('Kostnader', 4, 'Kostnadsobjekt', 'Kostnader!A5', ['"Uppdrag"', 'verksamhetsområde', 'tjänsten'])),
  mini('Paket bands on a Styck service', (t) => addTable(t, 'Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], [['Lev', 0, null, 100]]), warning('Paket', 1, 'Tjänst', 'Paket!A2', ['Lev', 'Styck'])),
  mini('a scenario row that changes nothing', scenario(['S1', 'Lev', null, null, null]), warning('Scenarier', 1, 'Prismodell', 'Scenarier!C2', ['ändrar varken'])),
  mini('both Kostnad per styck and Minuter', types([['Påminnelse', 'Lev', 50, 5]]), warning('Avvikelsetyper', 1, 'Minuter', 'Avvikelsetyper!D2', ['Kostnad per styck används'])),
  mini('a month profile on a Fast service', profile([['Kassa', 1, 1]]), warning('Månadsprofil', 1, 'Tjänst', 'Månadsprofil!A2', ['Kassa', 'Fast'])),
  // Kassa (Fast by Omsättning) shared by A and B only (Stadsdelsförvaltning); C's deviations cannot weigh its keys.
  mini(
    'Nyckelviktning with deviations of a customer that does not share the cost',
    (t) => {
      addColumn(t, 'Tjänster', 'Kundtyper', ['Stadsdelsförvaltning']);
      settings([['Avvikelsemetod', 'Nyckelviktning']])(t);
      types([['Påminnelse', 'Kassa', 10, null]])(t);
      deviations([['C', 'Kassa', 'Påminnelse', 3]])(t);
    },
    warning('Tjänster', 1, 'Nyckel', 'Tjänster!F2', ['C', 'Kassa', 'påverkar inte']),
  ),
  mini('an unknown setting', settings([['Avrundning', 1]]), warning('Inställningar', 1, 'Parameter', 'Inställningar!A2', ['"Avrundning"', 'Kända parametrar'])),
  mini('Kostnader without data rows', (t) => (tableOf(t, 'Kostnader').rows = []), { exit: 1, level: 'Fel', table: 'Kostnader', row: null, column: null, cell: null, message: ['Tabellen Kostnader har inga rader'] }),
  mini('Inställningar without Budgetår', settings([['Pristak', 0.05]]), { exit: 0, level: 'Varning', table: 'Inställningar', row: null, column: 'Parameter', cell: null, message: ['Budgetår saknas'] }),
];
