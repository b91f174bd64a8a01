import type { Dec } from '../decimal';
import { quantityText } from './text';

/** What the statement's sentences need to know of a line about decisions. */
export interface DecidedLine {
  service: string;
  model: string;
  /** Charged an agreed sum (Avtalat belopp), or its share of one. */
  agreed: boolean;
  /** The unit price before the cap held it (Pristaksmetod Begränsa), in kronor; null when it did not. */
  uncappedPrice: number | null;
  /** The keyed amount before the cap held it against last year's invoice, in kronor; null when it did not. */
  uncappedKeyed: number | null;
}

/**
 * The statement's sentences on decisions that set what a customer pays instead of the self-cost:
 * agreed sums and prices held by the cap. None when the customer pays for neither.
 */
export function decisionTexts(lines: readonly DecidedLine[], cap: Dec | null): string[] {
  const out: string[] = [];
  const agreed = unique(lines.filter((l) => l.agreed).map((l) => l.service));
  if (agreed.length > 0) {
    out.push(`Avtalat belopp: för ${listed(agreed)} är avgiften det belopp som avtalats för året, för en fast avgift er andel av det efter nyckeln, inte tjänstens självkostnad.`);
  }
  const capped = unique(lines.filter((l) => l.uncappedPrice !== null).map((l) => l.service));
  if (capped.length > 0 && cap !== null) {
    out.push(
      `Pristak: priset för ${listed(capped)} får höjas högst ${quantityText(cap.times(100), 2)}\u00a0% mot fjolårspriset och tas ut till det taket, lägre än självkostnaden; det som tjänsten då inte täcker läggs inte på andra tjänster.`,
    );
  }
  const held = unique(lines.filter((l) => l.uncappedKeyed !== null).map((l) => l.service));
  if (held.length > 0 && cap !== null) {
    out.push(
      `Pristak: er fasta avgift för ${listed(held)} får höjas högst ${quantityText(cap.times(100), 2)}\u00a0% mot vad ni fakturerades i fjol (utan avgifter för avvikelser) och tas ut till det taket; det som tjänsten då inte täcker läggs inte på andra kunder.`,
    );
  }
  return out;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function listed(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}
