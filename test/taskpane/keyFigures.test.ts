import { runModel } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { filterKeyFigures, keyFigures, textMatcher } from '../../src/taskpane/keyFigures/keyFigures';
import { CHART, shareChartLayout } from '../../src/taskpane/keyFigures/shareBars';

const result = runModel(exampleTables());
const calc = result.calculation!;
const figures = keyFigures(result.outputs);

describe('the key figures the pane shows (Nyckeltal)', () => {
  it('per area the keyed share and the surcharge share of revenue, checked against the charges themselves', () => {
    const areas = [...new Set(calc.services.map((s) => s.service.area))];
    expect(figures.areas.map((a) => a.area)).toEqual(areas);
    for (const a of figures.areas) {
      const charges = calc.services.filter((s) => s.service.area === a.area).flatMap((s) => s.charges);
      const total = charges.reduce((sum, c) => sum + c.amount, 0);
      const keyed = charges.reduce((sum, c) => sum + c.keyed, 0);
      const surcharge = charges.reduce((sum, c) => sum + c.surcharge, 0);
      expect(a.revenue).toBe(calc.money.toNumber(total));
      expect(a.keyedShare).toBeCloseTo(keyed / total, 12);
      expect(a.surchargeShare).toBeCloseTo(surcharge / total, 12);
    }
    expect(figures.total?.revenue).toBe(figures.areas.reduce((s, a) => s + a.revenue, 0));
  });

  it('per service the cost per unit with its unit and change, per customer the total and its ratios', () => {
    const prices = result.outputs.find((o) => o.name === 'Prislista')!;
    const col = (h: string) => prices.columns.findIndex((c) => c.header === h);
    const lev = prices.rows.find((r) => r[col('Tjänst')] === 'Leverantörsreskontra')!;
    const service = figures.services.find((s) => s.service === 'Leverantörsreskontra')!;
    expect(service.costPerUnit).toBeCloseTo((lev[col('Självkostnad')] as number) / (lev[col('Volym')] as number), 10);
    expect(service.unit).toBe('kr/faktura');
    expect(service.change).not.toBeNull();
    expect(figures.customers.map((c) => c.customer)).toEqual(calc.model.customers.map((c) => c.name));
    const summary = result.outputs.find((o) => o.name === 'Kundsammanställning')!;
    const totalCol = summary.columns.findIndex((c) => c.header === 'Totalt');
    expect(figures.customers.map((c) => c.total)).toEqual(summary.rows.map((r) => r[totalCol]));
    const sodermalm = figures.customers.find((c) => c.customer === 'Södermalm stadsdelsförvaltning')!;
    const customer = calc.model.customers.find((c) => c.name === sodermalm.customer)!;
    expect(sodermalm.perEmployee).toBeCloseTo(sodermalm.total / customer.keys.get('Anställda')!.toNumber(), 8);
    expect(sodermalm.turnoverShare).toBeCloseTo(sodermalm.total / customer.keys.get('Omsättning')!.toNumber(), 12);
  });

  it('filters by area (areas and services) and by words of a name, accents and case ignored', () => {
    const ekonomi = filterKeyFigures(figures, { area: 'Ekonomi', text: '' });
    expect(ekonomi.areas.map((a) => a.area)).toEqual(['Ekonomi']);
    expect(ekonomi.total).toBeNull();
    expect(ekonomi.services.length).toBeGreaterThan(0);
    expect(ekonomi.services.every((s) => s.area === 'Ekonomi')).toBe(true);
    expect(ekonomi.customers).toHaveLength(figures.customers.length);

    const found = filterKeyFigures(figures, { area: null, text: 'SODERMALM  stadsdels' });
    expect(found.customers.map((c) => c.customer)).toEqual(['Södermalm stadsdelsförvaltning']);
    expect(found.areas).toHaveLength(figures.areas.length);
    expect(textMatcher('')('vad som helst')).toBe(true);
    expect(textMatcher('lön')('Lön och pension')).toBe(true);
    expect(textMatcher('lon pens')('Lön och pension')).toBe(true);
    expect(textMatcher('kassa')('Lön och pension')).toBe(false);
  });

  it('is empty, not wrong, without a Nyckeltal table', () => {
    expect(keyFigures([])).toEqual({ areas: [], total: null, services: [], customers: [] });
  });
});

describe('the small share charts', () => {
  const track = CHART.width - CHART.labelWidth - CHART.valueWidth;
  it('draws each share in proportion to the track, with the reference mark at its share', () => {
    const layout = shareChartLayout([
      { label: 'Nycklade priser', value: 0.5, reference: 0.25 },
      { label: 'Avvikelsepåslag', value: 0.1, reference: null },
    ]);
    expect(layout.trackWidth).toBe(track);
    expect(layout.bars.map((b) => b.width)).toEqual([track / 2, Math.round(track * 0.1 * 10) / 10]);
    expect(layout.bars[0]!.referenceX).toBe(layout.trackX + track / 4);
    expect(layout.bars[1]!.referenceX).toBeNull();
    expect(layout.bars[1]!.y - layout.bars[0]!.y).toBe(CHART.rowHeight);
    expect(layout.height).toBe(2 * CHART.rowHeight + 2 * CHART.padding);
  });

  it('clamps a net discount and a share above 100 % to the track, and draws nothing for a missing share', () => {
    const layout = shareChartLayout([
      { label: 'a', value: -0.02, reference: 1.5 },
      { label: 'b', value: 1.2, reference: -1 },
      { label: 'c', value: null, reference: null },
    ]);
    expect(layout.bars.map((b) => b.width)).toEqual([0, track, 0]);
    expect(layout.bars.map((b) => b.value)).toEqual([-0.02, 1.2, null]);
    expect(layout.bars[0]!.referenceX).toBe(layout.trackX + track);
    expect(layout.bars[1]!.referenceX).toBe(layout.trackX);
  });
});
