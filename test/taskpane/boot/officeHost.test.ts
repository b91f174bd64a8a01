/**
 * The page's rule for "Office hosts me", decided before office.js loads: every place office.js
 * itself looks for its host counts, and a plain browser's page (with the pane's own `?lang=`)
 * counts as none.
 */
import { officeSignal, pageSignals, type PageSignals } from '../../../src/taskpane/boot/officeHost';

const plain: PageSignals = { search: '', hash: '', name: '', storedHostInfo: null, externalMethods: [], agaveHost: false };

describe('officeSignal', () => {
  it('finds no Office in a plain browser, with or without the pane’s own query and a window name', () => {
    expect(officeSignal(plain)).toBeNull();
    expect(officeSignal({ ...plain, search: '?lang=en-US' })).toBeNull();
    expect(officeSignal({ ...plain, name: 'popup' })).toBeNull();
    expect(officeSignal({ ...plain, name: '{"other":1}' })).toBeNull();
    expect(officeSignal({ ...plain, name: '{not json' })).toBeNull();
    expect(officeSignal({ ...plain, hash: '#resultat' })).toBeNull();
    // Chromium's window.external has only the search-provider methods.
    expect(officeSignal({ ...plain, externalMethods: [] })).toBeNull();
    // A parameter that only contains the name is not it.
    expect(officeSignal({ ...plain, search: '?x=_host_Info' })).toBeNull();
  });

  it.each<[string, Partial<PageSignals>, string]>([
    ['Excel on Windows', { search: '?_host_Info=Excel$Win32$16.01$sv-SE$$$$0' }, 'query'],
    ['Excel on Mac, after the pane’s own parameter', { search: '?lang=sv&_host_Info=Excel$Mac$16.01$sv-SE$$$$0' }, 'query'],
    ['Excel on the web’s address', { search: '?_host_Info=Excel|Web|16.00|sv-SE|telemetry|isDialog||0' }, 'query'],
    ['Excel on the web’s frame name', { name: JSON.stringify({ hostInfo: 'Excel|Web|16.00|sv-SE|||', xdmInfo: '1|2|3' }) }, 'window-name'],
    ['an older web host’s frame name', { name: JSON.stringify({ xdmInfo: '1|2|3' }) }, 'window-name'],
    ['an older web host’s fragment', { hash: '#_xdm_Info=abc|def' }, 'fragment'],
    ['a pane reloaded without its query', { storedHostInfo: 'Excel$Win32$16.01$sv-SE$$$$0' }, 'session'],
    ['a Windows bridge', { externalMethods: ['GetHostInfo'] }, 'bridge'],
    ['an Office 2013 bridge', { externalMethods: ['GetContext'] }, 'bridge'],
    ['an agaveHost bridge', { agaveHost: true }, 'bridge'],
  ])('finds Office in %s', (_, signals, expected) => {
    expect(officeSignal({ ...plain, ...signals })).toBe(expected);
  });
});

describe('pageSignals', () => {
  const view = (over: Record<string, unknown>) =>
    ({
      location: { search: '?lang=en', hash: '#x' },
      name: 'n',
      sessionStorage: { getItem: (key: string) => (key === 'hostInfoValue' ? 'Excel$Win32' : null) },
      external: {},
      ...over,
    }) as unknown as Window;

  it('reads the address, the name, the stored host and the bridges', () => {
    expect(pageSignals(view({ external: { GetHostInfo: () => 'x', AddSearchProvider: () => undefined } }))).toEqual({
      search: '?lang=en',
      hash: '#x',
      name: 'n',
      storedHostInfo: 'Excel$Win32',
      externalMethods: ['GetHostInfo'],
      agaveHost: false,
    });
    expect(pageSignals(view({ agaveHost: {} })).agaveHost).toBe(true);
  });

  it('treats refused storage as no stored host, and a bridge that refuses `in` as a bridge', () => {
    const refusing = new Proxy(
      {},
      {
        has: () => {
          throw new Error('denied');
        },
      },
    );
    const signals = pageSignals(
      view({
        sessionStorage: {
          getItem: () => {
            throw new Error('SecurityError');
          },
        },
        external: refusing,
      }),
    );
    expect(signals.storedHostInfo).toBeNull();
    expect(signals.externalMethods).toEqual(['GetHostInfo', 'GetContext']);
  });
});
