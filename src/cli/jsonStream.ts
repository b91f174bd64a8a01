import { rowBlocks, type OutputTable } from '../engine/output';

/**
 * `JSON.stringify(json, null, 2) + '\n'` of `{ [name]: tableToJson(table), … }`, byte for byte,
 * made as a sequence of parts (about a row each) so that no whole-document string is built: a
 * whole country's results pass V8's longest string. A streamed table's rows are made a block at
 * a time (rowBlocks) and let go once written. Keys are ordered as a JavaScript object orders
 * them (integer-like keys first, a repeated key where it first came with its last value), and
 * every key and value is escaped by JSON.stringify itself, so the text is what it was.
 */
export function* tablesJson(tables: Iterable<readonly [string, OutputTable]>): Generator<string> {
  const byName: Record<string, OutputTable> = {};
  for (const [name, table] of tables) byName[name] = table;
  const names = Object.keys(byName);
  if (names.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    yield `  ${JSON.stringify(name)}: `;
    yield* tableJson(byName[name] as OutputTable);
    yield i < names.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** One table's rows as the array tableToJson makes, at the indentation of a top-level key's value. */
function* tableJson(table: OutputTable): Generator<string> {
  // The same assignments as tableToJson, so the same keys in the same order, each with the column whose value it ends with.
  const column: Record<string, number> = {};
  table.columns.forEach((col, i) => {
    column[col.header] = i;
  });
  const keys = Object.keys(column);
  const index = keys.map((key) => column[key] as number);
  const prefix = keys.map((key, j) => `${j === 0 ? '{\n' : ',\n'}      ${JSON.stringify(key)}: `);
  let first = true;
  for (const block of rowBlocks(table)) {
    for (const row of block) {
      let text = first ? '[\n    ' : ',\n    ';
      first = false;
      if (keys.length === 0) {
        yield text + '{}';
        continue;
      }
      for (let j = 0; j < keys.length; j++) text += prefix[j] + JSON.stringify(row[index[j] as number] ?? null);
      yield text + '\n    }';
    }
  }
  yield first ? '[]' : '\n  ]';
}
