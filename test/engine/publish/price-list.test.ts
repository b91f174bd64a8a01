import { Dec } from '../../../src/engine/decimal';
import { perKeyUnitText, publishedPriceList, type PublishedService } from '../../../src/engine/publish/priceList';
import { run, table } from '../helpers';
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

describe('Blandad and Paket on the published price list', () => {
  // Two services of their own area, with no share of the mini's common pool (Årsarbetare blank)
  // nor of Ekonomi's row. Mix: 1 000 kr, Fast andel 0,5: 500 kr over 40 ärenden = 12,50 kr per
  // ärende (against 12: 12,5 / 12 − 1 = +4,17 % → +4,2 %), 500 kr by Anställda of A and B (30 + 60)
  // = 5,5556 → 5,56 kr per enhet. Pkt: bands 0–50 at 100 kr and from 50 at 300 kr.
  function tables() {
    return publishedMini().map((t) => {
      if (t.name === 'Tjänster') {
        const headers = [...t.headers, 'Fast andel'];
        const width = headers.length;
        const row = (values: Record<string, unknown>) => headers.map((h) => (values[h] ?? null) as never);
        return table('Tjänster', headers, [
          ...t.rows.map((r) => [...r, null].slice(0, width)),
          row({ Tjänst: 'Mix', Verksamhetsområde: 'Service', Tjänstetyp: 'Bastjänst', Prismodell: 'Blandad', Nyckel: 'Anställda', Enhet: 'ärende', Fjolårspris: 12, 'Fast andel': 0.5 }),
          row({ Tjänst: 'Pkt', Verksamhetsområde: 'Service', Tjänstetyp: 'Tilläggstjänst', Prismodell: 'Paket', Enhet: 'år' }),
        ]);
      }
      if (t.name === 'Kostnader') return table('Kostnader', t.headers, [...t.rows, ['Mix', 'Personal', 1000, null], ['Pkt', 'Personal', 400, null]]);
      if (t.name === 'Volymer') return table('Volymer', t.headers, [...t.rows, ['A', 'Mix', 10], ['B', 'Mix', 30], ['A', 'Pkt', 20], ['B', 'Pkt', 60]]);
      return t;
    }).concat([table('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], [['Pkt', 0, 50, 100], ['Pkt', 50, null, 300]])]);
  }

  it('shows the unit price and the keyed part of Blandad, and the bands of Paket', () => {
    const result = run(tables());
    if (!result.ok || result.calculation === null) throw new Error(JSON.stringify(result.problems.filter((p) => p.level === 'error')));
    const list = publishedPriceList(result.calculation, { label: '' });
    const service = list.areas.find((a) => a.area === 'Service');
    const nbsp = (s: string | null | undefined) => s?.replace(/\u00a0/g, ' ');
    const mix = service?.services.find((s) => s.service === 'Mix');
    const pkt = service?.services.find((s) => s.service === 'Pkt');
    expect(nbsp(mix?.fee)).toBe('12,50 kr per ärende + fast avgift efter Anställda');
    expect(nbsp(mix?.feeDetail)).toBe('Fast del (50 % av kostnaden): 5,56 kr per enhet Anställda');
    expect(nbsp(mix?.changeText)).toBe('+4,2 %');
    expect(mix?.pricePerKeyUnit).toBeCloseTo(500 / 90, 12);
    expect(pkt).toMatchObject({ fee: 'Årspris efter volym', unit: 'år', change: null, changeText: '–' });
    expect(nbsp(pkt?.feeDetail)).toBe('0–50: 100 kr; från 50: 300 kr');
    expect(list.notes.some((n) => n.startsWith('Blandad'))).toBe(true);
    expect(list.notes.some((n) => n.startsWith('Paket'))).toBe(true);
  });
});
