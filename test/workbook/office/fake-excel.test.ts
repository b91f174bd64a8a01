/**
 * The fake is only a proof if it is as strict as Excel where mistakes hide. These tests pin
 * the behaviours the adapter's tests rely on.
 */
import { FakeExcel, FakeExcelError, largestRequestBytes, PAYLOAD_LIMIT_BYTES, seedTables, syncCount } from './fake-excel';

function withSheet(): FakeExcel {
  const excel = new FakeExcel();
  excel.model.addSheet('Blad1');
  return excel;
}

const code = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return (error as FakeExcelError).code;
  }
  return 'no error';
};

describe('proxies', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(sheet.name).toBe('Blad1');
      expect(() => sheet.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
    });
  });

  it('applies writes only at sync, in order', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      range.values = [['x', 1]];
      expect(excel.cell('Blad1', 'A1').kind).toBe('empty');
      await context.sync();
      expect(excel.cell('Blad1', 'A1')).toEqual({ kind: 'text', value: 'x', numberFormat: 'General' });
    });
  });

  it('reports a null object only after the sync, and throws ItemNotFound for getItem', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Saknas').load('name');
      const present = context.workbook.worksheets.getItemOrNullObject('blad1').load('name');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Blad1');
    });
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Saknas').load('name');
      await context.sync();
    }))).toBe('ItemNotFound');
  });

  it('counts syncs that reach Excel and the bytes of each request', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      await context.sync(); // nothing queued: no request
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['å'.repeat(1000)]];
      await context.sync();
    });
    expect(excel.stats.syncCalls).toBe(2);
    expect(syncCount(excel)).toBe(1);
    expect(largestRequestBytes(excel)).toBeGreaterThan(2000); // å is two bytes in UTF-8
  });

  it('sends what is still queued when Excel.run ends', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
    });
    expect(syncCount(excel)).toBe(1);
    expect(excel.cell('Blad1', 'A1').value).toBe(1);
  });

  it('refuses a request over 5 MB, changing nothing', async () => {
    const excel = withSheet();
    const rows = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange(`A1:A${rows.length}`).values = rows;
      await context.sync();
    }))).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.stats.requests[0]!.bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.cell('Blad1', 'A1').kind).toBe('empty');
  });

  it('wants values in exactly the shape of the range; a 1x1 number format fills the range', async () => {
    const excel = withSheet();
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B2').values = [[1]];
      await context.sync();
    }))).toBe('InvalidArgument');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B2').numberFormat = [['0.00%']];
      await context.sync();
    });
    expect(excel.cell('Blad1', 'B2').numberFormat).toBe('0.00%');
  });

  it('applies the operations before a failing one, and none of the loads', async () => {
    const excel = withSheet();
    const sheet = excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1').values = [[1]];
      ws.load('name');
      context.workbook.worksheets.getItem('Saknas').getRange('A1').values = [[2]];
      await context.sync();
    });
    expect(await code(sheet)).toBe('ItemNotFound');
    expect(excel.cell('Blad1', 'A1').value).toBe(1);
  });
});

describe('values as Excel parses them', () => {
  async function write(value: unknown, numberFormat?: string) {
    const excel = withSheet();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      if (numberFormat) range.numberFormat = [[numberFormat]];
      range.values = [[value]];
      await context.sync();
    });
    return excel.cell('Blad1', 'A1');
  }

  it.each([
    ['=HYPERLINK("http://x","y")', 'formula'],
    ['+46 8 123', 'formula'],
    ['-abc', 'formula'],
    ['@home', 'formula'],
    ['00123', 'number'],
    ['1.5', 'number'],
    ['TRUE', 'boolean'],
    ['#N/A', 'error'],
    ["'=1+1", 'text'],
    ['Rinkeby', 'text'],
    ['-', 'text'],
  ])('%s in a General cell becomes %s', async (value, kind) => {
    expect((await write(value)).kind).toBe(kind);
  });

  it.each(['=HYPERLINK("http://x","y")', '+46 8 123', '00123', 'TRUE', '#N/A'])('%s in a text-formatted cell stays text', async (value) => {
    expect(await write(value, '@')).toEqual({ kind: 'text', value, numberFormat: '@' });
  });
});

describe('cell texts', () => {
  const write = (value: string, format = 'General') => {
    const excel = withSheet();
    return code(excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      range.numberFormat = [[format]];
      range.values = [[value]];
      await context.sync();
    })).then((result) => ({ result, cell: excel.cell('Blad1', 'A1') }));
  };

  it('takes a text of 32 767 characters', async () => {
    const { result, cell } = await write('x'.repeat(32767), '@');
    expect(result).toBe('no error');
    expect(String(cell.value).length).toBe(32767);
  });

  it.each(['@', 'General'])('refuses a text of 32 768 characters (format %s) and leaves the cell empty', async (format) => {
    const { result, cell } = await write('x'.repeat(32768), format);
    expect(result).toBe('InvalidArgument');
    expect(cell.kind).toBe('empty');
  });
});

describe('naming rules', () => {
  const addSheet = (name: string) => {
    const excel = withSheet();
    return code(excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }));
  };

  it.each(['a'.repeat(32), 'Blad[1]', 'a:b', 'a/b', 'a?', 'a*', "'a", ''])('refuses the sheet name %j', async (name) => {
    expect(await addSheet(name)).toBe('InvalidArgument');
  });

  it.each(['a'.repeat(31), "O'Brien", 'Kundbesked 😀'])('takes the sheet name %j', async (name) => {
    expect(await addSheet(name)).toBe('no error');
  });

  it.each(["a'", 'History', 'HISTORY', '   ', 'a\\b', 'x'.repeat(30) + '😀', 'x'.repeat(29) + '😀'.slice(0, 1), 'Kund \uDE00 Norr'])('also refuses the sheet name %j', async (name) => {
    expect(await addSheet(name)).toBe('InvalidArgument');
  });

  it('refuses a rename to an invalid sheet name', async () => {
    const excel = withSheet();
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').name = 'a'.repeat(32);
      await context.sync();
    }))).toBe('InvalidArgument');
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Blad1']);
  });

  it.each(['Prislista', '_x', '\\y', 'Å.b_1', 'a'.repeat(255)])('takes the table name %j', async (name) => {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] }]);
    expect(await code(excel.run(async (context) => {
      context.workbook.tables.getItem('T').name = name;
      await context.sync();
    }))).toBe('no error');
  });

  it.each(['', 'a'.repeat(256), 'Fördelning 2', 'a(b)', "O'Brien"])('also refuses the table name %j', async (name) => {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] }]);
    expect(await code(excel.run(async (context) => {
      context.workbook.tables.getItem('T').name = name;
      await context.sync();
    }))).toBe('InvalidArgument');
  });

  it('refuses a sheet name taken in another case', async () => {
    expect(await addSheet('BLAD1')).toBe('ItemAlreadyExists');
  });

  it.each(['Min tabell', '1abc', 'A1', 'XFD100', 'R1C1', 'C', 'a-b'])('refuses the table name %j', async (name) => {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] }]);
    expect(await code(excel.run(async (context) => {
      context.workbook.tables.getItem('T').name = name;
      await context.sync();
    }))).toBe('InvalidArgument');
  });

  // office-js answers a taken table name with InvalidArgument (OfficeDev/office-js#551).
  it('keeps table and defined names unique workbook-wide, names scoped to a sheet included', async () => {
    const excel = withSheet();
    seedTables(excel, [
      { name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] },
      { name: 'U', sheet: 'Blad2', headers: ['a'], rows: [[1]] },
    ]);
    excel.addName('Namn');
    excel.addName('Bladnamn', '=Blad1!A1', 'Blad1');
    for (const name of ['t', 'namn', 'BLADNAMN']) {
      expect(await code(excel.run(async (context) => {
        context.workbook.tables.getItem('U').name = name;
        await context.sync();
      }))).toBe('InvalidArgument');
    }
    expect(excel.tableNames()).toEqual(['T', 'U']);
  });
});

describe('host conditions', () => {
  it('lowers requirement sets: isSetSupported and ApiNotFound', async () => {
    const excel = withSheet();
    excel.apiVersion = '1.7';
    expect(excel.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.8')).toBe(false);
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] }]);
    expect(await code(excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.pivotTables.add('P', context.workbook.tables.getItem('T'), sheet.getRange('D1'));
      await context.sync();
    }))).toBe('ApiNotFound');
  });

  it('fails every request in cell-edit mode', async () => {
    const excel = withSheet();
    excel.cellEditMode = true;
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    }))).toBe('InvalidOperationInCellEditMode');
  });

  it('denies changes to a protected sheet', async () => {
    const excel = withSheet();
    excel.protectSheet('Blad1');
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
      await context.sync();
    }))).toBe('AccessDenied');
  });

  it('fails a chosen request, after some of its operations', async () => {
    const excel = withSheet();
    excel.failRequest(1, 'GeneralException', 1);
    expect(await code(excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      await context.sync();
    }))).toBe('GeneralException');
    expect(excel.cell('Blad1', 'A1').value).toBe(1);
    expect(excel.cell('Blad1', 'A2').kind).toBe('empty');
  });
});

describe('tables', () => {
  it('gives a lone header row an empty body row and names an empty header ColumnN', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1:C1').values = [['a', 'b', '']];
      sheet.tables.add(sheet.getRange('A1:C1'), true).name = 'T';
      await context.sync();
    });
    expect(excel.table('T')).toMatchObject({ address: 'Blad1!A1:C2', headers: ['a', 'b', 'Column3'], rows: [[null, null, null]] });
  });

  // Stricter than Excel, which would rename "A" to "A2" and keep the line break: see rules.ts.
  it.each([
    ['a repeated name, in another case', ['Kund', 'KUND']],
    ['a name of 256 characters', ['x'.repeat(256)]],
    ['a line break', ['Scenario\nB']],
    ['a carriage return', ['Scenario\rB']],
  ])('refuses a table over headers with %s, creating nothing', async (_what, headers) => {
    const excel = withSheet();
    const address = `A1:${String.fromCharCode(64 + headers.length)}1`;
    expect(await code(excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange(address).numberFormat = [headers.map(() => '@')];
      sheet.getRange(address).values = [headers];
      sheet.tables.add(sheet.getRange(address), true);
      await context.sync();
    }))).toBe('InvalidArgument');
    expect(excel.model.tables).toEqual([]);
  });

  it('takes a column name of 255 characters', async () => {
    const excel = withSheet();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1:B1').values = [['x'.repeat(255), 'y']];
      sheet.tables.add(sheet.getRange('A1:B1'), true).name = 'T';
      await context.sync();
    });
    expect(excel.table('T').headers).toEqual(['x'.repeat(255), 'y']);
  });

  // Excel.ErrorCodes.mergedRangeConflict: "A table can't overlap with another table, a
  // PivotTable report, query results, merged cells, or an XML Map."
  it('refuses a table over another table or over merged cells, creating nothing', async () => {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a', 'b'], rows: [[1, 2]] }]);
    excel.sheet('Blad1').merges.push({ top: 10, left: 2, bottom: 10, right: 3 });
    for (const address of ['B2:C4', 'A9:C12', 'C10:D11']) {
      expect(await code(excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad1');
        sheet.tables.add(sheet.getRange(address), true);
        await context.sync();
      }))).toBe('MergedRangeConflict');
    }
    expect(excel.tableNames()).toEqual(['T']);
  });
});

describe('number formats as Excel takes them', () => {
  const format = (numberFormat: string) => {
    const excel = withSheet();
    return code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B2').numberFormat = [[numberFormat]];
      await context.sync();
    })).then((result) => ({ result, cell: excel.cell('Blad1', 'B2') }));
  };

  it.each(['General', '@', '#,##0', '#,##0.00', '0.00%', '#,##0.##', '0.0000', '#,##0 "st"', '#,##0 "anställd/mån"', 'yyyy-mm-dd', '[Red]-#,##0;#,##0', '[<=100]0;[>100]#,##0', '[$kr-41D] #,##0', '[h]:mm', '0\\ \\m²', '#,##0_);(#,##0);"–";@'])('takes %j', async (numberFormat) => {
    expect((await format(numberFormat)).result).toBe('no error');
  });

  it.each(['0.00 "kr', '#,##0 [Rött]', '0;0;0;@;0', '0\\', '0]', '[$kr 0', '0*'])('refuses %j with InvalidArgument, changing nothing', async (numberFormat) => {
    const { result, cell } = await format(numberFormat);
    expect(result).toBe('InvalidArgument');
    expect(cell.numberFormat).toBe('General');
  });
});

describe('PivotTables need room', () => {
  /** A table T of customers and types on Blad1 (A1:C5), and a PivotTable over it at `at`. */
  async function pivotAt(at: string, before?: (excel: FakeExcel) => void) {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['Kund', 'Typ', 'Belopp'], rows: [['A', 'x', 1], ['B', 'y', 2], ['C', 'x', 3], ['A', 'y', 4]] }]);
    before?.(excel);
    const result = await code(excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      const pivot = sheet.pivotTables.add('P', context.workbook.tables.getItem('T'), sheet.getRange(at));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('Kund'));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem('Typ'));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem('Belopp'));
      await context.sync();
    }));
    return { excel, result };
  }

  it('grows from its corner: header, column labels, one row per customer, one column per type, totals', async () => {
    const { excel, result } = await pivotAt('E1');
    expect(result).toBe('no error');
    // 3 customers + 2 header rows + total; label column + 2 types + total.
    expect(excel.sheet('Blad1').pivots[0]!.destination).toEqual({ top: 1, left: 5, bottom: 6, right: 8 });
  });

  it.each([
    ['a cell with content where it would grow', (excel: FakeExcel) => void (excel.sheet('Blad1').ensure(6, 8).content = { kind: 'text', text: 'mitt' })],
    ['merged cells where it would grow', (excel: FakeExcel) => void excel.sheet('Blad1').merges.push({ top: 3, left: 7, bottom: 3, right: 9 })],
  ])('refuses to grow over %s (PivotTableRangeConflict)', async (_what, before) => {
    const { excel, result } = await pivotAt('E1', before);
    expect(result).toBe('PivotTableRangeConflict');
    expect(excel.sheet('Blad1').pivots[0]?.destination.bottom ?? 1).toBeLessThan(6);
  });

  it('refuses to start on a table or on a cell with content, and a value written into it', async () => {
    expect((await pivotAt('B2')).result).toBe('PivotTableRangeConflict');
    expect((await pivotAt('H9', (excel) => void (excel.sheet('Blad1').ensure(9, 8).content = { kind: 'number', number: 1 }))).result).toBe('PivotTableRangeConflict');
    const { excel } = await pivotAt('E1');
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('F3').values = [[1]];
      await context.sync();
    }))).toBe('PivotTableRangeConflict');
  });
});

describe('cells per range and request', () => {
  it('refuses to read a range of more than five million cells (RangeExceedsLimit), and reads five million', async () => {
    const excel = withSheet();
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:E1000001').load('valueTypes');
      await context.sync();
    }))).toBe('RangeExceedsLimit');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:E1000000').load('address');
      await context.sync();
    });
    expect(excel.stats.requests.map((r) => r.largestRangeCells)).toEqual([5_000_005, 0]);
  });

  it('refuses a change to more than 33 554 000 cells in one operation (OperationCellsExceedLimit)', async () => {
    const excel = withSheet();
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:AF1048576').clear(); // 32 × 1 048 576 cells
      await context.sync();
    }))).toBe('OperationCellsExceedLimit');
    expect(await code(excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:AE1048576').clear();
      await context.sync();
    }))).toBe('no error');
  });
});

describe('a workbook open for viewing only', () => {
  it('answers every change with AccessDenied and changes nothing; reading, selecting and Workbook.readOnly work', async () => {
    const excel = withSheet();
    seedTables(excel, [{ name: 'T', sheet: 'Blad1', headers: ['a'], rows: [[1]] }]);
    excel.viewOnly();
    const before = excel.snapshot();
    const changes: ((context: Excel.RequestContext) => void)[] = [
      (c) => void c.workbook.worksheets.add('Ny'),
      (c) => void (c.workbook.worksheets.getItem('Blad1').getRange('A5').values = [[1]]),
      (c) => void (c.workbook.worksheets.getItem('Blad1').getRange('A5').numberFormat = [['@']]),
      (c) => void (c.workbook.tables.getItem('T').name = 'U'),
      (c) => c.workbook.worksheets.getItem('Blad1').delete(),
    ];
    for (const change of changes) {
      expect(await code(excel.run(async (context) => {
        change(context);
        await context.sync();
      }))).toBe('AccessDenied');
    }
    expect(excel.snapshot()).toBe(before);
    const readOnly = await excel.run(async (context) => {
      const workbook = context.workbook.load('readOnly');
      context.workbook.worksheets.getItem('Blad1').getRange('A2').select();
      await context.sync();
      return workbook.readOnly;
    });
    expect(readOnly).toBe(true);
    expect(excel.selection()).toBe('Blad1!A2');
  });
});
