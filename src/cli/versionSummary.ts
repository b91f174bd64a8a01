import type { RunResult } from '../engine';
import { tableToJson } from '../engine/output';
import { VERSION_COMPARISON } from '../engine/versions/sheet';

/**
 * The summary's lines on the decided version, when the workbook has one: Versionsjämförelse's
 * first line (which version, and whether the inputs are the same), then what differs from it.
 */
export function versionLines(result: RunResult): string[] {
  const table = result.outputs.find((o) => o.name === VERSION_COMPARISON);
  if (!table) return [];
  const rows = tableToJson(table);
  const [first, ...rest] = rows;
  const count = (quantities: string[], status: string) => rest.filter((r) => quantities.includes(String(r['Storhet'])) && r['Status'] === status).length;
  const prices = count(['Pris', 'Pris per nyckelenhet', 'Prismodell'], 'Ändrad');
  const amounts = count(['Belopp'], 'Ändrad');
  const added = count(['Intäkt'], 'Ny');
  const removed = count(['Intäkt'], 'Borttagen');
  const line =
    prices + amounts + added + removed === 0 && count(['Belopp'], 'Ny') + count(['Belopp'], 'Borttagen') === 0
      ? 'Versionsjämförelse: alla priser och belopp är desamma som beslutat.'
      : `Versionsjämförelse: ${prices} ${prices === 1 ? 'pris ändrat' : 'priser ändrade'}, ${amounts} ${amounts === 1 ? 'belopp per kund och tjänst ändrat' : 'belopp per kund och tjänst ändrade'}, ${added} ${added === 1 ? 'tjänst ny' : 'tjänster nya'}, ${removed} borttagna; se bladet Versionsjämförelse.`;
  return [String(first?.['Anmärkning'] ?? ''), line].filter((l) => l !== '');
}
