import { readLedgerCsv } from '../../../src/engine/ledger/csvLedger';
import { sieFields } from '../../../src/engine/ledger/sieTokens';
import { swedishAmount } from '../../../src/engine/ledger/amount';
import { ProblemList } from '../../../src/engine/read/problemList';

const utf8 = (text: string) => new TextEncoder().encode(text);

function read(bytes: Uint8Array) {
  const problems = new ProblemList();
  return { file: readLedgerCsv(bytes, 'r.csv', problems), messages: problems.items.map((p) => p.message) };
}

describe('CSV exports', () => {
  test('quotes: "" is a quote, a quoted field may hold the separator and a line break; lines are counted in the file', () => {
    const { file, messages } = read(utf8('Konto;Text;Belopp\n5410;"Skärm ""27"";\nandra raden";12,5\n7010;x;1\n'));
    expect(messages).toEqual([]);
    expect(file!.rows.map((r) => [r.line, r.konto, r.amount])).toEqual([
      [2, '5410', '12.5'],
      [4, '7010', '1'],
    ]);
    expect(file!.kind).toBe('CSV (UTF-8)');
  });

  test('a tab-separated export and the header names Kontonummer, Ansvarsenhet, Vht, Akt, Saldo', () => {
    const { file } = read(utf8('Kontonummer\tAnsvarsenhet\tVht\tAkt\tSaldo\n5410\t100\t310\tP7\t-1\u00a0000,25\n'));
    expect(file!.rows).toEqual([{ line: 2, konto: '5410', ansvar: '100', verksamhet: '310', aktivitet: 'P7', amount: '-1000.25' }]);
  });

  test('a missing Konto column lists the accepted headers; two Belopp columns are named', () => {
    expect(read(utf8('Kontonamn;Belopp\nx;1\n')).messages).toEqual(['r.csv saknar en kolumn för Konto; rubriken kan vara Konto, Kontonr, Kontonummer eller Konto nr.']);
    expect(read(utf8('Konto;Budget;Utfall\n5410;1;2\n')).messages).toEqual(['r.csv: kolumnerna "Budget" (kolumn 2) och "Utfall" (kolumn 3) betyder båda Belopp; ta bort eller byt namn på den ena.']);
  });

  test('an unclosed quote names the line it starts on; a row without Konto is named', () => {
    expect(read(utf8('Konto;Belopp\n5410;1\n"6110;2\n')).messages).toEqual(['r.csv rad 3: ett citattecken som öppnar ett fält stängs aldrig.']);
    expect(read(utf8('Konto;Belopp\n;1\n')).messages).toEqual(['r.csv rad 2: Konto saknas.']);
  });

  test.each([
    ['-1 234,50', '-1234.50'],
    ['\u22125 000', '-5000'],
    ['1234', '1234'],
    ['0,125', '0.125'],
    ['12.50', null],
    ['1 23,5', null],
    ['1,2,3', null],
    ['', null],
  ])('amount %j → %j', (text, expected) => {
    expect(swedishAmount(text)).toBe(expected);
  });
});

describe('SIE fields', () => {
  test('quoted fields with spaces and \\", object lists with quoted and plain items, tabs', () => {
    expect(sieFields('#TRANS\t5410 {1 "100" 6 P7} -12.50 20270115 "Text med \\"citat\\" och  två blanksteg"')).toEqual([
      { list: false, text: '#TRANS' },
      { list: false, text: '5410' },
      { list: true, items: ['1', '100', '6', 'P7'] },
      { list: false, text: '-12.50' },
      { list: false, text: '20270115' },
      { list: false, text: 'Text med "citat" och  två blanksteg' },
    ]);
    expect(sieFields('#TRANS 2440 {} 1.00')).toEqual([
      { list: false, text: '#TRANS' },
      { list: false, text: '2440' },
      { list: true, items: [] },
      { list: false, text: '1.00' },
    ]);
  });

  test.each([
    ['#X "open', 'unclosed-quote'],
    ['#X {1 2', 'unclosed-list'],
    ['#X {1 {2}}', 'nested-list'],
    ['#X 1}', 'stray-brace'],
    ['#X \u0007', 'control-character'],
  ])('%j is %s', (line, problem) => {
    expect(sieFields(line)).toBe(problem);
  });
});
