import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DecideVersion } from '../../src/taskpane/components/DecideVersion';
import type { DecideOutcome } from '../../src/taskpane/hosts/host';
import { StringsContext, type Strings } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { DECIDE_TEXTS } from '../../src/taskpane/messages/versions';

function html(strings: Strings, busy: boolean): string {
  const view = createElement(DecideVersion, { decide: async (): Promise<DecideOutcome> => ({ ok: true, messages: [] }), busy, inFile: false });
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(StringsContext.Provider, { value: strings }, view)));
}

describe('the pane’s Spara som beslutad version', () => {
  it('offers its button in the pane’s language, disabled while a run is under way', () => {
    expect(html(sv, false)).toContain('Spara som beslutad version</button>');
    expect(html(en, false)).toContain('Save as decided version</button>');
    expect(html(sv, true)).toMatch(/<button[^>]*disabled=""[^>]*>.*Spara som beslutad version<\/button>/);
    expect(html(sv, false)).not.toMatch(/<button[^>]*disabled=""[^>]*>.*Spara som beslutad version<\/button>/);
  });

  it('has every text in both languages, translated (the placeholder is a label, the same in both)', () => {
    const shown = (t: (typeof DECIDE_TEXTS)['sv'], key: keyof (typeof DECIDE_TEXTS)['sv']) => {
      const text = t[key];
      return typeof text === 'function' ? text(2) : text;
    };
    const keys = Object.keys(DECIDE_TEXTS.sv) as (keyof (typeof DECIDE_TEXTS)['sv'])[];
    expect(Object.keys(DECIDE_TEXTS.en).sort()).toEqual([...keys].sort());
    for (const key of keys.filter((k) => k !== 'placeholder')) expect(shown(DECIDE_TEXTS.en, key)).not.toBe(shown(DECIDE_TEXTS.sv, key));
  });
});
