import { attributesOf, withAttribute } from './xml-text';

/** One `<Relationship>` of a .rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const RELATIONSHIP_TAG = /<(?:\w+:)?Relationship\b[^>]*>/g;

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP_TAG)].map((match) => {
    const attributes = attributesOf(match[0]);
    return {
      id: attributes.get('Id') ?? '',
      type: attributes.get('Type') ?? '',
      target: attributes.get('Target') ?? '',
      external: attributes.get('TargetMode') === 'External',
    };
  });
}

/** Rewrites the Target of every internal relationship; the rest of the part stays as it was. */
export function rewriteTargets(xml: string, rewrite: (target: string) => string): string {
  return xml.replace(RELATIONSHIP_TAG, (tag) => {
    const attributes = attributesOf(tag);
    const target = attributes.get('Target');
    if (target === undefined || attributes.get('TargetMode') === 'External') return tag;
    return withAttribute(tag, 'Target', rewrite(target));
  });
}

/** The last segment of a relationship type URI, e.g. `worksheet`, `table`, `comments`. */
export function relationshipKind(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}
