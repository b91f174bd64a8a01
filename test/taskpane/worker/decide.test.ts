import { renderMessage } from '../../../src/engine/messages/catalog';
import { browserHost } from '../../../src/taskpane/hosts/browserHost';
import { excelHost } from '../../../src/taskpane/hosts/excelHost';
import type { DecideOutcome, Progress } from '../../../src/taskpane/hosts/host';
import { officePort } from '../../../src/taskpane/hosts/officePort';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { workbook as twoServices } from '../../engine/versions/twoServices';
import { excelWith } from '../../workbook/office/helpers';
import { inProcessWorker } from './inProcessWorker';
jest.mock('../../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

const said = (outcome: DecideOutcome) => (outcome.ok ? outcome.messages.map((m) => renderMessage(m, 'sv')) : [renderMessage(outcome.reason, 'sv')]);
const today = new Date().toISOString().slice(0, 10);

async function opened() {
  const source = createXlsx();
  await source.writeInputTables(twoServices());
  const host = browserHost(inProcessWorker);
  return host.open(new Blob([(await source.toBuffer()) as BlobPart]), () => {});
}

/** The versions of the file's Beslutade versioner, label → number of rows. */
async function versionsIn(file: Blob): Promise<Record<string, number>> {
  const tables = await (await openXlsx(new Uint8Array(await file.arrayBuffer()))).readTables();
  const decided = tables.find((t) => t.name === 'Beslutade_versioner');
  const counts: Record<string, number> = {};
  for (const row of decided?.rows ?? []) counts[String(row[0])] = (counts[String(row[0])] ?? 0) + 1;
  return counts;
}

describe('"Spara som beslutad version" in the browser', () => {
  it('writes the version into the held file, which the download and the next Beräkna see', async () => {
    const file = await opened();
    const progress: Progress[] = [];
    const outcome = await file.decide!('Servicenämnden 2021-11-18', (p) => progress.push(p));
    expect(said(outcome)).toEqual([`Versionen "Servicenämnden 2021-11-18" sparades som beslutad ${today}: 2 tjänster och 4 belopp per kund och tjänst, på bladet Beslutade versioner (den första versionen).`]);
    expect(progress.map((p) => p.phase)).toContain('writing');
    const run = await file.run(() => {});
    const comparison = run.data.outputs.find((o) => o.name === 'Versionsjämförelse');
    expect(comparison?.rows.every((r) => r[6] === 'Oförändrad')).toBe(true);
    expect(await versionsIn(await file.download(() => {}))).toEqual({ 'Servicenämnden 2021-11-18': 6 });
    const again = await file.decide!('SERVICENÄMNDEN 2021-11-18', () => {});
    expect(again.ok).toBe(false);
  });

  it('a worker started afresh after Avbryt opens the file with the versions, not the file first opened', async () => {
    const file = await opened();
    await file.decide!('Första', () => {});
    file.cancel!();
    const second = await file.decide!('Andra', () => {});
    expect(said(second)[1]).toBe(`Indata är desamma som när versionen "Första" beslutades (${today}).`);
    await file.run(() => {});
    expect(await versionsIn(await file.download(() => {}))).toEqual({ Första: 6, Andra: 6 });
  });
});

describe('"Spara som beslutad version" in Excel', () => {
  it('reads through the adapter, decides in the worker and writes the protected sheet into the open workbook', async () => {
    const { excel } = excelWith(twoServices());
    const host = excelHost(officePort(new OfficeWorkbook(excel.host())), () => inProcessWorker());
    const outcome = await host.workbook.decide!('November', () => {});
    expect(outcome.ok).toBe(true);
    expect(excel.sheet('Beslutade versioner').protected).toBe(true);
    expect(excel.table('Beslutade_versioner').rows.map((r) => [r[0], r[3], r[4], r[9]])).toEqual([
      ['November', 'Kassa', null, 1000],
      ['November', 'Lev', null, 2000],
      ['November', 'Kassa', 'A', 750],
      ['November', 'Lev', 'A', 1500],
      ['November', 'Kassa', 'B', 250],
      ['November', 'Lev', 'B', 500],
    ]);
    const run = await host.workbook.run(() => {});
    expect(run.data.outputs.map((o) => o.name)).toContain('Versionsjämförelse');
    expect(excel.tableNames()).toContain('Versionsjämförelse');
    // A workbook with errors: refused with them, nothing written.
    excel.sheet('Kostnader').ensure(3, 2).content = { kind: 'text', text: 'tvåtusen' };
    const before = excel.snapshot();
    const refused = await host.workbook.decide!('December', () => {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.cell)).toEqual(['Kostnader!B3']);
    expect(excel.snapshot()).toBe(before);
  });
});
