import { readPhrases } from '../../../src/engine/messages/read';
import { calcPhrases } from '../../../src/engine/messages/calc';
import { reportPhrases } from '../../../src/engine/messages/report';
import { monthPhrases } from '../../../src/engine/messages/months';
import { msg, renderMessage } from '../../../src/engine/messages/catalog';
import { names } from '../../../src/engine/messages/wording';

describe('the message catalogue', () => {
  test("the areas' message ids are disjoint, so no phrase hides another", () => {
    const ids = [readPhrases, calcPhrases, reportPhrases, monthPhrases].flatMap((area) => Object.keys(area));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a message renders in Swedish and in English from the same arguments', () => {
    const m = msg('duplicateCustomer', { at: { table: 'Nycklar', row: 4, column: 'Kund', cell: 'Nycklar!A6' }, name: 'Bromma', earlier: 2 });
    expect(renderMessage(m, 'sv')).toBe('Nycklar rad 4, kolumn Kund (Nycklar!A6): kunden "Bromma" finns redan på rad 2. Varje kund ska stå på en rad.');
    expect(renderMessage(m, 'en')).toBe('Nycklar row 4, column Kund (Nycklar!A6): the customer "Bromma" is already on row 2. Each customer goes on one row.');
  });

  test('a message is plain data: it survives JSON, as it does the trip from a worker', () => {
    const m = msg('duplicateCustomer', { at: { table: 'Nycklar', row: 4, column: 'Kund', cell: null }, name: 'Bromma', earlier: 2 });
    expect(renderMessage(JSON.parse(JSON.stringify(m)), 'en')).toBe(renderMessage(m, 'en'));
  });
});

describe('names in a message', () => {
  test('at most ten names are kept, each cut to 100 characters, and the rest counted', () => {
    const list = names(Array.from({ length: 13 }, (_, i) => `K${i + 1}`));
    expect(list.names).toHaveLength(10);
    expect(list.more).toBe(3);
    expect(names(['x'.repeat(150)]).names[0]).toHaveLength(100);
  });
});
