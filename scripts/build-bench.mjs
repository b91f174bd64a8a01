// Bundles bench/run.ts into dist/bench.cjs for `npm run bench`, and bench/followUp.ts for `npm run bench:followup`.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});

// npm run bench:followup: the follow-up on a region with monthly actuals (bench/followUp.ts).
await build({
  entryPoints: ['bench/followUp.ts'],
  outfile: 'dist/bench-followup.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
