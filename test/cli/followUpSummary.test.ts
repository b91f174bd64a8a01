import { runModel } from '../../src/engine';
import { followUpLines } from '../../src/cli/followUpSummary';
import { followUpWorkbook } from '../engine/followUpWorkbook';
import { miniWorkbook } from '../engine/helpers';

describe('the summary of the follow-up', () => {
  it('gives the year so far, the forecast and the services beyond Tröskel (figures of test/engine/follow-up.test.ts)', () => {
    const lines = followUpLines(runModel(followUpWorkbook()));
    const nbsp = (s: string) => s.replace(/ (?=\d{3}\b)/g, '\u00a0');
    expect(lines).toEqual([
      nbsp('Uppföljning t.o.m. 2021-03: kostnad 1 600 kr (budget 1 350 kr), intäkt 1 252 kr; prognos för året: resultat −351 kr, täckningsgrad 93,8\u00a0%.'),
      'Uppföljning, prognos utanför Tröskel: Kassa underdeckning −50 kr; Lev underdeckning −251 kr; Uppdrag underdeckning −50 kr.',
    ]);
  });

  it('says nothing without actuals', () => {
    expect(followUpLines(runModel(miniWorkbook()))).toEqual([]);
  });
});
