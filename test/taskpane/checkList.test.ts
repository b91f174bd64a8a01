import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { msg } from '../../src/engine/messages/catalog';
import type { Problem } from '../../src/engine/problems';
import { CheckList } from '../../src/taskpane/components/CheckList';
import { Localized } from '../../src/taskpane/i18n/Localized';
import type { Language } from '../../src/taskpane/i18n/language';

/** A problem as the engine reports it: `message` is Swedish, `text` the message to render. */
function duplicate(row: number, earlier: number): Problem {
  const at = { table: 'Nycklar', row, column: 'Kund', cell: `Nycklar!A${row + 1}` };
  const text = msg('duplicateCustomer', { at, name: 'Skolförvaltningen', earlier });
  return { level: 'error', code: 'duplicate-customer', table: 'Nycklar', row, column: 'Kund', cell: at.cell, message: 'kvar från motorn', text };
}

/** The check list's text as the pane shows it in a language (its markup, tags stripped). */
function shown(problems: Problem[], language: Language): string {
  const html = renderToStaticMarkup(createElement(Localized, { initial: language, storage: null, children: createElement(CheckList, { problems }) }));
  return html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

describe('Kontroller in the pane, in the language chosen', () => {
  const problems = [duplicate(4, 2), duplicate(9, 2)];

  it('renders the engine’s messages in English, contract words kept', () => {
    const text = shown(problems, 'en');
    expect(text).toContain('Nycklar row 4, column Kund (Nycklar!A5): the customer "Skolförvaltningen" is already on row 2. Each customer goes on one row.');
    expect(text).toContain('Nycklar row 9, column Kund (Nycklar!A10)');
    expect(text).not.toContain('finns redan');
    expect(text).not.toContain('kvar från motorn');
  });

  it('renders the same problems in Swedish, from their message and not from the text kept beside it', () => {
    const text = shown(problems, 'sv');
    expect(text).toContain('Nycklar rad 4, kolumn Kund (Nycklar!A5): kunden "Skolförvaltningen" finns redan på rad 2. Varje kund ska stå på en rad.');
    expect(text).not.toContain('is already on row');
    expect(text).not.toContain('kvar från motorn');
  });
});
