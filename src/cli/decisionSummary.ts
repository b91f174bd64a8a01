import type { OutputValue } from '../engine/output';

type Row = Record<string, OutputValue>;

const kr = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const price = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** At most this many services are named in a summary line; the rest are counted. */
const NAMED = 5;

/**
 * The summary's lines on what decisions, not the calculation, make a service charge: prices held
 * by Pristaksmetod Begränsa with what is left to finance, and agreed sums (Avtalat belopp) with
 * their gap to the self-cost. None when no service has either.
 */
export function decisionLines(prices: readonly Row[]): string[] {
  const lines: string[] = [];
  const capped = prices.filter((p) => typeof p['Pris före tak'] === 'number');
  if (capped.length > 0) {
    const named = capped.map((p) => `${p['Tjänst']} ${price.format(Number(p['Pris']))} kr i stället för ${price.format(Number(p['Pris före tak']))} kr`);
    const toFinance = capped.reduce((s, p) => s + Number(p['Att finansiera'] ?? 0), 0);
    lines.push(`Pristak (Begränsa): ${capped.length === 1 ? '1 tjänst tas' : `${capped.length} tjänster tas`} ut till takpriset: ${listed(named)}; att finansiera ${kr.format(toFinance)} kr.`);
  }
  // A Fast or Direkt service without an agreed sum is short only when the cap held customers' fees against Fjolårsbelopp.
  const held = prices.filter((p) => (p['Prismodell'] === 'Fast' || p['Prismodell'] === 'Direkt') && p['Avtalat belopp'] === null && typeof p['Att finansiera'] === 'number');
  if (held.length > 0) {
    const named = held.map((p) => `${p['Tjänst']} ${kr.format(Number(p['Att finansiera']))} kr`);
    const toFinance = held.reduce((s, p) => s + Number(p['Att finansiera']), 0);
    lines.push(`Pristak (Begränsa): fasta avgifter hålls mot fjolårsbeloppet för ${held.length === 1 ? '1 tjänst' : `${held.length} tjänster`}: ${listed(named)}; att finansiera ${kr.format(toFinance)} kr.`);
  }
  const agreed = prices.filter((p) => typeof p['Avtalat belopp'] === 'number');
  if (agreed.length > 0) {
    const named = agreed.map((p) => {
      const gap = Number(p['Över-/underdeckning']);
      const cover = gap === 0 ? 'täcker självkostnaden' : `${gap > 0 ? 'överdeckning' : 'underdeckning'} ${kr.format(Math.abs(gap))} kr`;
      return `${p['Tjänst']} ${kr.format(Number(p['Avtalat belopp']))} kr (självkostnad ${kr.format(Number(p['Självkostnad']))} kr, ${cover})`;
    });
    lines.push(`Avtalat belopp: ${listed(named)}.`);
  }
  return lines;
}

/** The part of an Avstämning line that says how much of its Differens decisions make, or ''. */
export function decidedPart(row: Row): string {
  const decided = row['Beslutad differens'];
  if (typeof decided !== 'number') return '';
  return `, varav beslutat ${kr.format(decided)} kr (${row['Orsak']})`;
}

function listed(parts: string[]): string {
  const shown = parts.slice(0, NAMED).join('; ');
  return parts.length > NAMED ? `${shown} … och ${parts.length - NAMED} till` : shown;
}
