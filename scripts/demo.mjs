// npm run demo: writes the example workbook and prices it, as a newcomer's first run.
// out/exempel.xlsx is the input, out/exempel-resultat.xlsx the priced copy, out/exempel-resultat.json the JSON;
// out/exempel-pristak.xlsx the example under Pristaksmetod Begränsa, priced in out/exempel-pristak-resultat.xlsx;
// out/slutavrakning.csv the settlement's invoice lines; out/prislista.pdf the published price list;
// out/exempel-beslutad.xlsx the example with its price list saved as a decided version;
// out/exempel-2022.xlsx next year's workbook rolled from the example.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('out', { recursive: true });
const cli = ['bin/intaktsmodell.js'];
const steps = [
  [...cli, 'example', 'out/exempel.xlsx'],
  [...cli, 'template', 'out/mall.xlsx'],
  [...cli, 'calculate', 'out/exempel.xlsx', '--out', 'out/exempel-resultat.xlsx', '--json', 'out/exempel-resultat.json'],
  // The same example with the price cap acting (Pristaksmetod Begränsa): the services above
  // Region Stockholm's 1,5 % are charged at the cap and the summary says what is left to finance.
  [...cli, 'example', 'out/exempel-pristak.xlsx', '--pristaksmetod', 'Begränsa'],
  [...cli, 'calculate', 'out/exempel-pristak.xlsx', '--out', 'out/exempel-pristak-resultat.xlsx'],
  // The year's settlement with the customers (issue 16): the example follows its year to June and
  // returns what takes the result fund above its cap, as invoice lines (Fakturaunderlag's CSV).
  [...cli, 'invoice', 'out/exempel.xlsx', '--out', 'out/slutavrakning.csv', '--slutavrakning'],
  // The price list the customers receive, as PDF (issue 17).
  [...cli, 'pricelist', 'out/exempel.xlsx', '--out', 'out/prislista.pdf', '--label', 'Exempel'],
  // The price list decided (issue 17): frozen on the protected sheet Beslutade versioner.
  [...cli, 'decide', 'out/exempel.xlsx', '--label', 'Servicenämnden 2021-11-18', '--out', 'out/exempel-beslutad.xlsx'],
  // Next year's workbook (issue 16): Budgetår 2022, last year's prices, volumes and charges, the actuals emptied.
  [...cli, 'rollover', 'out/exempel-beslutad.xlsx', '--out', 'out/exempel-2022.xlsx'],
];
for (const args of steps) {
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
