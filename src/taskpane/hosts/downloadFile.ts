const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Offers bytes to the user as a download: a link with `download` on a blob: URL, clicked. Works
 * in browsers, in Excel on the web (the pane's frame allows downloads) and in Excel on Windows
 * (WebView2); Excel for Mac's WKWebView ignores it (office-js issues #2700, #3385), so the Excel
 * host does not rely on it there (excelHost.ts).
 */
export function downloadFile(file: Uint8Array | Blob, fileName: string): void {
  const url = URL.createObjectURL(file instanceof Blob ? file : new Blob([file as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has started the download by the next task; the URL can go after a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
