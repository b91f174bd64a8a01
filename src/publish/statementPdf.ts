import type { Statement } from '../engine/statement';
import { quantityText, signedPercent, swedish } from '../engine/statement/text';
import { a4Document, table } from './page';
import type { Content, DocDefinition } from './pdfmake-api';

/**
 * Kundbesked as a PDF document, with the content and order of the printable sheet
 * (src/workbook/statement-layout.ts): title, customer and period, what it pays per service and
 * area against last year, its extra handling, and how the amounts are worked out; the statement
 * and the customer in the footer with "Sida n av m".
 */
export function statementDocument(statements: readonly Statement[]): DocDefinition {
  const [first] = statements;
  if (first === undefined) throw new Error('statementDocument: no statement');
  const content = statements.flatMap((s, i) => statementContent(s, i > 0));
  // One customer's name goes in every footer; several customers' statements, each from a new page, share a footer without it.
  const footer = statements.length === 1 ? `${first.title} · ${first.customer}` : first.title;
  const title = statements.length === 1 ? `${first.title}: ${first.customer}` : `${first.title}, ${statements.length} kunder`;
  return a4Document(title, footer, content);
}

function statementContent(s: Statement, newPage: boolean): Content[] {
  const content: Content[] = [
    { text: s.title, style: 'title', ...(newPage ? { pageBreak: 'before' } : {}) },
    { text: s.customer, style: 'subtitle' },
    ...(s.customerType ? [{ text: `Kundtyp: ${s.customerType}` }] : []),
    { text: s.period },
    { text: s.texts.summary, bold: true, margin: [0, 8, 0, 0] },
    { text: 'Vad ni betalar per tjänst', style: 'heading' },
    table(['*', 90, 62, 42, 38, 58, 52, 44], ['Tjänst', 'Grund', 'Underlag', 'Pris, kr', 'Andel', 'Belopp, kr', 'I fjol, kr', 'Förändring'], paymentRows(s), 2),
    { text: s.texts.comparison, margin: [0, 8, 0, 0] },
    { text: 'Er extra hantering (avvikelser)', style: 'heading' },
    { text: s.texts.deviations },
  ];
  if (s.deviations.length > 0) {
    const rows: Content[][] = s.deviations.map((d) => [
      d.service,
      d.type ?? 'Nyckelviktning',
      d.count === null ? '' : quantityText(d.count),
      d.unitCost === null ? '' : swedish(d.unitCost, 2),
      swedish(d.amount),
    ]);
    rows.push([{ text: 'Totalt', style: 'total' }, '', '', '', { text: swedish(s.surchargeTotal), style: 'total' }]);
    content.push({ stack: [table(['*', 140, 55, 60, 70], ['Tjänst', 'Avvikelse', 'Antal', 'Kr per st', 'Belopp, kr'], rows, 2)], margin: [0, 6, 0, 0] });
  }
  content.push({ text: 'Så räknas beloppen', style: 'heading' }, ...s.texts.method.map((m) => ({ text: m, margin: [0, 0, 0, 3] })));
  return content;
}

function paymentRows(s: Statement): Content[][] {
  const compared = new Map(s.comparison.lines.map((l) => [l.service, l]));
  const rows: Content[][] = [];
  const bold = (text: string): Content => ({ text, style: 'total' });
  for (const area of s.areas) {
    rows.push([bold(area.area), '', '', '', '', bold(swedish(area.amount)), '', '']);
    for (const line of s.lines.filter((l) => l.area === area.area)) {
      const last = compared.get(line.service);
      const byPrice = last !== undefined && last.lastAmount === null;
      const change = last === undefined ? null : byPrice ? last.priceChange : last.changeShare;
      rows.push([
        { text: line.service, margin: [8, 0, 0, 0] },
        line.basis,
        line.quantity === null ? '' : `${quantityText(line.quantity)}${line.unit ? ` ${line.unit}` : ''}`,
        line.price === null ? '' : swedish(line.price, 2),
        line.share === null ? '' : `${swedish(line.share * 100, 2)}\u00a0%`,
        swedish(line.amount),
        last?.lastAmount == null ? '' : swedish(last.lastAmount),
        change === null ? '' : `${signedPercent(change)}${byPrice ? ' pris' : ''}`,
      ]);
    }
  }
  rows.push([bold('Totalt'), '', '', '', '', bold(swedish(s.total)), '', '']);
  if (s.surchargeTotal !== 0) rows.push(['varav extra hantering (avvikelser)', '', '', '', '', swedish(s.surchargeTotal), '', '']);
  const c = s.comparison;
  if (c.compared > 0) {
    rows.push([`Tjänster som jämförs med i fjol (${c.compared} st)`, '', '', '', '', swedish(c.amount), swedish(c.lastAmount), c.changeShare === null ? '' : signedPercent(c.changeShare)]);
  }
  return rows;
}

