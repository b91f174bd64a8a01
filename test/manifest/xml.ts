/**
 * Just enough XML for the manifest test: elements, attributes and text, no DTDs or CDATA.
 * Well-formedness proper is office-addin-manifest's check (its parser is strict).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const match of body.matchAll(tag)) {
    const [, closing, name, attributeText, selfClosing, text] = match;
    const current = stack[stack.length - 1] as XmlElement;
    if (text !== undefined) {
      current.text += decode(text).trim();
      continue;
    }
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attributeText ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1] as string] = decode(a[2] as string);
    const element: XmlElement = { name: name as string, attributes, children: [], text: '' };
    current.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is not closed`);
  const [document] = root.children;
  if (!document || root.children.length !== 1) throw new Error('expected one root element');
  return document;
}

/** Every descendant (depth first) whose name, without its prefix, is `name`. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name.replace(/^[\w.-]+:/, '') === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name.replace(/^[\w.-]+:/, '') === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
