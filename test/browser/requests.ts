import type { BrowserContext } from 'playwright-core';

/** Every address the context's pages (and their workers) ask for, from now on, in order. */
export function watchRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * The addresses that go to another host than `origin`. A blob: address belongs to the origin
 * that made it (the downloads); a data: address goes nowhere.
 */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:')) return false;
    return new URL(url).origin !== origin;
  });
}
