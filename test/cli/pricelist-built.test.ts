/**
 * The price list and Kundbesked as PDF from the built command line (bin/intaktsmodell.js and
 * dist/, `npm run build:cli` first): pdfmake stays outside the bundle and its fonts are found
 * beside it; the text read back with pdftotext has its åäö.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../publish/pdfText';

const BIN = join(__dirname, '..', '..', 'bin', 'intaktsmodell.js');
const dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-pricelist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

describe('the built command line writes PDFs', () => {
  it('pricelist and statement --pdf on the example', () => {
    expect(run(['example', 'exempel.xlsx']).status).toBe(0);
    const before = readFileSync(join(dir, 'exempel.xlsx'));

    const list = run(['pricelist', 'exempel.xlsx', '--out', 'prislista.pdf', '--label', 'Servicenämnden 2021-11-18']);
    expect([list.status, list.stderr.replace(/\[.*\n/g, '')]).toEqual([0, '']);
    expect(list.stdout).toMatch(/Skrev prislista 2021 \(Servicenämnden 2021-11-18\) till prislista\.pdf: 38 tjänster i 6 verksamhetsområden/);
    const { text, pages } = pdfText(readFileSync(join(dir, 'prislista.pdf')));
    expect(text).toMatch(/Leverantörsreskontra\s+faktura\s+15,03 kr per faktura\s+16,10 kr\s+−6,6 %/);
    expect(text).toContain('Lön och pension');
    expect(text).toMatch(new RegExp(`Prislista 2021 · Servicenämnden 2021-11-18\\s+Sida ${pages} av ${pages}`));
    expect(statSync(join(dir, 'prislista.pdf')).size).toBeLessThan(200_000);

    const kb = run(['statement', 'exempel.xlsx', '--customer', 'Södermalm stadsdelsförvaltning', '--pdf', 'kundbesked.pdf', '--quiet']);
    expect([kb.status, kb.stderr]).toEqual([0, '']);
    expect(pdfText(readFileSync(join(dir, 'kundbesked.pdf'))).text).toContain('Kundbesked 2021 · Södermalm stadsdelsförvaltning');

    const refused = run(['pricelist', 'exempel.xlsx', '--out', './exempel.xlsx']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/samma fil som indatafilen/);
    expect(readFileSync(join(dir, 'exempel.xlsx')).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'prislista.xlsx'))).toBe(false);
  });
});
