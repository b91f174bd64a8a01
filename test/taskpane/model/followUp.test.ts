import { runModel } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { exampleTables } from '../../../src/example';
import { fallingVolumes, followUpOverview, resultFund } from '../../../src/taskpane/model/followUp';
import { followUpChartLayout, FOLLOW_UP_CHART } from '../../../src/taskpane/model/followUpChart';

const ACTUALS = ['Utfall', 'Utfallsvolymer', 'Utfallsavvikelser', 'Fakturerat'];
const outputs = runModel(exampleTables()).outputs;
const table = (name: string) => outputs.find((o) => o.name === name) as OutputTable;

/** Uppföljning's own rows, read straight from the table: the service rows of an area summed in a column. */
function serviceSum(area: string, header: string): number {
  const t = table('Uppföljning');
  const col = (h: string) => t.columns.findIndex((c) => c.header === h);
  return t.rows.filter((r) => r[col('Nivå')] === 'Tjänst' && r[col('Verksamhetsområde')] === area).reduce((a, r) => a + (r[col(header)] as number), 0);
}

describe('the follow-up on screen, on the example (actuals January–June)', () => {
  const view = followUpOverview(outputs);

  it('has the period and the six areas in Tjänster order, each the sum of its services', () => {
    expect(view.available).toBe(true);
    expect(view.period).toBe('2021-06');
    expect(view.areas.map((a) => a.area)).toEqual(['Ekonomi', 'Lön och pension', 'Kontaktcenter', 'Upphandling och inköp', 'Lokalplanering', 'Rekrytering']);
    for (const area of ['Ekonomi', 'Rekrytering']) {
      const a = view.areas.find((x) => x.area === area)!;
      expect(a.budgetCost).toBe(serviceSum(area, 'Budget kostnad helår'));
      expect(a.actualCost).toBe(serviceSum(area, 'Utfall kostnad ack.'));
      expect(a.forecastCost).toBe(serviceSum(area, 'Prognos kostnad'));
      expect(a.forecastResult).toBe(serviceSum(area, 'Prognos resultat'));
    }
    // Rekrytering by hand from its three services' rows: 10 450 022 + 3 300 189 + 250 456.
    expect(view.areas[5]!.budgetCost).toBe(14_000_667);
    // The budget for six months of twelve is about half the year's.
    expect(view.areas[0]!.budgetCostToDate / view.areas[0]!.budgetCost).toBeCloseTo(0.5, 1);
    const sumOf = (k: 'budgetCost' | 'forecastResult') => view.areas.reduce((s, a) => s + a[k], 0);
    expect(view.total?.budgetCost).toBe(sumOf('budgetCost'));
    expect(view.total?.forecastResult).toBe(sumOf('forecastResult'));
  });

  it('flags Systemförvaltning ekonomi first (its system cost doubled from April: −625 000 kr) and selects its row on the sheet', () => {
    const first = view.flagged[0]!;
    expect(first).toMatchObject({ service: 'Systemförvaltning ekonomi', area: 'Ekonomi', status: 'Underdeckning', forecastResult: -625_000 });
    // The fifth service row, under the header: row 6, fifteen columns A–O.
    expect(first.address).toBe("'Uppföljning'!A6:O6");
    // Every flagged service is a service row whose Status is not OK, and every such row is flagged.
    const t = table('Uppföljning');
    const notOk = t.rows.filter((r) => r[0] === 'Tjänst' && r[14] !== 'OK').map((r) => r[1]);
    expect(view.flagged.map((f) => f.service).sort()).toEqual([...notOk].sort());
    expect(notOk.length).toBeGreaterThan(1);
    // Largest result either way first.
    const sizes = view.flagged.map((f) => Math.abs(f.forecastResult));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(view.flagged.every((f) => f.status !== 'OK')).toBe(true);
  });

  it('lists the volumes falling furthest, Utbildning lön first (191 done of 237 budgeted)', () => {
    expect(view.falling.length).toBeLessThanOrEqual(5);
    expect(view.falling[0]).toMatchObject({ service: 'Utbildning lön', area: 'Lön och pension', budgetToDate: 237, actualToDate: 191 });
    expect(view.falling[0]!.change).toBeCloseTo(191 / 237 - 1, 10);
    // Leverantörsreskontra's customers each did 16 of every 17 budgeted.
    expect(view.falling[1]).toMatchObject({ service: 'Leverantörsreskontra' });
    expect(view.falling[1]!.change).toBeCloseTo(-1 / 17, 10);
    const changes = fallingVolumes(outputs).map((v) => v.change);
    expect(changes.every((c) => c < 0)).toBe(true);
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
  });

  it('is not available without actuals: the tables have their headers only', () => {
    const none = followUpOverview(runModel(exampleTables().filter((t) => !ACTUALS.includes(t.name))).outputs);
    expect(none).toEqual({ available: false, period: '', areas: [], total: null, flagged: [], falling: [] });
  });
});

describe('the follow-up chart’s geometry', () => {
  const track = FOLLOW_UP_CHART.width - FOLLOW_UP_CHART.labelWidth - FOLLOW_UP_CHART.valueWidth;
  const area = (name: string, budgetCost: number, budgetCostToDate: number, actualCost: number, forecastCost: number) => ({
    area: name, budgetCost, budgetCostToDate, actualCost, actualRevenue: 0, resultToDate: 0, forecastCost, forecastRevenue: 0, forecastResult: 0, status: 'OK',
  });

  it('draws every area on one scale, the largest amount the full track, with the budget to date marked on the actual bar', () => {
    const layout = followUpChartLayout([area('A', 1_000, 500, 600, 1_100), area('B', 440, 220, 110, 440)]);
    expect(layout.trackWidth).toBe(track);
    const [a, b] = layout.groups;
    expect(a!.bars.map((x) => x.kind)).toEqual(['budget', 'actual', 'forecast']);
    expect(a!.bars[2]!.width).toBe(track);
    expect(a!.bars[0]!.width).toBeCloseTo((track * 1_000) / 1_100, 1);
    expect(b!.bars[1]!.width).toBeCloseTo(track / 10, 1);
    expect(a!.bars[1]!.referenceX).toBeCloseTo(layout.trackX + (track * 500) / 1_100, 1);
    expect(a!.bars[0]!.referenceX).toBeNull();
    // B's rows come below A's, and the chart is tall enough for both.
    expect(b!.bars[0]!.y).toBeGreaterThan(a!.bars[2]!.y);
    expect(layout.height).toBeGreaterThanOrEqual(b!.bars[2]!.y + layout.rowHeight);
  });

  it('draws no bar for a negative or zero amount', () => {
    const layout = followUpChartLayout([area('A', 0, 0, -50, 0)]);
    expect(layout.groups[0]!.bars.map((x) => x.width)).toEqual([0, 0, 0]);
  });
});

describe('the result fund on screen', () => {
  it('lists the fund as Resultatfond has it, and what Slutavräkning returns', () => {
    // docs/arbetsbok.md: IB 5 000 000, forecast result −1 970 779, cap 1 % = 2 552 742, so
    // 5 000 000 − 1 970 779 − 2 552 742 = 476 479 is returned and the fund closes at the cap.
    expect(resultFund(outputs)).toEqual({
      lines: [
        { post: 'Ingående balans', amount: 5_000_000 },
        { post: 'Årets resultat (prognos)', amount: -1_970_779 },
        { post: 'Fondtak', amount: 2_552_742 },
        { post: 'Avräknas med kunderna', amount: 476_479 },
        { post: 'Utgående balans', amount: 2_552_742 },
      ],
      settlementLines: 134,
      settlementTotal: -476_479,
    });
    expect(resultFund(runModel(exampleTables().filter((t) => !ACTUALS.includes(t.name))).outputs)).toBeNull();
  });
});
