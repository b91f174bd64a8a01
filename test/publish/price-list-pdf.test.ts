import { runModel } from '../../src/engine';
import { publishedPriceList } from '../../src/engine/publish/priceList';
import { exampleTables } from '../../src/example';
import { pdfBytes } from '../../src/cli/pdf';
import { priceListDocument } from '../../src/publish/priceListPdf';
import { publishedMini } from '../engine/publish/publishedMini';
import { pdfText } from './pdfText';

function calculation(tables: ReturnType<typeof publishedMini>) {
  const result = runModel(tables);
  if (!result.ok || result.calculation === null) throw new Error(JSON.stringify(result.problems));
  return result.calculation;
}

describe('the price list as PDF', () => {
  it('prints the mini workbook’s prices, changes, descriptions and footer on one A4 page', async () => {
    const list = publishedPriceList(calculation(publishedMini()), { label: 'Servicenämnden 2021-11-18' });
    const { text, pages, pageSize, fonts } = pdfText(await pdfBytes(priceListDocument(list)));
    expect(pages).toBe(1);
    expect(pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    // The fonts are embedded (subset), so å, ä, ö print without the reader's fonts.
    expect(fonts).toMatch(/Roboto[\s\S]*yes\s+yes/);
    expect(text).toContain('Prislista 2022');
    expect(text).toContain('Priser för budgetår 2022 (1 januari–31 december 2022)');
    expect(text).toMatch(/Tjänst\s+Enhet\s+Pris \/ avgift\s+Fjolårspris\s+Förändring/);
    // Lev 2 600 kr / 200 fakturor = 13 kr, last year 12,50: +4,0 %. Kundres 125 kr against 130: −3,8 %.
    expect(text).toMatch(/Lev\s+faktura\s+13 kr per faktura\s+12,50 kr\s+\+4,0 %/);
    expect(text).toMatch(/Kundres\s+tim\s+125 kr per tim\s+130 kr\s+−3,8 %/);
    // Kassa 1 350 kr by Omsättning 1 000: 1,35 kr per unit; no price to compare.
    expect(text).toMatch(/Kassa\s+–\s+Fast avgift efter Omsättning\s+–\s+–/);
    expect(text).toContain('1,35 kr per enhet Omsättning');
    expect(text).toMatch(/Uppdrag\s+–\s+Hela kostnaden/);
    expect(text).toContain('Betalas av A');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Leverantörsfakturor: skanning, kontering och attestflöde · Bastjänst · SLA: Betalning i tid för 99 %');
    expect(text).toMatch(/Ekonomi[\s\S]*Upphandling/);
    expect(text).toMatch(/Prislista 2022 · Servicenämnden 2021-11-18\s+Sida 1 av 1/);
  });

  it('prints the example’s price list with åäö, areas in order and "Sida n av m" on every page', async () => {
    const calc = calculation(exampleTables());
    const list = publishedPriceList(calc, { label: 'Utkast 2021-10-01' });
    const started = Date.now();
    const bytes = await pdfBytes(priceListDocument(list));
    const ms = Date.now() - started;
    const { text, pages } = pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`Prislista 2021 · Utkast 2021-10-01\\s+Sida ${n} av ${pages}`));
    const areas = [...new Set(calc.model.services.map((s) => s.area))];
    const at = areas.map((a) => text.indexOf(`\n${a}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each service's name, its first line (a long name wraps in its column).
    for (const s of calc.model.services) expect(text).toContain(s.name.slice(0, 18));
    expect(text).toMatch(/[åäö]/);
    // A composite key (Sammansatta nycklar: Invånare 0,6, Anställda 0,4) is told by its weights, not a cost per unit.
    expect(text).toMatch(/Stockholm Direkt\s+–\s+Fast avgift efter Invånare\/Anställda[\s\S]{0,200}60 % efter Invånare, 40 % efter Anställda/);
    // Measured, for the record: the time and size of the example's price list.
    process.stdout.write(`example price list: ${pages} pages, ${bytes.length} bytes, rendered in ${ms} ms\n`);
  });
});
