import type { Page } from 'playwright-core';
import { buildPane, CHROMIUM_LOCK, DIST } from './build-pane';
import { launchChromium, watchedPage, type Browser } from './chromium';
import { takeLock } from './process-lock';
import { watchRequests } from './requests';
import { serveFolder, type StaticServer } from './static-server';

/** The built pane served from dist and one page of it in headless Chromium, for the tests of one file. */
export interface PanePage {
  server: StaticServer;
  browser: Browser;
  page: Page;
  /** What the page threw or logged as an error. */
  pageErrors: string[];
  /** Every address the page asked for. */
  requests: string[];
}

/**
 * Registers the file's beforeAll (its turn at Chromium; the production build, shared by the
 * browser test files; the server; Chromium; the page) and afterAll (closes them, ends the turn),
 * and returns the holder they fill: read its fields inside the tests, not when the file is loaded.
 */
export function panePage(): PanePage {
  const pane: Partial<PanePage> & { pageErrors: string[] } = { pageErrors: [] };
  let release = () => {};
  beforeAll(async () => {
    release = await chromiumTurn();
    const build = await buildPane();
    console.log(`Production build ${build.cached ? 'of the same sources used again' : 'made'} in ${build.seconds.toFixed(1)} s`);
    pane.server = await serveFolder(DIST);
    pane.browser = await launchChromium();
    pane.requests = watchRequests(pane.browser.context);
    pane.page = await watchedPage(pane.browser, pane.pageErrors);
  }, 900_000);
  afterAll(async () => {
    await pane.browser?.close();
    await pane.server?.close();
    release();
  });
  return pane as PanePage;
}

/**
 * The browser test files take turns, one Chromium at a time: their timings (the city's longest
 * main-thread task) are not measured while another file's page works beside them.
 */
export function chromiumTurn(): Promise<() => void> {
  return takeLock(CHROMIUM_LOCK);
}
