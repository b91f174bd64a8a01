import type { RunResult } from '../engine';
import { tableToJson } from '../engine/output';

const kr = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Services named at most in the summary; the rest are counted. */
const LISTED = 10;

/**
 * The summary's lines on the follow-up (Uppföljning), when the workbook has actuals: the year so
 * far and its forecast in total, and the services whose forecast misses its cost beyond Tröskel.
 */
export function followUpLines(result: RunResult): string[] {
  const table = result.outputs.find((o) => o.name === 'Uppföljning');
  if (!table) return [];
  const rows = tableToJson(table);
  const total = rows.find((r) => r['Nivå'] === 'Totalt');
  if (!total) return [];
  const n = (v: unknown) => kr.format(Number(v ?? 0));
  const coverage = typeof total['Prognos täckningsgrad'] === 'number' ? `, täckningsgrad ${pct.format(total['Prognos täckningsgrad'])}` : '';
  const lines = [
    `Uppföljning t.o.m. ${String(total['T.o.m.'])}: kostnad ${n(total['Utfall kostnad ack.'])} kr (budget ${n(total['Budget kostnad ack.'])} kr), intäkt ${n(total['Utfall intäkt ack.'])} kr; prognos för året: resultat ${n(total['Prognos resultat'])} kr${coverage}.`,
  ];
  const flagged = rows.filter((r) => r['Nivå'] === 'Tjänst' && r['Status'] !== 'OK');
  const named = flagged.slice(0, LISTED).map((r) => `${String(r['Namn'])} ${String(r['Status']).toLowerCase()} ${n(r['Prognos resultat'])} kr`);
  if (flagged.length > LISTED) named.push(`och ${flagged.length - LISTED} till`);
  if (named.length > 0) lines.push(`Uppföljning, prognos utanför Tröskel: ${named.join('; ')}.`);
  return lines;
}
