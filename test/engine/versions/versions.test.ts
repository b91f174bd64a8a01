import type { RawTable } from '../../../src/engine/cells';
import { decideVersion, runModel } from '../../../src/engine';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { tableToJson } from '../../../src/engine/output';
import { errors, output, table } from '../helpers';
import { decide, withDecisions, workbook } from './twoServices';

describe('deciding a version', () => {
  test('holds the price list and what each customer pays per service, with label, day and the inputs’ fingerprint', () => {
    const d = decide(workbook(), 'Servicenämnden 2021-11-18');
    const rows = tableToJson(d.table);
    expect(d.table.protected).toBe(true);
    expect(d.table.name).toBe('Beslutade versioner');
    expect(rows.map((r) => [r.Tjänst, r.Kund, r.Pris, r['Pris per nyckelenhet'], r.Belopp])).toEqual([
      ['Kassa', null, null, 25, 1000],
      ['Lev', null, 10, null, 2000],
      ['Kassa', 'A', null, null, 750],
      ['Lev', 'A', null, null, 1500],
      ['Kassa', 'B', null, null, 250],
      ['Lev', 'B', null, null, 500],
    ]);
    expect(new Set(rows.map((r) => `${r.Version}|${r.Beslutad}`))).toEqual(new Set(['Servicenämnden 2021-11-18|2021-11-18']));
    expect(rows[0]!.Indata).toMatch(/^[0-9a-f]{16}$/);
    expect(rows[1]!.Prismodell).toBe('Styck');
    expect(rows[1]!.Enhet).toBe('faktura');
    expect(renderMessage(d.messages[0]!, 'sv')).toBe(
      'Versionen "Servicenämnden 2021-11-18" sparades som beslutad 2021-11-18: 2 tjänster och 4 belopp per kund och tjänst, på bladet Beslutade versioner (den första versionen).',
    );
  });

  test('a second decision keeps the first version’s rows exactly and appends its own', () => {
    const first = decide(workbook(), 'Nämnden i november');
    const changed = withDecisions(workbook({ levPrice: 11 }), first);
    const second = decide(changed, 'Nämnden i december', '2021-12-09');
    expect(second.table.rows.slice(0, first.table.rows.length)).toEqual(first.table.rows);
    expect(second.added).toEqual(second.table.rows.slice(first.table.rows.length));
    expect(second.added.every((r) => r[0] === 'Nämnden i december' && r[1] === '2021-12-09')).toBe(true);
    expect(second.versions).toBe(2);
    // The price changed, so the inputs did: no earlier version had them.
    expect(second.sameInputsAs).toBeNull();
    expect(second.added[0]![2]).not.toBe(first.added[0]![2]);
  });

  test('the same inputs give the same fingerprint whatever else the workbook holds, and the summary says so', () => {
    const first = decide(workbook(), 'Första');
    const again = decide(withDecisions(workbook(), first), 'Andra');
    expect(again.version.inputs).toBe(first.version.inputs);
    expect(again.sameInputsAs?.label).toBe('Första');
    expect(renderMessage(again.messages[1]!, 'en')).toBe('The inputs are the same as when the version "Första" was decided (2021-11-18).');
  });

  test('a label already decided is refused, whatever its case; so are a blank, a long and a two-line label', () => {
    const first = decide(workbook(), 'Servicenämnden 2021-11-18');
    const tables = withDecisions(workbook(), first);
    const reason = (label: string) => {
      const r = decideVersion(tables, runModel(tables), label, '2021-12-01');
      return r.ok ? 'saved' : renderMessage(r.reason, 'sv');
    };
    expect(reason('SERVICENÄMNDEN 2021-11-18 ')).toBe(
      'Det finns redan en beslutad version "Servicenämnden 2021-11-18" (sparad 2021-11-18). En beslutad version ändras aldrig: ge den nya versionen en annan etikett. Inget har sparats.',
    );
    expect(reason('  ')).toMatch(/^Ge versionen en etikett/);
    expect(reason('x'.repeat(101))).toBe('Etiketten är 101 tecken lång; en versions etikett får vara högst 100 tecken. Inget har sparats.');
    expect(reason('a\nb')).toBe('Etiketten får inte ha radbrytningar eller tabbar. Inget har sparats.');
  });

  test('a workbook with errors is not decided', () => {
    const tables = workbook();
    tables[2]!.rows.push(['Okänd tjänst med fel', 'tusen']);
    const r = decideVersion(tables, runModel(tables), 'X', '2021-11-18');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(renderMessage(r.reason, 'sv')).toMatch(/^Arbetsboken har \d+ fel; en version kan bara sparas som beslutad när arbetsboken beräknas utan fel\. Inget har sparats\.$/);
    expect(r.problems.some((p) => p.level === 'error')).toBe(true);
  });
});

describe('Versionsjämförelse', () => {
  const key = (r: Record<string, unknown>) => `${r.Tjänst ?? ''}|${r.Kund ?? ''}|${r.Storhet}`;
  const figures = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [key(r), [r.Beslutat, r.Nu, r.Differens, r.Status]]));

  test('is not written without a decided version', () => {
    expect(runModel(workbook()).outputs.map((o) => o.name)).not.toContain('Versionsjämförelse');
  });

  test('after a decided price of 11 kr for Lev: the price, its revenue and each customer’s amount, by hand', () => {
    const decided = decide(workbook(), 'Nämnden');
    const result = runModel(withDecisions(workbook({ levPrice: 11 }), decided));
    expect(errors(result)).toEqual([]);
    const rows = output(result, 'Versionsjämförelse');
    expect(result.outputs.map((o) => o.name).slice(-2)).toEqual(['Versionsjämförelse', 'Kontroller']);
    expect(rows[0]).toMatchObject({ Storhet: 'Indata', Status: 'Ändrad' });
    expect(rows[0]!.Anmärkning).toMatch(/^Jämfört med versionen "Nämnden", beslutad 2021-11-18: indata har ändrats sedan dess \(kontrollsumma då [0-9a-f]{16}, nu [0-9a-f]{16}\)\.$/);
    // Lev: 11 × 150 = 1 650 and 11 × 50 = 550, revenue 2 200 against 2 000; Kassa as it was.
    expect(figures(rows.slice(1))).toEqual({
      'Kassa||Pris per nyckelenhet': [25, 25, 0, 'Oförändrad'],
      'Kassa||Intäkt': [1000, 1000, 0, 'Oförändrad'],
      'Lev||Pris': [10, 11, 1, 'Ändrad'],
      'Lev||Intäkt': [2000, 2200, 200, 'Ändrad'],
      'Kassa|A|Belopp': [750, 750, 0, 'Oförändrad'],
      'Lev|A|Belopp': [1500, 1650, 150, 'Ändrad'],
      '|A|Totalt': [2250, 2400, 150, 'Ändrad'],
      'Kassa|B|Belopp': [250, 250, 0, 'Oförändrad'],
      'Lev|B|Belopp': [500, 550, 50, 'Ändrad'],
      '|B|Totalt': [750, 800, 50, 'Ändrad'],
    });
  });

  test('a service new since the decision is Ny, a charge no longer made Borttagen; amounts count a missing side as 0', () => {
    const decided = decide(workbook(), 'Nämnden');
    // B buys no Lev any more: A's 150 invoices carry the 2 000 kr, 13,33 kr each (2 000 / 150 = 13,333… → 13,33); A 1 999,5 → 2 000.
    const rows = output(runModel(withDecisions(workbook({ dropBLev: true, addDirect: true }), decided)), 'Versionsjämförelse');
    const f = figures(rows.slice(1));
    expect(f['Rådgivning||Intäkt']).toEqual([null, 300, 300, 'Ny']);
    expect(f['Rådgivning|A|Belopp']).toEqual([null, 300, 300, 'Ny']);
    expect(f['Lev|B|Belopp']).toEqual([500, null, -500, 'Borttagen']);
    expect(f['Lev||Pris']).toEqual([10, 13.33, 3.33, 'Ändrad']);
    expect(f['Lev|A|Belopp']).toEqual([1500, 2000, 500, 'Ändrad']);
    expect(f['|A|Totalt']).toEqual([2250, 3050, 800, 'Ändrad']);
    expect(f['|B|Totalt']).toEqual([750, 250, -500, 'Ändrad']);
  });

  test('unchanged inputs: every line Oförändrad and the first says the inputs are the same', () => {
    const decided = decide(workbook(), 'Nämnden');
    const rows = output(runModel(withDecisions(workbook(), decided)), 'Versionsjämförelse');
    expect(rows.every((r) => r.Status === 'Oförändrad')).toBe(true);
    expect(rows[0]!.Anmärkning).toBe(`Jämfört med versionen "Nämnden", beslutad 2021-11-18: indata är desamma som då (kontrollsumma ${decided.version.inputs}).`);
  });

  test('Jämför med version chooses the version; blank compares with the latest; an unknown label is an error naming the versions', () => {
    const first = decide(workbook(), 'Första');
    const second = decide(withDecisions(workbook({ levPrice: 11 }), first), 'Andra');
    const setting = (value: string | null) => table('Inställningar', ['Parameter', 'Värde'], [['Jämför med version', value]]);
    const now = withDecisions(workbook({ levPrice: 11 }), second);
    const lev = (tables: RawTable[]) => output(runModel(tables), 'Versionsjämförelse').find((r) => r.Tjänst === 'Lev' && r.Storhet === 'Pris');
    expect(lev(now)).toMatchObject({ Beslutat: 11, Nu: 11, Status: 'Oförändrad' });
    expect(lev([...now, setting(null)])).toMatchObject({ Beslutat: 11 });
    expect(lev([...now, setting('första')])).toMatchObject({ Beslutat: 10, Nu: 11, Status: 'Ändrad' });
    const wrong = runModel([...now, setting('Tredje')]);
    expect(wrong.ok).toBe(false);
    expect(errors(wrong)).toEqual([
      'compare-version-unknown Inställningar:1:Värde:Inställningar!B2 Inställningar rad 1, kolumn Värde (Inställningar!B2): Jämför med version är "Tredje", men ingen beslutad version i Beslutade versioner har den etiketten. Versionerna är Första eller Andra; lämna värdet tomt för att jämföra med den senaste.',
    ]);
  });

  test('the setting without any decided version is a warning, and nothing is compared', () => {
    const result = runModel([...workbook(), table('Inställningar', ['Parameter', 'Värde'], [['Jämför med version', 'Första']])]);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.code)).toContain('compare-version-without-versions');
    expect(result.outputs.map((o) => o.name)).not.toContain('Versionsjämförelse');
  });

  test('a version changed by hand to two dates is an error on the cell', () => {
    const decided = decide(workbook(), 'Nämnden');
    const tables = withDecisions(workbook(), decided);
    const sheet = tables[tables.length - 1]!;
    sheet.rows[3]![1] = '2021-11-19';
    expect(errors(runModel(tables))).toEqual([
      `version-inconsistent Beslutade versioner:4:Beslutad:'Beslutade versioner'!B5 Beslutade versioner rad 4, kolumn Beslutad ('Beslutade versioner'!B5): versionen "Nämnden" har Beslutad "2021-11-19" här men "2021-11-18" på rad 1; en version har ett datum och en kontrollsumma. Bladet ska inte ändras för hand: ta tillbaka det från en tidigare kopia av arbetsboken.`,
    ]);
  });
});

describe('deciding over a decided sheet changed by hand', () => {
  test('is refused with its error counted once', () => {
    const tables = withDecisions(workbook(), decide(workbook(), 'Nämnden'));
    tables[tables.length - 1]!.rows[3]![1] = '2021-11-19';
    const r = decideVersion(tables, runModel(tables), 'Andra', '2021-12-01');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(renderMessage(r.reason, 'sv')).toBe('Arbetsboken har 1 fel; en version kan bara sparas som beslutad när arbetsboken beräknas utan fel. Inget har sparats.');
    expect(r.problems.filter((p) => p.level === 'error').map((p) => p.code)).toEqual(['version-inconsistent']);
  });
});
