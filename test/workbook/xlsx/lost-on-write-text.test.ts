import { LOST_FEATURE_KINDS, lostFeatureList, lostOnWriteMessage } from '../../../src/workbook/xlsx';

describe('lostFeatureList', () => {
  it('names one and several, in Swedish and English', () => {
    expect(lostFeatureList([{ kind: 'pivotTable', count: 1 }], 'sv')).toBe('1 pivottabell');
    expect(lostFeatureList([{ kind: 'pivotTable', count: 3 }], 'sv')).toBe('3 pivottabeller');
    expect(lostFeatureList([{ kind: 'pivotTable', count: 1 }], 'en')).toBe('1 PivotTable');
    expect(lostFeatureList([{ kind: 'pivotTable', count: 3 }], 'en')).toBe('3 PivotTables');
    expect(lostFeatureList([{ kind: 'chart', count: 2 }], 'sv')).toBe('2 diagram');
    expect(lostFeatureList([{ kind: 'threadedComment', count: 2 }], 'sv')).toBe('2 kommentarstrådar');
  });

  it('names the VBA project without a count', () => {
    expect(lostFeatureList([{ kind: 'vbaProject', count: 1 }], 'sv')).toBe('makrona (VBA)');
    expect(lostFeatureList([{ kind: 'vbaProject', count: 1 }], 'en')).toBe('the macros (VBA)');
  });

  it('joins with commas and a last "och" / "and"', () => {
    const features = [
      { kind: 'chart', count: 2 },
      { kind: 'pivotTable', count: 1 },
      { kind: 'vbaProject', count: 1 },
    ] as const;
    expect(lostFeatureList(features, 'sv')).toBe('2 diagram, 1 pivottabell och makrona (VBA)');
    expect(lostFeatureList(features, 'en')).toBe('2 charts, 1 PivotTable and the macros (VBA)');
    expect(lostFeatureList(features.slice(0, 2), 'sv')).toBe('2 diagram och 1 pivottabell');
  });

  it('has a name of its own for every kind in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = LOST_FEATURE_KINDS.map((kind) => lostFeatureList([{ kind, count: 2 }], lang));
      for (const name of names) expect(name).toMatch(/^(2 \S|the \S|makrona )/);
      expect(new Set(names).size).toBe(LOST_FEATURE_KINDS.length);
    }
  });
});

describe('lostOnWriteMessage', () => {
  const files = { source: 'Budget 2025.xlsx', result: 'Budget 2025 resultat.xlsx' };
  const features = [
    { kind: 'chart', count: 2 },
    { kind: 'pivotTable', count: 1 },
  ] as const;

  it('says in Swedish what is missing, why, that IN is unchanged and what to do', () => {
    expect(lostOnWriteMessage(features, files, 'sv')).toBe(
      'Budget 2025 resultat.xlsx saknar 2 diagram och 1 pivottabell som finns i Budget 2025.xlsx. ' +
        'Programbiblioteket som skriver filen (exceljs) kan inte skriva tillbaka det innehållet. ' +
        'Budget 2025.xlsx är oförändrad och resultatbladen i Budget 2025 resultat.xlsx är kompletta. ' +
        'Vill du ha resultatbladen i din egen arbetsbok med allt kvar: öppna den i Excel och beräkna med tillägget ' +
        'Intäktsmodell, som skriver direkt i arbetsboken.',
    );
  });

  it('and in English', () => {
    expect(lostOnWriteMessage(features, files, 'en')).toBe(
      'Budget 2025 resultat.xlsx lacks 2 charts and 1 PivotTable that Budget 2025.xlsx has. ' +
        'The library that writes the file (exceljs) cannot write that content back. ' +
        'Budget 2025.xlsx is unchanged and the result sheets in Budget 2025 resultat.xlsx are complete. ' +
        'To have the result sheets in your own workbook with everything kept, open it in Excel and calculate with ' +
        'the Intäktsmodell add-in, which writes straight into the workbook.',
    );
  });
});
