/**
 * The part of pdfmake 0.3 the renderers use (it ships no TypeScript types). The same API is
 * pdfmake's Node entry (the command line) and its browser build (build/pdfmake.js), so the
 * document definitions here are made once for both; the host passes its instance and the fonts.
 */
export type Content = string | Content[] | { [property: string]: unknown };

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  info: { title: string; author?: string; subject?: string; creator?: string };
  defaultStyle: { font: string; fontSize: number; lineHeight?: number };
  styles?: Record<string, Record<string, unknown>>;
  footer: (currentPage: number, pageCount: number) => Content;
  content: Content[];
}

export interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy?(policy: (url: string) => boolean): void;
  /** Node entry only. */
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Uint8Array> };
}

/** The font files' bytes: Roboto Regular and Medium (pdfmake's own) or any TrueType pair with å, ä, ö. */
export interface PdfFonts {
  normal: Uint8Array;
  bold: Uint8Array;
}
