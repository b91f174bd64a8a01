/**
 * taskpane.html's inline loader (webpack.config.js bundles it with esbuild into the page's head):
 * it decides from the page alone whether Office hosts it and only then starts office.js, from the
 * address in its own `data-office-js` attribute. It runs before the pane's bundle, so office.js
 * downloads alongside it in Office, and never blocks the first paint.
 */
import { loadScript } from './officeJs';
import { officeSignal, pageSignals } from './officeHost';

const loader = document.currentScript as HTMLScriptElement | null;
const src = loader?.dataset.officeJs;
if (!src) throw new Error('taskpane.html: the office.js loader has no data-office-js address');
const loading = officeSignal(pageSignals(window)) ? loadScript(document, src) : null;
// index.tsx awaits it and shows a failure; until then it is not an unhandled rejection.
loading?.catch(() => undefined);
window.intaktsmodellOfficeJs = loading;
