// support.html, the page manifest.xml's SupportUrl points at: the README's "Hjälp och support"
// and "Help and support" sections as they stand, built with the pane (webpack.config.js), so the
// help the add-in links to is the help the project documents, in one place.
const { readFileSync } = require('fs');
const path = require('path');

const README = path.join(__dirname, '..', 'README.md');
const SECTIONS = [
  { heading: 'Hjälp och support', lang: 'sv', id: 'hjalp-och-support' },
  { heading: 'Help and support', lang: 'en', id: 'help-and-support' },
];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `code` and **bold**, the only inline marks these sections use. */
function inline(text) {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')))
    .join('');
}

/** A section's body (up to the next heading of its level or above): paragraphs and "- " lists. */
function sectionMarkdown(readme, heading) {
  const lines = readme.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section (support.html is made from it)`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return lines.slice(start + 1, end < 0 ? lines.length : end);
}

function toHtml(lines) {
  const blocks = [];
  let paragraph = null;
  let list = null;
  const close = () => {
    if (paragraph) blocks.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) blocks.push(`<ul>${list.map((item) => `<li>${inline(item.join(' '))}</li>`).join('')}</ul>`);
    paragraph = null;
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') close();
    else if (line.startsWith('- ')) {
      if (paragraph) close();
      list = list ?? [];
      list.push([line.slice(2)]);
    } else if (list && raw.startsWith('  ')) list[list.length - 1].push(line);
    else if (/^(#|>|\||```)|^\d+\. /.test(line)) throw new Error(`support.html: README's support section uses markdown this page does not render: "${line}"`);
    else {
      if (list) close();
      paragraph = paragraph ?? [];
      paragraph.push(line);
    }
  }
  close();
  return blocks.join('\n');
}

/** The whole page, from README.md as it is now (or from `readme` for a test). */
function supportPage(readme = readFileSync(README, 'utf8')) {
  const sections = SECTIONS.map(
    ({ heading, lang, id }) => `<section lang="${lang}" id="${id}">\n<h2>${escapeHtml(heading)}</h2>\n${toHtml(sectionMarkdown(readme, heading))}\n</section>`,
  );
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Intäktsmodell – hjälp och support</title>
<link rel="icon" type="image/png" href="assets/icon-32.png" />
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:1.5rem auto;padding:0 1rem}code{font-size:.95em}</style>
</head>
<body>
<main>
<h1>Intäktsmodell</h1>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

module.exports = { supportPage, SECTIONS };
