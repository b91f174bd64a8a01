/**
 * The example workbook's input tables, built from the report's own figures (the report is
 * shared/seed, its sections are cited next to each figure). Pure data: no Node APIs, no
 * ExcelJS; the xlsx adapter and the task pane write it into a workbook.
 */
import type { RawTable } from '../engine/cells';
import type { PriceCapMethod } from '../engine/schema';
import { compositeKeysTable } from './compositeKeys';
import { costsTable } from './costs';
import { customersTable } from './customers';
import { deviationTypesTable, deviationsTable } from './deviations';
import { lastYearAmountsTable } from './lastYearAmounts';
import { monthProfilesTable } from './monthProfiles';
import { packagesTable } from './packages';
import { poolFlowsTable } from './poolFlows';
import { poolsTable } from './pools';
import { scenariosTable } from './scenarios';
import { servicesTable } from './services';
import { settingsTable } from './settings';
import { volumesTable } from './volumes';
import { invoiceColumnsTable } from './invoicing';
import { actualCostsTable, actualDeviationsTable, actualVolumesTable, invoicedTable } from './actuals';

export interface ExampleOptions {
  /** Pristaksmetod in Inställningar: Flagga (the default) or Begränsa. */
  priceCapMethod?: PriceCapMethod;
}

/** One table per input table of the contract, in the contract's order (TABLE_ORDER). */
export function exampleTables(options: ExampleOptions = {}): RawTable[] {
  const costs = costsTable();
  const services = servicesTable();
  const volumes = volumesTable();
  const deviations = deviationsTable();
  return [
    settingsTable(options.priceCapMethod),
    customersTable(),
    services,
    costs,
    poolsTable(),
    poolFlowsTable(),
    volumes,
    lastYearAmountsTable(),
    monthProfilesTable(),
    deviationTypesTable(),
    deviations,
    compositeKeysTable(),
    packagesTable(),
    scenariosTable(),
    actualCostsTable(costs),
    actualVolumesTable(volumes, services),
    actualDeviationsTable(deviations),
    invoicedTable(),
    invoiceColumnsTable(),
  ];
}
