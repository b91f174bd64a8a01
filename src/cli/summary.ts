import type { RunResult } from '../engine';
import { tableToJson } from '../engine/output';
import { decidedPart, decisionLines } from './decisionSummary';
import { followUpLines } from './followUpSummary';
import { versionLines } from './versionSummary';

const kr = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const msek = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The summary printed on stdout after a calculation: per area, the total and the checks. */
export function summaryText(result: RunResult, seconds: number): string {
  const lines: string[] = [];
  const errors = result.problems.filter((p) => p.level === 'error');
  const warnings = result.problems.filter((p) => p.level === 'warning');
  if (!result.ok) {
    lines.push(`Arbetsboken har ${errors.length} fel${warnings.length ? ` och ${warnings.length} varningar` : ''}; inget har beräknats.`);
    for (const p of errors) lines.push(`  Fel: ${p.message}`);
    return lines.join('\n');
  }
  const structure = tableToJson(result.outputs.find((o) => o.name === 'Prisstruktur')!);
  const recon = tableToJson(result.outputs.find((o) => o.name === 'Avstämning')!);
  const prices = tableToJson(result.outputs.find((o) => o.name === 'Prislista')!);
  const costByArea = new Map<string, number>();
  for (const p of prices) {
    const area = String(p['Verksamhetsområde']);
    costByArea.set(area, (costByArea.get(area) ?? 0) + Number(p['Självkostnad'] ?? 0));
  }
  lines.push(`Beräknat på ${seconds.toFixed(2).replace('.', ',')} s: ${prices.length} tjänster, ${result.calculation?.model.customers.length ?? 0} kunder.`);
  lines.push('');
  lines.push(pad('Verksamhetsområde', 26) + padL('Kostnad MSEK', 14) + padL('Intäkt MSEK', 14) + padL('Nycklat', 10) + padL('St/tim', 10) + padL('Tillägg', 10));
  for (const row of structure) {
    const area = String(row['Verksamhetsområde']);
    const cost = area === 'Totalt' ? [...costByArea.values()].reduce((a, b) => a + b, 0) : (costByArea.get(area) ?? 0);
    lines.push(
      pad(area, 26) +
        padL(msek.format(cost / 1e6), 14) +
        padL(msek.format(Number(row['Totalt']) / 1e6), 14) +
        padL(share(row['Andel fördelat/nycklat']), 10) +
        padL(share(row['Andel obligatoriskt (st/tim)']), 10) +
        padL(share(row['Andel tilläggstjänster']), 10),
    );
  }
  const flagged = recon.filter((r) => r['Status'] !== 'OK' && r['Nivå'] !== 'Tjänst');
  const total = recon.find((r) => r['Nivå'] === 'Totalt');
  lines.push('');
  lines.push(`Självkostnad totalt ${kr.format(Number(total?.['Kostnad']))} kr, intäkt ${kr.format(Number(total?.['Intäkt']))} kr, differens ${kr.format(Number(total?.['Differens']))} kr.`);
  if (flagged.length === 0) lines.push('Avstämning: alla processer täcker sin självkostnad (OK).');
  for (const r of flagged) lines.push(`Avstämning: ${r['Nivå']} ${r['Namn']}: ${r['Status']} ${kr.format(Number(r['Differens']))} kr${decidedPart(r)}.`);
  lines.push(...decisionLines(prices));
  const capped = prices.filter((p) => p['Över pristak'] === 'Ja').map((p) => p['Tjänst']);
  if (capped.length) lines.push(`Över pristaket: ${capped.join(', ')}.`);
  lines.push(...followUpLines(result));
  lines.push(...versionLines(result));
  if (warnings.length) lines.push(`${warnings.length} varningar; se bladet Kontroller.`);
  return lines.join('\n');
}

function share(v: unknown): string {
  return typeof v === 'number' ? pct.format(v) : '–';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + ' ' : s + ' '.repeat(n - s.length);
}

function padL(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}
