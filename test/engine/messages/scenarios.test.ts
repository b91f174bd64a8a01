import { readPhrases } from '../../../src/engine/messages/read';
import { calcPhrases } from '../../../src/engine/messages/calc';
import { reportPhrases } from '../../../src/engine/messages/report';
import { scenarioPhrases } from '../../../src/engine/messages/scenarios';
import { PHRASES, msg, renderMessage } from '../../../src/engine/messages/catalog';
import { names } from '../../../src/engine/messages/wording';

const at = { table: 'Scenarier', row: 3, column: 'Kundtyper', cell: 'Scenarier!F4' };

describe("the scenarios' messages", () => {
  test('their ids are their own and in the catalogue', () => {
    const others = new Set([readPhrases, calcPhrases, reportPhrases].flatMap((area) => Object.keys(area)));
    for (const id of Object.keys(scenarioPhrases)) {
      expect(others.has(id)).toBe(false);
      expect(PHRASES).toHaveProperty(id);
    }
  });

  test('an unknown Kundtyp in Swedish and in English, naming table, row, column and cell', () => {
    const m = msg('scenarioUnknownCustomerType', { at, type: 'Stadsdel', known: names(['Stadsdelsförvaltning', 'Fackförvaltning', 'Bolag']) });
    expect(renderMessage(m, 'sv')).toBe('Scenarier rad 3, kolumn Kundtyper (Scenarier!F4): ingen kund i Nycklar har kundtypen "Stadsdel". Kundtyperna i Nycklar är Stadsdelsförvaltning, Fackförvaltning och Bolag; skriv Alla för alla kunder.');
    expect(renderMessage(m, 'en')).toBe('Scenarier row 3, column Kundtyper (Scenarier!F4): no customer in Nycklar has the customer type "Stadsdel". The customer types in Nycklar are Stadsdelsförvaltning, Fackförvaltning and Bolag; write Alla for every customer.');
  });

  test('a Volymfaktor out of range in English keeps the Swedish number', () => {
    const m = msg('scenarioVolumeFactorTooLarge', { at: { ...at, column: 'Volymfaktor', cell: 'Scenarier!G4' }, value: '95' });
    expect(renderMessage(m, 'en')).toBe("Scenarier row 3, column Volymfaktor (Scenarier!G4): the volume factor 95 is absurdly large; it may be at most 10 (ten times this year's volumes). Did you write a percentage? 0,95 means volumes 5 % lower and 1,1 10 % higher.");
  });

  test('every phrase renders in both languages from the same arguments', () => {
    const args = { at, type: 'X', known: names([]), text: 'Alla, X', value: '0', scenario: 'S', service: 'T', key: 'K', types: null, customer: 'A', volume: '1', factor: '0,95', scaled: '0,95', total: '1', limit: '10 000 000 000 000', column: 'Kundtyper', target: 'T' };
    for (const id of Object.keys(scenarioPhrases) as (keyof typeof scenarioPhrases)[]) {
      const m = { id, args } as Parameters<typeof renderMessage>[0];
      const sv = renderMessage(m, 'sv');
      const en = renderMessage(m, 'en');
      expect(sv).toMatch(/^Scenarier rad 3, kolumn Kundtyper \(Scenarier!F4\): /);
      expect(en).toMatch(/^Scenarier row 3, column Kundtyper \(Scenarier!F4\): /);
      expect(en).not.toBe(sv);
    }
  });
});
