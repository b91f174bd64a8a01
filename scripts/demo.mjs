// npm run demo: writes the example workbook and prices it, as a newcomer's first run.
// out/exempel.xlsx is the input, out/exempel-resultat.xlsx the priced copy, out/exempel-resultat.json the JSON.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('out', { recursive: true });
const cli = ['bin/intaktsmodell.js'];
const steps = [
  [...cli, 'example', 'out/exempel.xlsx'],
  [...cli, 'template', 'out/mall.xlsx'],
  [...cli, 'calculate', 'out/exempel.xlsx', '--out', 'out/exempel-resultat.xlsx', '--json', 'out/exempel-resultat.json'],
];
for (const args of steps) {
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
