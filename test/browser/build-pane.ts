import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/**
 * The production build, as `npm run build` makes it: the bundle-size budget is enforced there
 * (performance hints are errors), so a pane over budget fails this suite too.
 */
export function buildPane(): Promise<{ seconds: number; output: string }> {
  const started = Date.now();
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, env: { ...process.env, OFFICE_JS: 'local' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ seconds: (Date.now() - started) / 1000, output });
      else reject(new Error(`webpack --mode production exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
