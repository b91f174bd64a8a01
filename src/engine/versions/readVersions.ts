import type { RawTable } from '../cells';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import type { Settings } from '../model';
import { ProblemList } from '../read/problemList';
import { reportDuplicateTables, TableReader, tablesNamed } from '../read/tableReader';
import { normalizeName } from '../schema';
import { DECISIONS_SHEET, DECISIONS_TABLE } from './sheet';
import { cellPrecision, type DecidedVersion } from './version';

/** The decided versions a workbook holds, and the one Versionsjämförelse compares with. */
export interface DecidedVersions {
  /** In the table's order: the first decided first. */
  versions: DecidedVersion[];
  /** Jämför med version's, or the latest; null when there is none. */
  chosen: DecidedVersion | null;
}

/**
 * Reads Beslutade versioner (sheet.ts) into versions, keyed by label (matched as names are), in
 * the order they were decided; a version's rows need not be next to each other. A version with
 * two dates or checksums, or a service or customer twice, is an error: the sheet is the add-in's,
 * protected, and such a table was changed by hand. Then chooses the version named by Jämför med
 * version (an unknown label is an error; the setting without any version a warning), else the
 * latest. Returns null when the workbook has no such table.
 */
export function readDecidedVersions(tables: readonly RawTable[], settings: Pick<Settings, 'compareVersion'>, problems: ProblemList): DecidedVersions | null {
  const found = tablesNamed(tables, DECISIONS_SHEET);
  const wanted = settings.compareVersion;
  if (found.length === 0) {
    if (wanted) problems.warning('compare-version-without-versions', wanted.at, msg('compareVersionWithoutVersions', { at: wanted.at, label: wanted.label }));
    return null;
  }
  if (found.length > 1) {
    reportDuplicateTables(problems, DECISIONS_SHEET, found);
    return null;
  }
  const versions = parseVersions(new TableReader(DECISIONS_TABLE, found[0], problems));
  if (versions.length === 0) {
    if (wanted) problems.warning('compare-version-without-versions', wanted.at, msg('compareVersionWithoutVersions', { at: wanted.at, label: wanted.label }));
    return { versions, chosen: null };
  }
  if (!wanted) return { versions, chosen: versions[versions.length - 1]! };
  const chosen = versions.find((v) => normalizeName(v.label) === normalizeName(wanted.label)) ?? null;
  if (chosen === null) {
    problems.error('compare-version-unknown', wanted.at, msg('compareVersionUnknown', { at: wanted.at, label: wanted.label, labels: names(versions.map((v) => v.label)) }));
  }
  return { versions, chosen };
}

interface Reading {
  version: DecidedVersion;
  firstRow: number;
  rows: Map<string, number>;
}

function parseVersions(table: TableReader): DecidedVersion[] {
  const byLabel = new Map<string, Reading>();
  const report = table.report;
  for (const row of table.rows()) {
    const label = row.text('Version', true);
    const date = row.text('Beslutad', true);
    const inputs = row.text('Indata', true);
    const service = row.text('Tjänst', true);
    const customer = row.text('Kund');
    const amount = row.number('Belopp', true);
    if (label === null || date === null || inputs === null || service === null || amount === null) continue;
    let reading = byLabel.get(normalizeName(label));
    if (!reading) {
      reading = { version: { label, date, inputs, services: [], charges: [] }, firstRow: row.rowNumber, rows: new Map() };
      byLabel.set(normalizeName(label), reading);
    }
    const v = reading.version;
    const firstRow = reading.firstRow;
    const differs = (column: 'Beslutad' | 'Indata', value: string, first: string) => {
      if (value === first) return false;
      const at = row.place(column);
      report.error('version-inconsistent', at, msg('versionInconsistent', { at, label: v.label, column, value, first, firstRow }));
      return true;
    };
    if (differs('Beslutad', date, v.date) || differs('Indata', inputs, v.inputs)) continue;
    const key = `${normalizeName(service)}\u0000${customer === null ? '' : normalizeName(customer)}`;
    const earlier = reading.rows.get(key);
    if (earlier !== undefined) {
      const at = row.place(customer === null ? 'Tjänst' : 'Kund');
      report.error('version-duplicate-row', at, msg('versionDuplicateRow', { at, label: v.label, service, customer, firstRow: earlier }));
      continue;
    }
    reading.rows.set(key, row.rowNumber);
    if (customer === null) {
      const price = row.number('Pris');
      const perKey = row.number('Pris per nyckelenhet');
      v.services.push({
        service,
        model: row.text('Prismodell'),
        unit: row.text('Enhet'),
        price: price === null ? null : price.toNumber(),
        perKeyUnit: perKey === null ? null : cellPrecision(perKey.toNumber()),
        revenue: amount.toNumber(),
      });
    } else {
      v.charges.push({ customer, service, amount: amount.toNumber() });
    }
  }
  return [...byLabel.values()].map((r) => r.version);
}
