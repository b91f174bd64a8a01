import { errors, miniWorkbook, output, run } from './helpers';

// Worked by hand:
// Nämnd och administration 1 000 kr by Årsarbetare (2+3+1+4 = 10): Kassa 200, Lev 300, Kundres 100, Uppdrag 400.
// Ekonomi 600 kr by direct cost (1 000 + 2 000 + 1 000): Kassa 150, Lev 300, Kundres 150.
// Full cost: Kassa 1 350, Lev 2 600, Kundres 1 250, Uppdrag 900.
// Lev 2 600 / 200 fakturor = 13,00 kr; Kundres 1 250 / 10 h = 125,00 kr/h.
// Kassa by Omsättning 600/300/100: A 810, B 405, C 135. Uppdrag: A 900.
describe('the hand-worked mini workbook', () => {
  const result = run(miniWorkbook());

  it('calculates without errors', () => {
    expect(errors(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('prices every service from its full cost', () => {
    const list = output(result, 'Prislista');
    const by = Object.fromEntries(list.map((r) => [r['Tjänst'], r]));
    expect(by['Kassa']?.['Självkostnad']).toBe(1350);
    expect(by['Lev']?.['Självkostnad']).toBe(2600);
    expect(by['Lev']?.['Pris']).toBe(13);
    expect(by['Kundres']?.['Pris']).toBe(125);
    expect(by['Kassa']?.['Pris']).toBeNull();
    expect(by['Kassa']?.['Pris per nyckelenhet']).toBeCloseTo(1.35, 12);
    expect(by['Uppdrag']?.['Självkostnad']).toBe(900);
  });

  it('allocates to customers in whole kronor', () => {
    const rows = output(result, 'Kundsammanställning');
    const by = Object.fromEntries(rows.map((r) => [r['Kund'], r['Totalt']]));
    expect(by).toEqual({ A: 810 + 1300 + 875 + 900, B: 405 + 780 + 375, C: 135 + 520 });
  });

  it('reconciles every process to OK', () => {
    const rows = output(result, 'Avstämning');
    expect(rows.every((r) => r['Status'] === 'OK')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ Nivå: 'Totalt', Kostnad: 6100, Intäkt: 6100, Differens: 0 });
  });
});
