// pdfmake 0.3's browser build (one prebuilt UMD file) ships no TypeScript types; src/publish/pdfmake-api.ts declares the part used.
declare module 'pdfmake/build/pdfmake.min.js' {
  import type { PdfMake } from '../../publish/pdfmake-api';
  const pdfmake: PdfMake;
  export = pdfmake;
}
