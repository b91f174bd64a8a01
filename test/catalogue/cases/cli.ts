import type { BadInputCase } from '../case';

/**
 * The command line's arguments and files (issue 12): each ends with exit 2 and a Swedish (or
 * commander's English) message on stderr before anything is written. Run on the in-memory host,
 * whose paths resolve against /mem (test/cli/memoryIO.ts); links, devices and pipes need real
 * files and are in test/cli/files.test.ts.
 */
const args = (name: string, argv: string[], message: string[]): BadInputCase => ({
  name: `cli: ${name}`,
  input: { kind: 'args', argv, base: 'mini' },
  expect: { exit: 2, message },
});

const SAME = ['är samma fil som indatafilen IN.xlsx', 'IN ändras aldrig'];

export const CASES: BadInputCase[] = [
  args('no arguments print the help', [], ['Usage: intaktsmodell', 'Slutkoder / exit codes', '3  oväntat internt fel']),
  args('unknown command', ['frobnicate', 'IN.xlsx'], ["unknown command 'frobnicate'"]),
  args('unknown option', ['calculate', 'IN.xlsx', '--bogus'], ["unknown option '--bogus'"]),
  args('calculate without IN', ['calculate'], ["missing required argument 'IN.xlsx'"]),
  args('IN missing', ['calculate', 'saknas.xlsx', '--json', 'OUT.json'], ['kunde inte läsa saknas.xlsx: filen eller mappen finns inte']),
  args('IN is a folder', ['calculate', '.', '--json', 'OUT.json'], ['. är en mapp, inte en arbetsbok']),
  args('calculate --out ending in .xlsm for IN without macros', ['calculate', 'IN.xlsx', '--out', 'ut.xlsm'], ['IN.xlsx har inga makron', 't.ex. ut.xlsx']),
  args('calculate --out ending in .xls', ['calculate', 'IN.xlsx', '--out', 'ut.xls'], ['utfilen ut.xls måste sluta på .xlsx (eller .xlsm när IN har makron)', 'Ange t.ex. ut.xlsx']),
  args('calculate --out ending in .csv', ['calculate', 'IN.xlsx', '--out', 'ut.csv'], ['utfilen ut.csv måste sluta på .xlsx']),
  args('calculate --out ./IN.xlsx', ['calculate', 'IN.xlsx', '--out', './IN.xlsx'], ['utfilen ./IN.xlsx (--out)', ...SAME]),
  args('calculate --out IN.xlsx given as ./IN.xlsx', ['calculate', './IN.xlsx', '--out', 'IN.xlsx'], ['utfilen IN.xlsx (--out) är samma fil som indatafilen ./IN.xlsx']),
  args('calculate --json x/../IN.xlsx', ['calculate', 'IN.xlsx', '--json', 'x/../IN.xlsx'], ['utfilen x/../IN.xlsx (--json)', ...SAME]),
  args('calculate --json as an absolute path to IN', ['calculate', 'IN.xlsx', '--json', '/mem/IN.xlsx'], ['utfilen /mem/IN.xlsx (--json)', ...SAME]),
  args('calculate --out and --json the same file', ['calculate', 'IN.xlsx', '--out', 'ut.xlsx', '--json', './ut.xlsx'], ['--out ut.xlsx och --json ./ut.xlsx är samma fil; ange två olika filer.']),
  args('calculate --json a folder', ['calculate', 'IN.xlsx', '--json', '/mem'], ['utfilen /mem (--json) är en mapp; ange ett filnamn.']),
  args('calculate --out in a read-only folder', ['calculate', 'IN.xlsx', '--out', '/readonly/ut.xlsx'], ['kunde inte skriva /readonly/ut.xlsx: behörighet saknas']),
  args('invoice without --out', ['invoice', 'IN.xlsx'], ["required option '--out <UT.csv|UT.xlsx>' not specified"]),
  args('invoice --out ending in .txt', ['invoice', 'IN.xlsx', '--out', 'fu.txt'], ['utfilen fu.txt ska sluta på .csv eller .xlsx.']),
  args('invoice --out ./IN.xlsx', ['invoice', 'IN.xlsx', '--out', './IN.xlsx'], ['utfilen ./IN.xlsx (--out)', ...SAME]),
  args('invoice --raw-text with .xlsx', ['invoice', 'IN.xlsx', '--out', 'fu.xlsx', '--raw-text'], ['--raw-text gäller bara CSV']),
  args('statement --out a/./../IN.xlsx', ['statement', 'IN.xlsx', '--customer', 'A', '--out', 'a/./../IN.xlsx'], ['utfilen a/./../IN.xlsx (--out)', ...SAME]),
  args('statement --out ending in .pdf', ['statement', 'IN.xlsx', '--customer', 'A', '--out', 'kb.pdf'], ['--out skriver kundbeskeden som Excel-arbetsbok; ange en .xlsx-fil i stället för kb.pdf, eller skriv PDF med --pdf kb.pdf']),
  args('statement with neither --customer nor --all', ['statement', 'IN.xlsx', '--out', 'kb.xlsx'], ['ange vilken kund med --customer NAMN']),
  args('statement an unknown customer', ['statement', 'IN.xlsx', '--customer', 'Ö', '--out', 'kb.xlsx'], ['kunden "Ö" finns inte i Nycklar']),
  args('trace --json IN.xlsx', ['trace', 'IN.xlsx', '--customer', 'A', '--json', 'IN.xlsx'], ['utfilen IN.xlsx (--json)', ...SAME]),
  args('trace an unknown service', ['trace', 'IN.xlsx', '--customer', 'A', '--service', 'Kasa'], ['tjänsten "Kasa" finns inte i Tjänster', 'Kassa']),
  args('template into a folder', ['template', '/mem'], ['utfilen /mem är en mapp; ange ett filnamn.']),
  {
    name: 'cli: IN is an empty file',
    input: { kind: 'bytes', make: () => new Uint8Array(0) },
    expect: { exit: 2, message: ['kunde inte läsas som en Excel-arbetsbok'] },
  },
];
