/// <reference types="office-js" />
/**
 * The composition root: the one place that decides where the pane runs and wires a host,
 * the strings and the UI. In Excel the office-js adapter; anywhere else (a plain browser, the
 * browser test) the xlsx adapter over a file the user opens.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { officeJsLoading } from './boot/officeJs';
import { App } from './components/App';
import { browserHost } from './hosts/browserHost';
import { paneWorker } from './hosts/paneWorker';
import { excelHost } from './hosts/excelHost';
import { officePort } from './hosts/officePort';
import { errorMessage } from './hooks/errorMessage';
import type { PaneHost } from './hosts/host';
import { initialLanguage, stringsOf } from './i18n/language';
import { Localized } from './i18n/Localized';

interface Where {
  inExcel: boolean;
  displayLanguage: string | null;
}

/**
 * A plain browser when the page's loader did not start office.js (taskpane.html, boot/officeHost.ts);
 * otherwise Office.onReady, once office.js has run, tells Excel from another Office host.
 */
async function where(): Promise<Where> {
  const standaloneLanguage = new URLSearchParams(window.location.search).get('lang');
  const officeJs = officeJsLoading(window);
  if (!officeJs) return { inExcel: false, displayLanguage: standaloneLanguage };
  await officeJs;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { inExcel: false, displayLanguage: standaloneLanguage };
  return { inExcel: true, displayLanguage: Office.context.displayLanguage };
}

async function officeHost(): Promise<PaneHost> {
  const [{ OfficeWorkbook, OfficeFiles, officeHost: excel, officeFileHost }, { excelSavePublished }] = await Promise.all([
    import(/* webpackChunkName: "office" */ '../workbook/office'),
    import(/* webpackChunkName: "office" */ './hosts/excelSavePublished'),
  ]);
  const workbook = new OfficeWorkbook(excel());
  const files = new OfficeFiles(officeFileHost());
  return excelHost(officePort(workbook, files), paneWorker, excelSavePublished(files));
}

/** The page's localStorage, or none where the browser refuses it (some sandboxed frames throw on the very access). */
function languageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function start(container: HTMLElement): Promise<void> {
  const { inExcel, displayLanguage } = await where();
  const storage = languageStorage();
  const language = initialLanguage(storage, displayLanguage);
  document.documentElement.lang = stringsOf(language).lang;
  const host = inExcel ? await officeHost() : browserHost(paneWorker);
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Localized initial={language} storage={storage}>
          <App host={host} />
        </Localized>
      </FluentProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
start(container).catch((error: unknown) => {
  // Nothing else can show it: the pane did not start. Office's display language may be unknown
  // here: the choice remembered, else the browser's language.
  console.error(error);
  const strings = stringsOf(initialLanguage(languageStorage(), navigator.language));
  container.textContent = strings.startFailed(errorMessage(error, strings.lang));
});
