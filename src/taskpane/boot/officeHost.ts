/**
 * Whether the page is an Office add-in's pane, decided before office.js is loaded, so that the
 * standalone page never loads it (and makes no request to any host but its own).
 *
 * The rule is office.js's own: when it starts it looks for its host in these places and, finding
 * none, decides it runs in a plain browser (office.js 1.1, `_retrieveHostInfo` and the
 * `isPlainBrowser` check in office.debug.js). Each Office that hosts a pane leaves one of them:
 * - `_host_Info` in the query string (`?_host_Info=Excel$Win32$16.01$sv-SE$…`): Excel on
 *   Windows, Mac and iPad, and Excel on the web, add it to the pane's address;
 * - `window.name` holding JSON with `hostInfo` or `xdmInfo`: Excel on the web's frame;
 * - `_xdm_Info` in the address's fragment: older Office on the web;
 * - `hostInfoValue` in sessionStorage: office.js keeps the host there, so a pane reloaded or
 *   navigated without the query string is still known;
 * - `window.external.GetHostInfo` / `GetContext`, or a global `agaveHost`: the Windows and older
 *   Mac hosts' bridges, which office.js asks first.
 * A false "yes" costs only office.js's download (Office.onReady then reports no host and the
 * pane runs standalone, as before); a false "no" would leave Excel's pane without Excel, hence
 * every signal office.js itself trusts counts.
 */
export interface PageSignals {
  search: string;
  hash: string;
  name: string;
  /** sessionStorage's `hostInfoValue`; null when absent or when storage is unavailable. */
  storedHostInfo: string | null;
  /** What `window.external` offers (functions by name); empty in a plain browser. */
  externalMethods: string[];
  agaveHost: boolean;
}

export type OfficeSignal = 'query' | 'window-name' | 'fragment' | 'session' | 'bridge';

/** The first signal that says Office hosts the page, or null for a plain browser. */
export function officeSignal(page: PageSignals): OfficeSignal | null {
  if (new URLSearchParams(page.search).has('_host_Info')) return 'query';
  if (windowNameSaysOffice(page.name)) return 'window-name';
  if (/[#&]_xdm_Info=/.test(page.hash)) return 'fragment';
  if (page.storedHostInfo) return 'session';
  if (page.agaveHost || page.externalMethods.some((m) => m === 'GetHostInfo' || m === 'GetContext')) return 'bridge';
  return null;
}

function windowNameSaysOffice(name: string): boolean {
  if (!name.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    return typeof parsed === 'object' && parsed !== null && ('hostInfo' in parsed || 'xdmInfo' in parsed);
  } catch {
    return false;
  }
}

/** The signals as this window shows them; reading them touches nothing and loads nothing. */
export function pageSignals(view: Window): PageSignals {
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = view.sessionStorage.getItem('hostInfoValue');
  } catch {
    // Storage can be refused (a sandboxed frame); then only the other signals count.
  }
  const external = (view as { external?: unknown }).external;
  const externalMethods: string[] = [];
  for (const method of ['GetHostInfo', 'GetContext']) {
    try {
      // Old Windows bridges answer `typeof` with "unknown"; any such member means a bridge.
      if (external && method in (external as object)) externalMethods.push(method);
    } catch {
      // A bridge that refuses even `in` is still a bridge.
      externalMethods.push(method);
    }
  }
  return {
    search: view.location.search,
    hash: view.location.hash,
    name: view.name,
    storedHostInfo,
    externalMethods,
    agaveHost: 'agaveHost' in view,
  };
}
