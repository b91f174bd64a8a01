import { EMPTY_STYLES, withNumberFormats } from '../../../../src/workbook/xlsx/splice/styles-part';

const xfs = (xml: string) => [.../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);

describe('withNumberFormats', () => {
  it('appends a cell format per code, built-in ids for Excel’s own formats, 164 on for the rest, counts updated', () => {
    const { xml, styleOf } = withNumberFormats(EMPTY_STYLES, ['@', '#,##0', '#,##0.##', '0.00%', '#,##0.00']);
    expect([...styleOf]).toEqual([
      ['@', 1],
      ['#,##0', 2],
      ['#,##0.##', 3],
      ['0.00%', 4],
      ['#,##0.00', 5],
    ]);
    expect(xfs(xml).map((xf) => /numFmtId="(\d+)"/.exec(xf)![1])).toEqual(['0', '49', '3', '164', '10', '4']);
    expect(xml).toMatch(/<cellXfs count="6">/);
    expect(xml).toMatch(/<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.##"\/><\/numFmts><fonts/);
  });

  it('uses again what the part already has, and takes the next free id after the workbook’s own formats', () => {
    const first = withNumberFormats(EMPTY_STYLES, ['#,##0.##', '@']);
    const again = withNumberFormats(first.xml, ['@', '#,##0.##']);
    expect(again.xml).toBe(first.xml);
    expect([...again.styleOf]).toEqual([
      ['@', 2],
      ['#,##0.##', 1],
    ]);
    const own = EMPTY_STYLES.replace('<fonts', '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0 &quot;kr&quot;"/></numFmts><fonts');
    const added = withNumberFormats(own, ['#,##0.##']);
    expect(added.xml).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0 &quot;kr&quot;"/><numFmt numFmtId="171" formatCode="#,##0.##"/></numFmts>');
  });
});
