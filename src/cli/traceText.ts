import type { Calculation } from '../engine/calc/calculate';
import type { ChargeTrace, TraceLine } from '../engine/calc/trace';
import type { Dec } from '../engine/decimal';
import { quantityText, swedish } from '../engine/statement/text';

const WIDTH = 112;
const LEVELS = { service: 'tjänsten', process: 'processen', area: 'verksamhetsområdet', pool: 'gemensam pool' } as const;

/**
 * Spårning as text for the terminal: per charge its amount, then each part (fixed, variable,
 * deviations) with its basis and the cost rows it is made of, amounts right-aligned.
 */
export function traceText(calc: Calculation, traces: readonly ChargeTrace[]): string {
  const out: string[] = [];
  const kr = (units: number) => `${swedish(calc.money.toNumber(units))} kr`;
  const line = (indent: number, label: string, units: number | null) => {
    const left = ' '.repeat(indent) + label;
    if (units === null) return out.push(left);
    const amount = kr(units);
    out.push(left.length + amount.length + 2 > WIDTH ? `${left}  ${amount}` : left + ' '.repeat(WIDTH - left.length - amount.length) + amount);
  };
  for (const t of traces) {
    if (out.length > 0) out.push('');
    const c = t.charge;
    line(0, `${t.customer}: ${t.service.name} (${t.plan.model})`, c.amount);
    const parts = [
      ['fixed', c.keyed, fixedLabel(t)],
      ['variable', c.unit, variableLabel(t)],
    ] as const;
    for (const [part, units, label] of parts) {
      if (units === 0) continue;
      line(2, label, units);
      for (const l of t.lines.filter((x) => x.part === part)) line(4, costLabel(l), l.amount);
    }
    const deviations = t.lines.filter((l) => l.part === 'deviation');
    if (deviations.length > 0) {
      line(2, t.weighted ? 'Avvikelsepåslag (nyckelviktning)' : 'Avvikelsepåslag (antal × standardkostnad)', c.surcharge);
      for (const l of deviations) line(4, deviationLabel(l), l.amount);
    }
  }
  return out.join('\n');
}

function fixedLabel(t: ChargeTrace): string {
  if (t.plan.model === 'Direkt') return 'Fast del: direkt, hela kostnaden';
  const share = t.charge.share;
  if (!share) return `Fast del: nyckel ${t.plan.key ?? ''}`;
  const pct = share.whole.isZero() ? '' : ` = ${swedish(share.part.div(share.whole).times(100), 2)} %`;
  // With a sharer active part of the year the share is key × months (keys.ts): say both.
  const key = t.charge.keyValue;
  const months = key !== null && !key.isZero() && !share.part.eq(key) ? share.part.div(key) : null;
  const part = months === null ? quantityText(share.part, 4) : `${quantityText(key as Dec, 4)} × ${months.toString()} månader = ${quantityText(share.part, 4)}`;
  return `Fast del: nyckel ${t.plan.key ?? ''}, ${part} av ${quantityText(share.whole, 4)}${pct}`;
}

function variableLabel(t: ChargeTrace): string {
  const c = t.charge;
  const unit = t.service.unit ?? (t.plan.model === 'Tim' ? 'tim' : 'st');
  if (t.plan.model === 'Paket') return `Rörlig del: ${c.basis.toLocaleLowerCase('sv-SE')}, volym ${c.quantity ? quantityText(c.quantity) : '–'} ${unit}`;
  return `Rörlig del: ${c.quantity ? quantityText(c.quantity) : '–'} ${unit} à ${c.price ? swedish(c.price, 2) : '–'} kr`;
}

function costLabel(l: TraceLine): string {
  const c = l.cost;
  if (!c) return 'ingen kostnadsrad (tjänstens kostnader summerar till 0)';
  const where = c.level === 'service' ? `${c.object}` : `${c.object} (${LEVELS[c.level]})`;
  const type = c.costType ? `, ${c.costType}` : '';
  const spread = c.driver === null || c.serviceShare === null ? '' : `, ${swedish(c.serviceShare.part.div(c.serviceShare.whole).times(100), 2)} % efter ${c.driver}`;
  const via = c.via === null ? '' : ` genom ${c.via}`;
  return `Kostnader rad ${c.row}: ${where}${type}${via}${spread}`;
}

function deviationLabel(l: TraceLine): string {
  const d = l.deviation;
  if (!d) return 'viktningens effekt utan egna avvikelser';
  const count = d.count ? `${quantityText(d.count)} st` : '';
  const cost = d.unitCost ? ` à ${swedish(d.unitCost, 2)} kr` : '';
  return `${d.type}${count || cost ? `: ${count}${cost}` : ''}`;
}
