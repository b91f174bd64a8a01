import { relativeTarget, relsPartOf, resolveTarget, sourceOfRelsPart } from '../../../src/workbook/xlsx/package-paths';

describe('package paths', () => {
  it.each([
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', './styles.xml', 'xl/styles.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
  ])('resolves from %s the target %s to %s', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  it.each([
    ['xl/worksheets/sheet1.xml', 'xl/tables/table1.xml', '../tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', 'xl/comments1.xml', '../comments1.xml'],
    ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/drawings/drawing1.xml', 'xl/media/image1.png', '../media/image1.png'],
  ])('leads from %s to %s by %s', (source, part, target) => {
    expect(relativeTarget(source, part)).toBe(target);
    expect(resolveTarget(source, target)).toBe(part);
  });

  it('pairs parts with their relationship parts', () => {
    expect(relsPartOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
    expect(sourceOfRelsPart('xl/worksheets/_rels/sheet1.xml.rels')).toBe('xl/worksheets/sheet1.xml');
    expect(sourceOfRelsPart('_rels/.rels')).toBe('');
    expect(sourceOfRelsPart('xl/worksheets/sheet1.xml')).toBeNull();
  });
});
