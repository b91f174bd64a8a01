import { ElementCounter } from '../../../src/workbook/xlsx/element-counter';

describe('ElementCounter', () => {
  const xml = '<x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>A1:C1</xm:f></x14:sparkline>' +
    '<sparkline/><x14:sparkline>x</x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>';

  it('counts start tags of the element, whatever the prefix, not its longer-named relatives', () => {
    const counter = new ElementCounter('sparkline');
    counter.push(xml);
    expect(counter.count).toBe(3);
  });

  it('counts a tag cut between chunks once, wherever the cut falls', () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const counter = new ElementCounter('sparkline');
      counter.push(xml.slice(0, cut));
      counter.push(xml.slice(cut));
      expect([cut, counter.count]).toEqual([cut, 3]);
    }
  });

  it('counts across many small chunks', () => {
    const counter = new ElementCounter('sparkline');
    const long = xml.repeat(50);
    for (let i = 0; i < long.length; i += 7) counter.push(long.slice(i, i + 7));
    expect(counter.count).toBe(150);
  });
});
