// Bundles the command line (src/cli) so `npx intaktsmodell` starts fast without a TypeScript
// loader: dist/cli.cjs, the small launcher bin/intaktsmodell.js loads, and dist/cli-worker.cjs,
// the command itself, which the launcher runs in a worker thread (src/cli/main.ts says why).
// Runs on `npm ci` (prepare) and before `npm test` / `npm run demo`.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['exceljs', 'jszip', 'commander', 'decimal.js', 'pdfmake'],
  logLevel: 'warning',
});
