// Bundles the command line (src/cli) into dist/cli.cjs so `npx intaktsmodell` starts fast
// without a TypeScript loader. Runs on `npm ci` (prepare) and before `npm test` / `npm run demo`.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['exceljs', 'jszip', 'commander', 'decimal.js'],
  logLevel: 'warning',
});
