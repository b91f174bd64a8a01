/**
 * office.js as the page loads it: the inline loader in taskpane.html (loadOfficeJs.ts) starts
 * it only in Office and leaves the promise here; the composition root awaits it before
 * Office.onReady. Outside Office there is no promise and office.js is never requested.
 */
declare global {
  interface Window {
    /** office.js loading (Office), or null (a plain browser); set by taskpane.html's loader. */
    intaktsmodellOfficeJs?: Promise<void> | null;
  }
}

/** Adds office.js to the page without blocking its first paint; settles when it has run. */
export function loadScript(document: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`office.js kunde inte hämtas från ${src}.`));
    document.head.appendChild(script);
  });
}

/** The loader's promise: null outside Office (or when the page has no loader). */
export function officeJsLoading(view: Window): Promise<void> | null {
  return view.intaktsmodellOfficeJs ?? null;
}
