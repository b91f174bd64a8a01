import { runModel } from '../../src/engine';
import { versionLines } from '../../src/cli/versionSummary';
import { decide, withDecisions, workbook } from '../engine/versions/twoServices';

describe('the command line summary on a decided version', () => {
  test('says which version, whether the inputs changed and how many prices and amounts differ', () => {
    const decided = decide(workbook(), 'Nämnden');
    expect(versionLines(runModel(workbook()))).toEqual([]);
    const same = versionLines(runModel(withDecisions(workbook(), decided)));
    expect(same[1]).toBe('Versionsjämförelse: alla priser och belopp är desamma som beslutat.');
    // Lev at 11 kr: its price, and A's and B's Lev amounts.
    const lines = versionLines(runModel(withDecisions(workbook({ levPrice: 11 }), decided)));
    expect(lines[0]).toMatch(/^Jämfört med versionen "Nämnden", beslutad 2021-11-18: indata har ändrats sedan dess/);
    expect(lines[1]).toBe('Versionsjämförelse: 1 pris ändrat, 2 belopp per kund och tjänst ändrade, 0 tjänster nya, 0 borttagna; se bladet Versionsjämförelse.');
  });
});
