/** support.html from a README: the two help sections only, as HTML, and a clear error otherwise. */
import { supportPage } from '../../scripts/support-page';

const readme = (sv: string, en: string) => `# Intäktsmodell\n\n## Kom igång\n\nInte med.\n\n## Hjälp och support\n\n${sv}\n## Projektets delar\n\nInte heller.\n\n# English\n\n## Help and support\n\n${en}`;

describe('supportPage', () => {
  it('renders paragraphs, lists with wrapped items, code and bold, escaping the rest', () => {
    const page = supportPage(readme('Se `Kontroller` & **cellen**\nsom <visas>.\n\n- ett;\n  fortsatt\n- två\n', 'Help.\n'));
    expect(page).toContain('<section lang="sv" id="hjalp-och-support">\n<h2>Hjälp och support</h2>\n<p>Se <code>Kontroller</code> &amp; <strong>cellen</strong> som &lt;visas&gt;.</p>\n<ul><li>ett; fortsatt</li><li>två</li></ul>\n</section>');
    expect(page).toContain('<section lang="en" id="help-and-support">\n<h2>Help and support</h2>\n<p>Help.</p>\n</section>');
    expect(page).not.toContain('Inte');
  });

  it('refuses a README without the section, or with markdown it would show wrongly', () => {
    expect(() => supportPage('# Intäktsmodell\n\n## Help and support\n\nx\n')).toThrow('README.md has no "## Hjälp och support" section');
    expect(() => supportPage(readme('```sh\nnpm ci\n```\n', 'x'))).toThrow('does not render: "```sh"');
  });
});
