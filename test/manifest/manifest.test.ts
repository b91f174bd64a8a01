/**
 * manifest.xml checked offline (Microsoft's validator is an online service, TOOLCHAIN.md):
 * office-addin-manifest parses it strictly, and the structure the pane relies on is asserted
 * here: ids, where the pane is served, the icons in assets/, the ExcelApi minimum, Swedish as
 * the default language with English overrides, and the support page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { supportPage } from '../../scripts/support-page';
import { child, findAll, parseXml, type XmlElement } from './xml';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ORIGIN = 'https://localhost:3000';
const xml = parseXml(readFileSync(MANIFEST, 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function assetPath(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return join(ROOT, url.slice(ORIGIN.length + 1));
}

/**
 * `office-addin-manifest info`, run as its command line: its library pulls ESM-only packages
 * that jest on Node 20 cannot require. Exits non-zero on XML it cannot parse.
 */
function manifestInfo(path: string): Record<string, string> {
  const cli = join(dirname(require.resolve('office-addin-manifest/package.json')), 'cli.js');
  const output = execFileSync(process.execPath, [cli, 'info', path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^\s+([\w ]+?):\s*(.*)$/.exec(line);
    if (match) info[match[1] as string] = (match[2] as string).trim();
  }
  return info;
}

function enOverride(element: XmlElement): string | undefined {
  return element.children.find((c) => c.name.endsWith('Override') && c.attributes.Locale === 'en-US')?.attributes.Value;
}

describe('manifest.xml', () => {
  it('parses with office-addin-manifest and names the add-in, its host and its page', () => {
    const info = manifestInfo(MANIFEST);
    expect(info['Id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info['Id']).toBe(child(xml, 'Id').text);
    expect(info['Type']).toBe('TaskPaneApp');
    expect(info['Version']).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info['Hosts']).toBe('Workbook');
    expect(info['Permissions']).toBe('ReadWriteDocument');
    expect(info['Default Locale']).toBe('sv-SE');
    expect(child(xml, 'DefaultLocale').text).toBe('sv-SE');
    expect(info['Name']).toContain('Intäktsmodell');
    // The page webpack emits (webpack.config.js: HtmlWebpackPlugin filename).
    expect(info['Source Location']).toBe(`${ORIGIN}/taskpane.html`);
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toContain("filename: 'taskpane.html'");
  });

  it('declares ExcelApi 1.7 as the minimum, in the manifest and its version overrides', () => {
    for (const sets of findAll(xml, 'Sets')) {
      const excel = sets.children.filter((s) => s.attributes.Name === 'ExcelApi');
      expect(excel).toHaveLength(1);
      expect(excel[0]?.attributes.MinVersion).toBe('1.7');
    }
    expect(findAll(xml, 'Sets')).toHaveLength(2);
  });

  it('has a ribbon button on the Home tab that opens the pane', () => {
    const tab = findAll(xml, 'OfficeTab');
    expect(tab.map((t) => t.attributes.id)).toEqual(['TabHome']);
    const controls = findAll(tab[0] as XmlElement, 'Control');
    expect(controls).toHaveLength(1);
    const action = child(controls[0] as XmlElement, 'Action');
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    const url = findAll(xml, 'Url').find((u) => u.attributes.id === child(action, 'SourceLocation').attributes.resid);
    expect(url?.attributes.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set(['Image', 'Url', 'String'].flatMap((n) => findAll(child(findAll(xml, 'VersionOverrides')[0] as XmlElement, 'Resources'), n)).map((e) => e.attributes.id));
    const refs: string[] = [];
    const walk = (e: XmlElement) => {
      if (e.attributes.resid) refs.push(e.attributes.resid);
      e.children.forEach(walk);
    };
    walk(xml);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it('points every icon at a PNG of its size in assets/', () => {
    const icons: [string, number][] = [
      [child(xml, 'IconUrl').attributes.DefaultValue as string, 32],
      [child(xml, 'HighResolutionIconUrl').attributes.DefaultValue as string, 64],
      ...findAll(xml, 'Image')
        .filter((i) => i.attributes.id)
        .map((i): [string, number] => [i.attributes.DefaultValue as string, Number(/(\d+)x\1$/.exec(i.attributes.id as string)?.[1])]),
    ];
    expect(icons.length).toBe(5);
    for (const [url, size] of icons) {
      const path = assetPath(url);
      expect(existsSync(path)).toBe(true);
      expect(pngSize(path)).toEqual([size, size]);
    }
    // The sizes the stores and Office ask for, all committed.
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
  });

  it('serves everything from one https origin', () => {
    const urls: string[] = [];
    const walk = (e: XmlElement) => {
      if (e.attributes.DefaultValue?.includes('://')) urls.push(e.attributes.DefaultValue);
      e.children.forEach(walk);
    };
    walk(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  });

  it('speaks Swedish by default with English (en-US) overrides for the name, description and every button text, within Office’s lengths', () => {
    expect(child(xml, 'DisplayName').attributes.DefaultValue).toBe('Intäktsmodell – självkostnadspriser');
    expect(enOverride(child(xml, 'DisplayName'))).toBe('Intäktsmodell – full-cost pricing');
    expect(child(xml, 'Description').attributes.DefaultValue).toMatch(/självkostnad/);
    expect(enOverride(child(xml, 'Description'))).toMatch(/full cost/);
    const short = findAll(xml, 'ShortStrings').flatMap((s) => s.children);
    const long = findAll(xml, 'LongStrings').flatMap((s) => s.children);
    expect(short.map((s) => s.attributes.id)).toEqual(expect.arrayContaining(['Group.Label', 'OpenPane.Label']));
    expect(long.map((s) => s.attributes.id)).toEqual(expect.arrayContaining(['OpenPane.Tooltip']));
    const openPane = short.find((s) => s.attributes.id === 'OpenPane.Label') as XmlElement;
    expect(openPane.attributes.DefaultValue).toBe('Självkostnadspriser');
    expect(enOverride(openPane)).toBe('Full-cost prices');
    // No Swedish override is left over from when English was the default.
    const overrides = findAll(xml, 'Override');
    expect(overrides.length).toBe(short.length + long.length + 2);
    expect(new Set(overrides.map((o) => o.attributes.Locale))).toEqual(new Set(['en-US']));
    for (const [strings, max] of [
      [short, 125],
      [long, 250],
    ] as const) {
      for (const s of strings) {
        const en = enOverride(s);
        expect(en).toBeTruthy();
        expect((s.attributes.DefaultValue as string).length).toBeLessThanOrEqual(max);
        expect((en as string).length).toBeLessThanOrEqual(max);
      }
    }
    for (const name of ['DisplayName', 'Description'] as const) {
      const max = name === 'DisplayName' ? 125 : 250;
      expect((child(xml, name).attributes.DefaultValue as string).length).toBeLessThanOrEqual(max);
      expect((enOverride(child(xml, name)) as string).length).toBeLessThanOrEqual(max);
    }
  });

  it('has no empty AppDomains (the schema wants at least one AppDomain in it) and every element where the schema puts it', () => {
    expect(findAll(xml, 'AppDomains')).toHaveLength(0);
    // The schema's sequence for a TaskPaneApp, as far as this manifest uses it.
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    expect(xml.children.map((c) => c.name)).toEqual(order);
  });

  it('points SupportUrl at the support page the build makes from the README’s help sections', () => {
    const url = child(xml, 'SupportUrl').attributes.DefaultValue;
    expect(url).toBe(`${ORIGIN}/support.html`);
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toContain("filename: 'support.html'");
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('\n## Hjälp och support\n');
    expect(readme).toContain('\n## Help and support\n');
    const page = supportPage();
    expect(page).toContain('<section lang="sv" id="hjalp-och-support">');
    expect(page).toContain('<section lang="en" id="help-and-support">');
    // The README's words, as written there, reach the page.
    expect(page).toContain('vänd dig till den som har driftsatt tillägget hos er');
    expect(page).toContain('<code>npx intaktsmodell calculate WORKBOOK.xlsx</code>');
  });
});
