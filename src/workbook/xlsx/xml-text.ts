/**
 * Just enough XML for patching package parts in place: start tags and their attributes. The
 * parts are rewritten as text so that everything this adapter does not understand survives.
 */

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

export function encodeXmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The attributes of a start tag such as `<table id="1" name="T">`, values decoded. */
export function attributesOf(startTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of startTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1]!, decodeXmlEntities(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/** Sets (or adds) one attribute in a start tag, leaving the rest of the tag as it was. */
export function withAttribute(startTag: string, name: string, value: string): string {
  const encoded = encodeXmlAttribute(value);
  const existing = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(startTag)) return startTag.replace(existing, `$1"${encoded}"`);
  return startTag.replace(/\s*(\/?>)$/, ` ${name}="${encoded}"$1`);
}

/** Removes one attribute from a start tag. */
export function withoutAttribute(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}
