import { nameList } from '../../src/engine/nameList';
import { CELL_TEXT_MAX, cutText, fitCellText, shortenText } from '../../src/engine/textLimits';
import { output, run, table, miniWorkbook } from './helpers';

describe('nameList', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `K${i + 1}`);

  it.each([
    [[], {}, ''],
    [['A'], {}, 'A'],
    [['A', 'B', 'C'], {}, 'A, B, C'],
    [['A', 'B', 'C'], { and: true }, 'A, B och C'],
    [names(10), {}, 'K1, K2, K3, K4, K5, K6, K7, K8, K9, K10'],
    [names(11), {}, 'K1, K2, K3, K4, K5, K6, K7, K8, K9, K10 … och 1 till'],
    [names(47), { and: true }, 'K1, K2, K3, K4, K5, K6, K7, K8, K9, K10 … och 37 till'],
    [['A', 'B', 'C', 'D'], { max: 3 }, 'A, B, C … och 1 till'],
    [[3, 5, 8], {}, '3, 5, 8'],
  ] as const)('%j %j -> %j', (list, options, expected) => {
    expect(nameList(list, options)).toBe(expected);
  });

  it('shortens a name past 100 characters to 99 and "…"', () => {
    const text = nameList(['x'.repeat(500), 'B']);
    expect(text).toBe(`${'x'.repeat(99)}…, B`);
  });

  it('stays short however many and however long the names', () => {
    const text = nameList(Array.from({ length: 10_000 }, () => 'n'.repeat(30_000)));
    // 10 names of 100 characters, 9 separators, " … och 9990 till".
    expect(text.length).toBe(10 * 100 + 9 * 2 + ' … och 9990 till'.length);
  });
});

describe('cutText', () => {
  // 😀 is two UTF-16 code units (a surrogate pair); é as e + U+0301 is two code points, one grapheme.
  it.each([
    ['abc😀', 4, 'abc'],
    ['abc😀', 5, 'abc😀'],
    ['abce\u0301', 4, 'abc'],
    ['abce\u0301', 5, 'abce\u0301'],
    // A family emoji: three people joined by ZWJ, eight code units in all.
    ['ab👩‍👩‍👧', 9, 'ab'],
    ['ab👩‍👩‍👧', 10, 'ab👩‍👩‍👧'],
    // Flags are pairs of regional indicators (four code units each).
    ['🇸🇪🇳🇴', 6, '🇸🇪'],
    ['kort', 31, 'kort'],
  ])('%j to %d code units is %j', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });

  it('shortenText ends a cut text with …, within the limit', () => {
    expect(shortenText('abc😀def', 5)).toBe('abc…');
    expect(shortenText('abc', 5)).toBe('abc');
  });
});

describe('fitCellText', () => {
  it('leaves a text of 32 767 characters as it is', () => {
    const text = 'a'.repeat(CELL_TEXT_MAX);
    expect(fitCellText(text)).toBe(text);
  });

  it('cuts a longer text to 32 767 characters and says so', () => {
    const fitted = fitCellText('a'.repeat(CELL_TEXT_MAX - 10) + '😀'.repeat(100));
    expect(fitted.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(fitted.endsWith('(förkortad: Excel rymmer högst 32 767 tecken i en cell)')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(fitted)).toBe(false);
  });
});

describe('long lists and texts in Kontroller', () => {
  it('lists 10 of the 41 pools of an unknown-pool message and counts the rest', () => {
    // Undeclared pools (the mini's Pooler taken away), so the message lists Kostnader's pools.
    const tables = miniWorkbook().filter((t) => t.name !== 'Pooler');
    const costs = tables.find((t) => t.name === 'Kostnader')!;
    for (let i = 1; i <= 40; i++) costs.rows.push([`Pool ${String(i).padStart(2, '0')}`, 'IT', 10, 'Årsarbetare']);
    tables.push(table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [['Okänd pool', 'Pool 01', 0.1]]));
    const message = run(tables).problems.find((p) => p.table === 'Poolutbyte' && p.message.includes('Okänd pool'))?.message ?? '';
    expect(message).toContain('Poolerna i Kostnader: Nämnd och administration, Pool 01, Pool 02, Pool 03, Pool 04, Pool 05, Pool 06, Pool 07, Pool 08, Pool 09 … och 31 till.');
  });

  it('never holds a cell text past 32 767 characters, whatever a message quotes', () => {
    const tables = miniWorkbook();
    const costs = tables.find((t) => t.name === 'Kostnader')!;
    costs.rows.push(['Nämnd och administration', 'IT', 10, 'D'.repeat(40_000)]);
    const result = run(tables);
    expect(result.problems.some((p) => p.table === 'Kostnader' && p.message.length > CELL_TEXT_MAX)).toBe(true);
    const rows = output(result, 'Kontroller');
    const row = rows.find((r) => r['Tabell'] === 'Kostnader' && String(r['Meddelande']).includes('DDDD'));
    expect(row).toBeDefined();
    for (const r of rows) for (const v of Object.values(r)) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(String(row!['Meddelande'])).toMatch(/förkortad: Excel rymmer högst 32 767 tecken i en cell\)$/);
  });
});
