import type JSZip from 'jszip';
import { attributesOf } from '../xml-text';
import { CONTENT_TYPES_PART } from './package-facts';

const MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** The content type of the workbook part of an .xlsx, and of an .xlsm. */
export const WORKBOOK_TYPE = { plain: `${MAIN}.sheet.main+xml`, macroEnabled: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' } as const;
const MACRO_TYPES = new Set([WORKBOOK_TYPE.macroEnabled, 'application/vnd.ms-excel.template.macroEnabled.main+xml', 'application/vnd.ms-excel.addin.macroEnabled.main+xml']);
const OVERRIDE = /<(?:[\w.-]+:)?Override\b[^>]*>/g;

/**
 * Whether the package is macro-enabled (.xlsm, .xltm, .xlam): its workbook part's content type
 * says so. Excel opens such a package only under a macro-enabled name.
 */
export async function hasMacros(zip: JSZip): Promise<boolean> {
  const xml = (await zip.file(CONTENT_TYPES_PART)?.async('string')) ?? '';
  return [...xml.matchAll(OVERRIDE)].some((m) => MACRO_TYPES.has(attributesOf(m[0]).get('ContentType') ?? ''));
}

/**
 * [Content_Types].xml with the workbook part typed as a workbook (a template's or add-in's
 * workbook becomes one): macro-enabled when the macros are kept and IN had them, else plain.
 */
export function withWorkbookType(xml: string, workbookPart: string, keepMacros: boolean): string {
  const partName = `/${workbookPart}`.toLowerCase();
  return xml.replace(OVERRIDE, (tag) => {
    const attributes = attributesOf(tag);
    const type = attributes.get('ContentType') ?? '';
    if ((attributes.get('PartName') ?? '').toLowerCase() !== partName || !type.endsWith('.main+xml')) return tag;
    const wanted = keepMacros && MACRO_TYPES.has(type) ? WORKBOOK_TYPE.macroEnabled : WORKBOOK_TYPE.plain;
    return wanted === type ? tag : tag.replace(type, wanted);
  });
}
