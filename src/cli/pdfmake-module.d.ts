// pdfmake 0.3 ships no TypeScript types; src/publish/pdfmake-api.ts declares the part used.
declare module 'pdfmake' {
  import type { PdfMake } from '../publish/pdfmake-api';
  const pdfmake: PdfMake;
  export = pdfmake;
}
