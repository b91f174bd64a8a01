import { importLedger } from '../../../src/engine/ledger/importLedger';
import { IMPORT_TARGETS } from '../../../src/engine/ledger/targets';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { cp1252, CSV, konteringTable, pc8, RULES, SIE3, SIE4 } from './files';

const target = IMPORT_TARGETS.Kostnader!;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ledger import: rules, sums and reconciliation', () => {
  test('SIE 4: 5410 fits three rules and lands on the one with two conditions; 7010 on "70*, Verksamhet 310"; 2440 has no rule', () => {
    const result = importLedger({ bytes: pc8(SIE4) }, 'utfall.se', [konteringTable(RULES)], target, 'TRANS');
    expect(result.problems.items).toEqual([]);
    const m = result.mapping!;
    // By hand: IT-pool 1200,50 − 200,25 = 1000,25; Lön och pension 45 000; Ekonomi/Övrigt 99 (6110).
    expect(m.lines).toEqual([
      { kostnadsobjekt: 'IT-pool', kostnadsslag: 'IT', fordelasEfter: '', amount: '1000.25', rows: 2 },
      { kostnadsobjekt: 'Lön och pension', kostnadsslag: 'Personal', fordelasEfter: '', amount: '45000', rows: 1 },
      { kostnadsobjekt: 'Ekonomi', kostnadsslag: 'Övrigt', fordelasEfter: '', amount: '99', rows: 1 },
    ]);
    // 2440: −46 200,50 + 101,25 = −46 099,25 on lines 17 and 25.
    expect(m.unmapped).toEqual([{ konto: '2440', ansvar: '', verksamhet: '', aktivitet: '', amount: '-46099.25', lines: [17, 25] }]);
    // Each voucher balances, so the ledger's total is 0; imported 0 − (−46 099,25) = 46 099,25 = 1 000,25 + 45 000 + 99.
    expect([m.ledgerTotal, m.unmappedTotal, m.importedTotal]).toEqual(['0', '-46099.25', '46099.25']);
    expect([m.rows, m.mappedRows]).toEqual([6, 4]);
    // 5000-5999 and 5410 lose every row they match to "54*, Ansvar 100"; 7* loses 7010 to "70*, Verksamhet 310".
    expect(m.unusedRules).toEqual([1, 3, 4]);
  });

  test('SIE 3 budget: the breakdown by Ansvar and what the total leaves land on different rules', () => {
    const rules = [
      ['54*', '100', null, null, 'IT-pool', 'IT'],
      ['5000-5999', null, null, null, 'Ekonomi', 'Övrigt'],
      ['7*', null, null, null, 'Ekonomi', 'Personal'],
    ];
    const m = importLedger({ bytes: pc8(SIE3) }, 'budget.se', [konteringTable(rules)], target).mapping!;
    // 5410 Ansvar 100: 1 000 to IT-pool; 5410 Ansvar 200 1 500, the rest 500 and February's 3 000 to Ekonomi/Övrigt (5 000); 7010 50 000.
    expect(m.lines.map((l) => [l.kostnadsobjekt, l.kostnadsslag, l.amount])).toEqual([
      ['Ekonomi', 'Övrigt', '5000'],
      ['IT-pool', 'IT', '1000'],
      ['Ekonomi', 'Personal', '50000'],
    ]);
    expect([m.ledgerTotal, m.unmappedTotal, m.importedTotal]).toEqual(['56000', '0', '56000']);
  });

  test('CSV in Windows-1252 and in UTF-8 with a BOM read alike: decimal comma, spaces, U+2212, a quoted field with a semicolon', () => {
    for (const bytes of [cp1252(CSV.replace('\u2212', '-')), utf8('\ufeff' + CSV)]) {
      const result = importLedger({ bytes }, 'rapport.csv', [konteringTable(RULES)], target);
      expect(result.problems.items).toEqual([]);
      const m = result.mapping!;
      // IT-pool: −1 234,50 + 10 000 = 8 765,50; Lön och pension 1 250 000,75; 3510 (−5 000) unmapped.
      expect(m.lines.map((l) => [l.kostnadsobjekt, l.amount])).toEqual([
        ['IT-pool', '8765.5'],
        ['Lön och pension', '1250000.75'],
      ]);
      expect(m.unmapped).toEqual([{ konto: '3510', ansvar: '200', verksamhet: '', aktivitet: '', amount: '-5000', lines: [5] }]);
      // 1 253 766,25 − (−5 000) = 1 258 766,25.
      expect([m.ledgerTotal, m.unmappedTotal, m.importedTotal]).toEqual(['1253766.25', '-5000', '1258766.25']);
    }
  });

  test('two rules equally specific for a row are an error naming both rules, their rows and cells', () => {
    const rules = [
      ['61*', null, null, null, 'Ekonomi', 'Övrigt'],
      ['6100-6199', null, null, null, 'IT-pool', 'IT'],
    ];
    const result = importLedger({ bytes: pc8(SIE4) }, 'utfall.se', [konteringTable(rules)], target, 'TRANS');
    expect(result.mapping).toBeNull();
    expect(result.problems.items.map((p) => p.message)).toEqual([
      'utfall.se rad 23 (konto 6110) passar lika väl på två regler: Kontering rad 1 (Kontering!A2:F2) med Konto 61* och Kontering rad 2 (Kontering!A3:F3) med Konto 6100-6199. Gör den ena mer specifik eller ta bort den.',
    ]);
    expect(renderMessage(result.problems.items[0]!.text, 'en')).toContain('fits two rules equally well');
  });

  test('a Kontering cell that is no condition, and a missing Kostnadsobjekt, are errors at their cells', () => {
    const rules = [
      ['5*0', null, null, null, 'Ekonomi', null],
      ['5999-5000', null, null, null, 'Ekonomi', null],
      [null, '100-199', null, null, 'Ekonomi', null],
      ['5410', null, null, null, null, null],
    ];
    const result = importLedger({ bytes: pc8(SIE4) }, 'utfall.se', [konteringTable(rules)], target, 'TRANS');
    expect(result.problems.items.map((p) => [p.cell, p.code])).toEqual([
      ['Kontering!A2', 'kontering-bad-condition'],
      ['Kontering!A3', 'kontering-bad-condition'],
      ['Kontering!B4', 'kontering-bad-condition'],
      ['Kontering!E5', 'kontering-missing-value'],
    ]);
  });

  test('a CSV amount with a decimal point is refused naming its line and column', () => {
    const result = importLedger({ bytes: utf8('Konto;Belopp\n5410;12.50\n') }, 'r.csv', [konteringTable(RULES)], target);
    expect(result.problems.items.map((p) => p.message)).toEqual(['r.csv rad 2: Belopp "12.50" går inte att läsa som ett belopp (skriv t.ex. -1 234,50 med decimalkomma).']);
  });

  test('a SIE file without the target\'s record says which it has', () => {
    const result = importLedger({ bytes: pc8(SIE4) }, 'utfall.se', [konteringTable(RULES)], target);
    expect(result.problems.items.map((p) => p.message)).toEqual(['utfall.se har inga #PBUDGET-poster för året (årsnr 0). Den har #TRANS (6): välj med --sie-post.']);
  });

  test('an xlsx export: the first table with Konto and Belopp, numbers as the cells hold them, lines as sheet rows', () => {
    const report = {
      name: 'Rapport',
      sheet: 'Blad1',
      headers: ['Konto', 'Kontonamn', 'Ansvar', 'Belopp'],
      rows: [
        ['5410', 'Förbrukningsinventarier', '100', 1200.5],
        [7010, 'Löner', '100', '-1 000,25'],
      ],
      origin: { row: 3, column: 1 },
    };
    const other = { name: 'Info', sheet: 'Info', headers: ['Rubrik'], rows: [] };
    const m = importLedger({ tables: [other, report] }, 'rapport.xlsx', [konteringTable(RULES)], target).mapping!;
    expect(m.lines.map((l) => [l.kostnadsobjekt, l.amount])).toEqual([
      ['IT-pool', '1200.5'],
      ['Ekonomi', '-1000.25'],
    ]);
    expect(m.ledgerTotal).toBe('200.25');
  });
});
