import { Dec } from '../../../src/engine/decimal';
import { perKeyUnitText, publishedPriceList, type PublishedService } from '../../../src/engine/publish/priceList';
import { run } from '../helpers';
import { publishedMini } from './publishedMini';

function calculated() {
  const result = run(publishedMini());
  if (!result.ok || result.calculation === null) throw new Error(JSON.stringify(result.problems));
  return result.calculation;
}

describe('the published price list (engine)', () => {
  const list = publishedPriceList(calculated(), { label: 'Servicenämnden 2021-11-18' });
  const by = Object.fromEntries(list.areas.flatMap((a) => a.services).map((s) => [s.service, s])) as Record<string, PublishedService>;

  it('has the year, the period and the label in its footer', () => {
    expect(list.title).toBe('Prislista 2022');
    expect(list.period).toBe('Priser för budgetår 2022 (1 januari–31 december 2022)');
    expect(list.footer).toBe('Prislista 2022 · Servicenämnden 2021-11-18');
  });

  it('groups the services by Verksamhetsområde in Tjänster order', () => {
    expect(list.areas.map((a) => [a.area, a.services.map((s) => s.service)])).toEqual([
      ['Ekonomi', ['Kassa', 'Lev', 'Kundres']],
      ['Upphandling', ['Uppdrag']],
    ]);
  });

  it('gives unit prices with their unit and the change against Fjolårspris', () => {
    expect(by['Lev']).toMatchObject({ unit: 'faktura', price: 13, fee: '13\u00a0kr per faktura', lastPrice: 12.5, lastPriceText: '12,50\u00a0kr', changeText: '+4,0\u00a0%' });
    expect(by['Lev']?.change).toBeCloseTo(0.04, 12);
    expect(by['Kundres']).toMatchObject({ unit: 'tim', price: 125, fee: '125\u00a0kr per tim', changeText: '−3,8\u00a0%' });
    expect(by['Kundres']?.change).toBeCloseTo(125 / 130 - 1, 12);
  });

  it('says how a fixed fee is keyed, with the cost per key unit, and compares no price', () => {
    expect(by['Kassa']).toMatchObject({ fee: 'Fast avgift efter Omsättning', feeDetail: '1,35\u00a0kr per enhet Omsättning', price: null, change: null, changeText: '–', lastPriceText: '–' });
    expect(by['Kassa']?.pricePerKeyUnit).toBeCloseTo(1.35, 12);
    expect(by['Uppdrag']).toMatchObject({ fee: 'Hela kostnaden', feeDetail: 'Betalas av A' });
  });

  it('carries the description, the SLA and the service type, and notes only the models used', () => {
    expect(by['Lev']).toMatchObject({ kind: 'Bastjänst', description: 'Leverantörsfakturor: skanning, kontering och attestflöde', sla: 'Betalning i tid för 99 %' });
    expect(by['Uppdrag']).toMatchObject({ kind: 'Uppdrag', description: null, sla: null });
    expect(list.notes.some((n) => n.startsWith('Fast avgift'))).toBe(true);
    expect(list.notes.some((n) => n.startsWith('Paket'))).toBe(false);
  });

  it('leaves the label out of the footer when it is blank', () => {
    expect(publishedPriceList(calculated(), { label: '  ' }).footer).toBe('Prislista 2022');
  });
});

describe('the cost per key unit as text', () => {
  it.each([
    ['1.35', '1,35 kr per enhet Omsättning'],
    ['1234.5678', '1 234,57 kr per enhet Omsättning'],
    // 0,35 kr per unit reads as 350 kr per 1 000 units; a key in kronor as per million.
    ['0.35', '350,00 kr per 1 000 enheter Omsättning'],
    ['0.0000747', '74,70 kr per 1 000 000 enheter Omsättning'],
  ])('%s', (value, expected) => {
    expect(perKeyUnitText(new Dec(value), 'Omsättning').replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
