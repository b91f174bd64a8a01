import { miniWorkbook, run, table } from './helpers';

// One problem, one message (issue 12): what follows from a cell already reported is not reported
// again as a problem of its own. Found by the audit of issue 12: an out-of-range Kostnad per styck
// gave its own error and then one "finns inte" per row of Avvikelser using the type.

function withDeviations(typeRow: (string | number | null)[]) {
  const wb = miniWorkbook();
  wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck', 'Minuter'], [typeRow]));
  wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [
    ['A', 'Kundres', 'Påminnelse', 3],
    ['B', 'Kundres', 'Påminnelse', 2],
  ]));
  return run(wb);
}

const errorCells = (result: ReturnType<typeof run>) => result.problems.filter((p) => p.level === 'error').map((p) => p.cell);

describe('a deviation type whose cost cell is wrong', () => {
  it('Kostnad per styck 1,2e17: one error, on that cell, none on the Avvikelser rows', () => {
    expect(errorCells(withDeviations(['Påminnelse', 'Kundres', 1.2e17, null]))).toEqual(['Avvikelsetyper!C2']);
  });

  it('a 25-digit Minuter: one error, on that cell', () => {
    expect(errorCells(withDeviations(['Påminnelse', 'Kundres', null, '1234567890123456789012345']))).toEqual(['Avvikelsetyper!D2']);
  });

  it('neither Kostnad per styck nor Minuter: one error, on Kostnad per styck', () => {
    expect(errorCells(withDeviations(['Påminnelse', 'Kundres', null, null]))).toEqual(['Avvikelsetyper!C2']);
  });

  it('a deviation type that really does not exist is still reported on each row that uses it', () => {
    const wb = miniWorkbook();
    wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Kronofogden', 'Kundres', 100]]));
    wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Kundres', 'Påminnelse', 3]]));
    expect(errorCells(run(wb))).toEqual(['Avvikelser!C2']);
  });
});

describe('Inställningar without its Värde column', () => {
  it('one error for the column and no "Budgetår saknas" warning, since Budgetår is given', () => {
    const wb = miniWorkbook();
    wb.push(table('Inställningar', ['Parameter'], [['Budgetår'], ['Beloppsavrundning']]));
    const result = run(wb);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.column])).toEqual([['missing-column', 'Värde']]);
    expect(result.problems.some((p) => p.code === 'missing-budget-year')).toBe(false);
  });

  it('a workbook without Budgetår still gets the warning', () => {
    expect(run(miniWorkbook()).problems.some((p) => p.code === 'missing-budget-year')).toBe(true);
  });
});
