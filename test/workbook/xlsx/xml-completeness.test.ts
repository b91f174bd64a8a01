import { XmlCompletenessWatcher, type Incompleteness } from '../../../src/workbook/xlsx/xml-completeness';

const HEAD = '<?xml version="1.0"?><worksheet xmlns="urn:main">';

/** The text fed in pieces of `size` characters. */
function watch(xml: string, size: number): Incompleteness | null {
  const watcher = new XmlCompletenessWatcher();
  for (let at = 0; at < xml.length; at += size) watcher.push(xml.slice(at, at + size));
  return watcher.end();
}

describe('XmlCompletenessWatcher', () => {
  // An & is told with the 30 characters (bytes of the part) before it and 12 from it, however the text was cut.
  it.each([
    ['a whole part', `${HEAD}<sheetData/></worksheet>`, null],
    ['comments and white space after the root', `${HEAD}<sheetData/></worksheet>\r\n  <!-- saved by a script --> `, null],
    ['a self-closing root', '<x:sst xmlns:x="urn:x" count="0"/>', null],
    ['every kind of reference', `${HEAD}<c><is><t>&amp;&lt;&gt;&quot;&apos;&#229;&#xE5;</t></is></c></worksheet>`, null],
    ['an & inside a comment or CDATA', `${HEAD}<!-- A & B --><c><is><t><![CDATA[A & B]]></t></is></c></worksheet>`, null],
    ['a part cut inside a row', `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row>`, { kind: 'root', name: 'worksheet' }],
    ['a part cut inside its end tag', `${HEAD}<sheetData/></worksheet`, { kind: 'root', name: 'worksheet' }],
    ['a prefixed root never closed', '<x:sst xmlns:x="urn:x"><x:si><x:t>a</x:t></x:si>', { kind: 'root', name: 'x:sst' }],
    ['a comment never closed', `${HEAD}<!-- note <sheetData/></worksheet>`, { kind: 'unclosed', what: 'comment' }],
    ['a CDATA section never closed', `${HEAD}<c><is><t><![CDATA[x</t></is></c></worksheet>`, { kind: 'unclosed', what: 'cdata' }],
    ['AT&T', `${HEAD}<c><is><t>AT&T</t></is></c></worksheet>`, { kind: 'ampersand', context: ' xmlns="urn:main"><c><is><t>AT&T</t></is><' }],
    ['&amp without its semicolon', `${HEAD}<t>a &amp b</t></worksheet>`, { kind: 'ampersand', context: 'rksheet xmlns="urn:main"><t>a &amp b</t></' }],
  ])('%s', (_, xml, expected) => {
    for (const size of [1, 2, 5, 11, 13, 10_000]) expect([size, watch(xml, size)]).toEqual([size, expected]);
  });
});
