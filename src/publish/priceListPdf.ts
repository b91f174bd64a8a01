import type { PublishedPriceList, PublishedService } from '../engine/publish/priceList';
import { a4Document, table } from './page';
import type { Content, DocDefinition } from './pdfmake-api';

/**
 * The published price list as a PDF document: the title and period, then per Verksamhetsområde a
 * table of its services (Tjänst with its description, Enhet, the price or how the fee is keyed,
 * Fjolårspris, Förändring), and how to read it; the budget year, the version label and "Sida n
 * av m" in every page's footer.
 */
export function priceListDocument(list: PublishedPriceList): DocDefinition {
  const content: Content[] = [
    { text: list.title, style: 'title' },
    { text: list.period, margin: [0, 2, 0, 0] },
    { text: list.label, style: 'small', margin: [0, 2, 0, 0] },
  ];
  for (const area of list.areas) {
    content.push(table(['*', 66, 142, 50, 46], ['Tjänst', 'Enhet', 'Pris / avgift', 'Fjolårspris', 'Förändring'], area.services.map(serviceRow), 3, area.area));
  }
  content.push({ stack: [{ text: 'Så läses prislistan', style: 'heading' }, { ul: list.notes, style: 'small' }], unbreakable: true });
  return a4Document(`${list.title}, ${list.label}`, list.footer, content);
}

function serviceRow(s: PublishedService): Content[] {
  const about = [s.description, s.kind, s.sla === null ? null : `SLA: ${s.sla}`].filter((t): t is string => t !== null).join(' · ');
  return [
    { stack: [{ text: s.service, bold: true }, { text: about, style: 'small' }] },
    s.unit ?? '–',
    { stack: [s.fee, ...(s.feeDetail === null ? [] : [{ text: s.feeDetail, style: 'small' }])] },
    s.lastPriceText,
    s.changeText,
  ];
}
