import { ProblemList } from '../../../src/engine/read/problemList';
import { readSie, sieLedger } from '../../../src/engine/ledger/sieReader';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { pc8, SIE3, SIE4 } from './files';

function read(text: string, post: 'TRANS' | 'PBUDGET' | 'PSALDO' = 'TRANS') {
  const problems = new ProblemList();
  const sie = readSie(pc8(text), 'fil.se', problems);
  return { sie, problems, ledger: sieLedger(sie, post, 'fil.se', problems) };
}

describe('SIE reader', () => {
  test('SIE 4: #TRANS in vouchers, object lists to Ansvar/Verksamhet/Aktivitet, negative amounts, #RTRANS and #BTRANS skipped', () => {
    const { problems, ledger } = read(SIE4);
    expect(problems.items).toEqual([]);
    expect(ledger.rows).toEqual([
      { line: 15, konto: '5410', ansvar: '100', verksamhet: '', aktivitet: 'P7', amount: '1200.50' },
      { line: 16, konto: '7010', ansvar: '100', verksamhet: '310', aktivitet: '', amount: '45000.00' },
      { line: 17, konto: '2440', ansvar: '', verksamhet: '', aktivitet: '', amount: '-46200.50' },
      { line: 21, konto: '5410', ansvar: '100', verksamhet: '', aktivitet: 'P7', amount: '-200.25' },
      { line: 23, konto: '6110', ansvar: '200', verksamhet: '', aktivitet: '', amount: '99.00' },
      { line: 25, konto: '2440', ansvar: '', verksamhet: '', aktivitet: '', amount: '101.25' },
    ]);
    expect(ledger.kind).toBe('SIE 4 #TRANS');
  });

  test('CP437 bytes are read as åäö (the #DIM name "Kostnadsställe", 0x84 is ä)', () => {
    const bytes = pc8('#FORMAT PC8\n#DIM 20 "Verksamhetsomr\u00e5de f\u00f6r \u00c5\u00c4\u00d6"\n');
    expect([...bytes.slice(-8, -2)]).toEqual([0x94, 0x72, 0x20, 0x8f, 0x8e, 0x99]);
    const problems = new ProblemList();
    const sie = readSie(bytes, 'fil.se', problems);
    expect(sie.dimensions.get(20)).toBe('Verksamhetsområde för ÅÄÖ');
  });

  test('SIE 3 #PBUDGET: year 0 only; an account total ({}) and its breakdown give the breakdown plus what it leaves', () => {
    const { problems, ledger } = read(SIE3, 'PBUDGET');
    expect(problems.items).toEqual([]);
    // 3000 total for 5410 in January, 1000 + 1500 broken down: 500 left without Ansvar.
    expect(ledger.rows).toEqual([
      { line: 7, konto: '5410', ansvar: '', verksamhet: '', aktivitet: '', amount: '500' },
      { line: 8, konto: '5410', ansvar: '100', verksamhet: '', aktivitet: '', amount: '1000.00' },
      { line: 9, konto: '5410', ansvar: '200', verksamhet: '', aktivitet: '', amount: '1500.00' },
      { line: 10, konto: '5410', ansvar: '', verksamhet: '', aktivitet: '', amount: '3000.00' },
      { line: 11, konto: '7010', ansvar: '100', verksamhet: '', aktivitet: '', amount: '50000' },
    ]);
  });

  test('#PSALDO is read the same way', () => {
    const { ledger } = read(SIE3, 'PSALDO');
    expect(ledger.rows).toEqual([{ line: 13, konto: '7010', ansvar: '100', verksamhet: '', aktivitet: '', amount: '51000.00' }]);
  });

  test.each([
    ['#TRANS 5410 {} 12.00', 1, 'fil.se rad 1 kan inte läsas: en transaktion står utanför en verifikation (#VER följd av { … }).'],
    ['#FORMAT PC8\n#VER A 1 20270101\n{\n#TRANS 5410 {1 "100} 12.00\n}', 4, 'fil.se rad 4 kan inte läsas: ett citattecken stängs aldrig.'],
    ['#FORMAT PC8\n\n#VER A 1 20270101\n{\n#TRANS 5410 {1 "100" 12.00\n}', 5, 'fil.se rad 5 kan inte läsas: en objektlista { stängs aldrig med }.'],
    ['#VER A 1 20270101\n{\n#TRANS 5410 {1 "100" 6} 12.00\n}', 3, 'fil.se rad 3 kan inte läsas: objektlistan ska bestå av par av dimensionsnummer och objekt, varje dimension en gång.'],
    ['#VER A 1 20270101\n{\n#TRANS 5410 {} 12,00\n}', 3, 'fil.se rad 3 kan inte läsas: #TRANS har beloppet "12,00", som inte är ett belopp (SIE skriver t.ex. -1234.50).'],
    ['#FORMAT UTF8', 1, 'fil.se rad 1 kan inte läsas: #FORMAT är "UTF8", men SIE-filer ska vara PC8 (teckentabell 437).'],
    ['#FLAGGA 0\nKONTO 5410', 2, 'fil.se rad 2 kan inte läsas: raden börjar inte med en etikett som #TRANS: "KONTO 5410".'],
    ['#PBUDGET 0 202713 5410 {} 1.00', 1, 'fil.se rad 1 kan inte läsas: #PBUDGET saknar fältet period eller har det i fel form.'],
    ['#VER A 1 20270101\n{\n#TRANS 5410 {} 1.00', 1, 'fil.se rad 1 kan inte läsas: verifikationen som börjar här stängs aldrig med }.'],
  ])('an unreadable line is an error naming its line: %j', (text, line, message) => {
    const { problems } = read(text);
    expect(problems.items.map((p) => [p.row, p.message])).toEqual([[line, message]]);
  });

  test('the English text names the line too', () => {
    const { problems } = read('#FLAGGA 0\n#VER A 1 20270101\n{\n#TRANS 5410 {} 12,00\n}');
    expect(renderMessage(problems.items[0]!.text, 'en')).toBe('fil.se line 4 cannot be read: #TRANS has the amount "12,00", which is no amount (SIE writes e.g. -1234.50).');
  });
});
