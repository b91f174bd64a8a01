/** Ledger files written by hand for the tests, in the encodings the real ones have. */

/** CP437 ("PC8") by hand, for the letters the files use: å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82. */
const PC8: Record<string, number> = { å: 0x86, ä: 0x84, ö: 0x94, Å: 0x8f, Ä: 0x8e, Ö: 0x99, é: 0x82 };

export function pc8(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = PC8[c] ?? c.charCodeAt(0);
    if (code > 0x7f && PC8[c] === undefined) throw new Error(`no PC8 byte for ${c} in the test's table`);
    return code;
  }));
}

/** Windows-1252 by hand: the Latin-1 letters are their own code points. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in the test's Windows-1252: ${c}`);
    return code;
  }));
}

/** An actuals export as Visma/Agresso-style SIE 4: two vouchers that each balance to 0. */
export const SIE4 = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 4',
  '#PROGRAM "Handskrivet" 1.0',
  '#FNAMN "Serviceförvaltningen"',
  '#RAR 0 20270101 20271231',
  '#DIM 1 "Kostnadsställe"',
  '#DIM 6 "Projekt"',
  '#DIM 20 "Verksamhet"',
  '#OBJEKT 1 "100" "Ekonomiavdelningen"',
  '#OBJEKT 6 "P7" "Lönesystem"',
  '#KONTO 5410 "Förbrukningsinventarier"',
  '#VER "A" 1 20270115 "Inköp av skärmar"',
  '{',
  '#TRANS 5410 {1 "100" 6 "P7"} 1200.50 20270115 "Skärmar \\"27 tum\\" till lönegruppen"',
  '#TRANS 7010 {1 "100" 20 "310"} 45000.00',
  '#TRANS 2440 {} -46200.50',
  '}',
  '#VER "A" 2 20270131 "Kreditering"',
  '{',
  '#TRANS 5410 {1 "100" 6 "P7"} -200.25 20270131 "Kredit för en skärm, åäö ÅÄÖ"',
  '#RTRANS 6110 {1 "200"} 99.00',
  '#TRANS 6110 {1 "200"} 99.00',
  '#BTRANS 6110 {1 "200"} 1.00',
  '#TRANS 2440 {} 101.25',
  '}',
  '',
].join('\r\n');

/** A budget as SIE 3: period budgets with an account total ({}) and its breakdown by Ansvar, and last year's budget. */
export const SIE3 = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 3',
  '#RAR 0 20270101 20271231',
  '#RAR -1 20260101 20261231',
  '#DIM 1 "Ansvar"',
  '#PBUDGET 0 202701 5410 {} 3000.00',
  '#PBUDGET 0 202701 5410 {1 "100"} 1000.00',
  '#PBUDGET 0 202701 5410 {1 "200"} 1500.00',
  '#PBUDGET 0 202702 5410 {} 3000.00',
  '#PBUDGET 0 202701 7010 {1 "100"} 50000',
  '#PBUDGET -1 202601 7010 {1 "100"} 48000',
  '#PSALDO 0 202701 7010 {1 "100"} 51000.00',
  '',
].join('\n');

/** A report export as Swedish Excel saves CSV: semicolons, decimal comma, spaces between thousands. */
export const CSV = [
  'Kontonr;Kontonamn;Kostnadsställe;Verksamhet;Projekt;Belopp',
  '5410;"Förbrukningsinventarier; diverse";100;;P7;-1 234,50',
  '5410;Förbrukningsinventarier;100;;;10 000',
  '7010;Löner;100;310;;"1 250 000,75"',
  '3510;Intäkter;200;;;\u22125 000',
  ';;;;;',
  '',
].join('\r\n');

/** The Kontering table: overlapping rules (5410 fits three) and a gap (2440, 3510 fit none). */
export function konteringTable(rows: (string | null)[][]) {
  return {
    name: 'Kontering',
    sheet: 'Kontering',
    headers: ['Konto', 'Ansvar', 'Verksamhet', 'Aktivitet', 'Kostnadsobjekt', 'Kostnadsslag'],
    rows,
    origin: { row: 1, column: 1 },
  };
}

export const RULES: (string | null)[][] = [
  ['5000-5999', null, null, null, 'Ekonomi', 'Övrigt'],
  ['54*', '100', null, null, 'IT-pool', 'IT'],
  ['5410', null, null, null, 'Lokaler', 'Lokaler'],
  ['7*', null, null, null, 'Ekonomi', 'Personal'],
  ['70*', null, '310', null, 'Lön och pension', 'Personal'],
  ['6110', null, null, null, 'Ekonomi', 'Övrigt'],
];
