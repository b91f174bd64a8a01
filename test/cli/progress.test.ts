import { runCli } from '../../src/cli/cli';
import { ProgressReporter } from '../../src/cli/progress';
import { exampleTables } from '../../src/example';
import { createXlsx } from '../../src/workbook/xlsx';
import { MemoryIO } from './memoryIO';

/** A host whose clock moves two seconds a call: every run is a long run, so progress shows. */
class SlowIO extends MemoryIO {
  private ms = 0;
  override now(): number {
    return (this.ms += 2000);
  }
}

const PROGRESS_LINE = /^\[ *\d+ %\] /m;

describe('progress lines on stderr', () => {
  let example: Uint8Array;
  beforeAll(async () => {
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    example = await wb.toBuffer();
  });

  it.each([
    ['calculate', ['calculate', 'ex.xlsx', '--json', 'ex.json']],
    ['invoice', ['invoice', 'ex.xlsx', '--out', 'fu.csv']],
    ['statement', ['statement', 'ex.xlsx', '--customer', 'Södermalm stadsdelsförvaltning', '--out', 'kb.xlsx']],
  ])('%s shows them on a long run, and none with --quiet', async (_, args) => {
    const loud = new SlowIO();
    loud.files.set('ex.xlsx', example);
    expect(await runCli(args, loud)).toBe(0);
    expect(loud.err).toMatch(PROGRESS_LINE);
    expect(loud.err.endsWith('[100 %] Klart\n')).toBe(true);
    expect(loud.err).not.toMatch(/Klart\n\[100 %\] Klart/);

    const quiet = new SlowIO();
    quiet.files.set('ex.xlsx', example);
    expect(await runCli([...args, '--quiet'], quiet)).toBe(0);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe('');
  });

  it('with --quiet, errors still go out', async () => {
    const io = new SlowIO();
    io.files.set('ex.xlsx', new Uint8Array([1, 2, 3]));
    expect(await runCli(['calculate', 'ex.xlsx', '--json', 'ex.json', '--quiet'], io)).toBe(2);
    expect(io.err).toMatch(/^intaktsmodell: /);
    expect(io.err).not.toMatch(PROGRESS_LINE);
  });

  it('closes with one "Klart" line, not two when the last step shown was the engine’s own', () => {
    const io = new SlowIO();
    const progress = new ProgressReporter(io, 0);
    progress.report('Utdata', 0.9);
    progress.report('Klart', 1);
    progress.done();
    expect(io.err).toBe('[ 90 %] Utdata\n[100 %] Klart\n');
    const writing = new SlowIO();
    const later = new ProgressReporter(writing, 0);
    later.report('Skriver resultatbladen', 0.95);
    later.done();
    expect(writing.err).toBe('[ 95 %] Skriver resultatbladen\n[100 %] Klart\n');
  });
});

describe('progress of a run’s phases', () => {
  it('places a phase’s own fractions within its share, and prints a line only when it says something new', () => {
    const io = new SlowIO();
    const progress = new ProgressReporter(io, 0);
    const reading = progress.phase('Läser arbetsboken', 0, 0.3);
    for (const fraction of [0, 0.001, 0.002, 0.5, 0.501, 1]) reading(fraction);
    progress.phase('Skriver resultatbladen', 0.9, 1)(0.5);
    progress.done();
    expect(io.err).toBe('[  0 %] Läser arbetsboken\n[ 15 %] Läser arbetsboken\n[ 30 %] Läser arbetsboken\n[ 95 %] Skriver resultatbladen\n[100 %] Klart\n');
  });
});
