import type { CellValue, RawTable } from '../../../src/engine/cells';
import type { Problem } from '../../../src/engine/problems';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { miniWorkbook, output, run, table } from '../helpers';
import { withSetting } from '../lastYearTables';

// Bad invoice data, located: every problem names its table, row, column and cell (the tables start at A1).

const problems = (tables: RawTable[], code: string): Problem[] => run(tables).problems.filter((p) => p.code === code);

function withCustomerColumn(header: string, values: CellValue[], extraRows: CellValue[][] = []): RawTable[] {
  return miniWorkbook().map((t) => (t.name === 'Nycklar' ? table('Nycklar', [...t.headers, header], [...t.rows.map((r, i) => [...r, values[i] ?? null]), ...extraRows]) : t));
}

function withRates(rates: CellValue[]): RawTable[] {
  return miniWorkbook().map((t) => (t.name === 'Tjänster' ? table('Tjänster', [...t.headers, 'Momssats'], t.rows.map((r, i) => [...r, rates[i] ?? null])) : t));
}

function withLayout(rows: CellValue[][]): RawTable[] {
  return [...miniWorkbook(), table('Fakturakolumner', ['Kolumn', 'Rubrik'], rows)];
}

describe('Momssats (Tjänster)', () => {
  it('accepts 25 %, 12 %, 6 % and 0 %, as fractions, per-cent text or blank', () => {
    const result = run(withRates([0.25, '12 %', 0, null]));
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    // C (Bolag) buys Lev at 12 %: 40 invoices in a year; every line's VAT is 12 % of it.
    const lev = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === 'C' && r['Tjänst'] === 'Lev');
    expect(lev.every((r) => Math.round((r['Belopp'] as number) * 12) === Math.round((r['Moms'] as number) * 100))).toBe(true);
  });

  it('calls a rate no Swedish finance team has an error on its cell', () => {
    const [p, ...rest] = problems(withRates([0.2]), 'bad-vat-rate');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ level: 'error', table: 'Tjänster', row: 1, column: 'Momssats', cell: 'Tjänster!J2' });
    expect(p?.message).toBe('Tjänster rad 1, kolumn Momssats (Tjänster!J2): Momssats 20 % finns inte i Sverige; momssatserna är 25 %, 12 %, 6 % och 0 % (momsfri tjänst). Tom cell = 25 %.');
    expect(renderMessage(p!.text, 'en')).toBe('Tjänster row 1, column Momssats (Tjänster!J2): the Momssats 20 % does not exist in Sweden; the VAT rates are 25 %, 12 %, 6 % and 0 % (a service exempt from VAT). A blank cell is 25 %.');
  });

  it('says how to write 25 typed as a plain number', () => {
    const [p] = problems(withRates([null, 25]), 'bad-vat-rate');
    expect(p?.message).toBe('Tjänster rad 2, kolumn Momssats (Tjänster!J3): Momssats 25 läses som 2500 %. Skriv 25 % eller 0,25.');
    const [six] = problems(withRates([6]), 'bad-vat-rate');
    expect(six?.message).toMatch(/Momssats 6 läses som 600 %\. Skriv 6 % eller 0,06\.$/);
  });
});

describe('Kundnummer (Nycklar)', () => {
  it('names both cells when a customer has two different numbers', () => {
    // C twice (an error of its own), with another Kundnummer on the second row.
    const [p, ...rest] = problems(withCustomerColumn('Kundnummer', ['1001', '1002', '1003'], [['C', 'Bolag', 100, 10, '1004']]), 'customer-number-conflict');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ table: 'Nycklar', row: 4, column: 'Kundnummer', cell: 'Nycklar!E5' });
    expect(p?.message).toBe('Nycklar rad 4, kolumn Kundnummer (Nycklar!E5): kunden "C" har Kundnummer 1004 här men 1003 i Nycklar rad 3, kolumn Kundnummer (Nycklar!E4). En kund har ett kundnummer.');
  });

  it('allows one number for customers invoiced alike, not for one with VAT and one without', () => {
    expect(problems(withCustomerColumn('Kundnummer', ['9000', '9000', '1003']), 'customer-number-vat-mix')).toEqual([]);
    const [p] = problems(withCustomerColumn('Kundnummer', ['9000', '1002', 9000]), 'customer-number-vat-mix');
    expect(p).toMatchObject({ level: 'error', table: 'Nycklar', row: 3, column: 'Kundnummer', cell: 'Nycklar!E4' });
    expect(p?.message).toBe('Nycklar rad 3, kolumn Kundnummer (Nycklar!E4): Kundnummer 9000 står både här (C) och i Nycklar rad 1, kolumn Kundnummer (Nycklar!E2) (A), men bara C är momspliktig (Momspliktiga kundtyper). En faktura kan inte vara både med och utan moms: ge kunderna olika kundnummer.');
  });
});

describe('Momspliktiga kundtyper', () => {
  it('warns about a type no customer has, on the setting’s cell', () => {
    const [p] = problems(withSetting(miniWorkbook(), 'Momspliktiga kundtyper', 'Bolag; Stiftelse'), 'unknown-customer-type');
    expect(p).toMatchObject({ level: 'warning', table: 'Inställningar', row: 1, column: 'Värde', cell: 'Inställningar!B2' });
    expect(p?.message).toBe('Inställningar rad 1, kolumn Värde (Inställningar!B2): ingen kund i Nycklar har kundtypen "Stiftelse"; ingen faktura får moms av den. Kundtyperna i Nycklar är Stadsdelsförvaltning och Bolag.');
  });

  it('refuses Ingen together with types', () => {
    const [p] = problems(withSetting(miniWorkbook(), 'Momspliktiga kundtyper', 'Ingen, Bolag'), 'vat-none-with-types');
    expect(p).toMatchObject({ level: 'error', cell: 'Inställningar!B2' });
  });

  it('makes several types momspliktiga, or none with Ingen (then Fakturaunderlag keeps its five columns)', () => {
    const both = output(run(withSetting(miniWorkbook(), 'Momspliktiga kundtyper', 'bolag,Stadsdelsförvaltning')), 'Fakturaunderlag');
    expect(both.filter((r) => (r['Belopp'] as number) > 0).every((r) => (r['Moms'] as number) > 0)).toBe(true);
    const none = run(withSetting(miniWorkbook(), 'Momspliktiga kundtyper', 'Ingen'));
    expect(none.outputs.find((o) => o.name === 'Fakturaunderlag')?.columns.map((c) => c.header)).toEqual(['Kund', 'Tjänst', 'Period', 'Belopp', 'Text']);
  });
});

describe('Fakturakolumner', () => {
  it('names the nearest known field for an unknown Kolumn', () => {
    const [p, ...rest] = problems(withLayout([['Kund', null], ['Momsats', 'Moms %']]), 'unknown-invoice-column');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ level: 'error', table: 'Fakturakolumner', row: 2, column: 'Kolumn', cell: 'Fakturakolumner!A3' });
    expect(p?.message).toMatch(/^Fakturakolumner rad 2, kolumn Kolumn \(Fakturakolumner!A3\): fakturafilen har inget fält "Momsats"\. Menade du Momssats\? Fälten är Kund, Kundnummer, .* och Text\.$/);
  });

  it('refuses two columns with one header, naming the earlier cell', () => {
    const [p] = problems(withLayout([['Belopp', null], ['Netto', 'belopp']]), 'duplicate-invoice-header');
    expect(p).toMatchObject({ level: 'error', row: 2, column: 'Rubrik', cell: 'Fakturakolumner!B3' });
    expect(p?.message).toBe('Fakturakolumner rad 2, kolumn Rubrik (Fakturakolumner!B3): rubriken "belopp" finns redan i Fakturakolumner rad 1, kolumn Kolumn (Fakturakolumner!A2). Varje kolumn i fakturafilen behöver en egen rubrik.');
  });

  it('is not read by the calculation: Fakturaunderlag stays as it is', () => {
    const plain = run(miniWorkbook());
    const laid = run(withLayout([['Brutto', 'Att betala'], ['Kund', null]]));
    expect(laid.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(output(laid, 'Fakturaunderlag')).toEqual(output(plain, 'Fakturaunderlag'));
  });
});
