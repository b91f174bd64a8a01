import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Preloaded into the child (`node --require`): at exit it writes the process's own peak resident
 * set size, `process.resourceUsage().maxRSS` (getrusage's ru_maxrss in KiB: the kernel's high-water
 * mark of the whole process, every thread and the heap's native memory included, the same counter
 * as /proc/PID/status VmHWM), to the file the parent named. Exact, and read at the last moment,
 * so nothing the child did after it is missed; a parent polling VmHWM could miss a peak reached
 * in its last interval. A child killed by a signal or by V8's out-of-memory abort runs no exit
 * handler: then the parent keeps the last VmHWM it polled (a lower bound, said so).
 */
const PRELOAD = `'use strict';
const file = process.env.BENCH_PEAK_FILE;
if (file) process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
`;

export interface ChildRun {
  /** Wall time from spawn to exit, node's start-up included (what a user waits for). */
  ms: number;
  /** Peak resident set size in MB (2^20 bytes), or null when it could not be read at all. */
  peakMB: number | null;
  /** True when peakMB is the child's own maxRSS at exit; false when only a polled VmHWM (a lower bound) is known. */
  peakExact: boolean;
  /** Why the run failed (an exit code, a signal, the time limit), with the last lines of its stderr and stdout (progress lines left out); undefined when it exited 0. */
  error?: string;
}

/** The preload as a file, one for every bench (written again only when its text changed; renamed into place, so a bench starting at the same moment never reads half of it). */
function preload(): string {
  const dir = join(tmpdir(), 'intaktsmodell-bench');
  const path = join(dir, 'peak-preload.cjs');
  if (existsSync(path) && readFileSync(path, 'utf8') === PRELOAD) return path;
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, PRELOAD);
  renameSync(temp, path);
  return path;
}

/** VmHWM of a running process in KiB, or null when it is gone or there is no /proc. */
function polledPeakKiB(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `node [nodeArgs] script args` in a fresh process and measures its wall time and peak
 * memory. A run that fails or passes `timeoutMs` (then it is killed) resolves with `error` set,
 * never rejects: the bench reports it and goes on.
 */
export function runChild(script: string, args: readonly string[], options: { timeoutMs: number; nodeArgs?: readonly string[]; cwd?: string }): Promise<ChildRun> {
  const peakFile = join(tmpdir(), 'intaktsmodell-bench', `peak-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const require = preload();
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--require', require, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, BENCH_PEAK_FILE: peakFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The end of each stream, for the report of a failed run (the command line tells workbook errors on stdout).
    const tails = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8');
      child[name].on('data', (text: string) => {
        tails[name] = (tails[name] + text).slice(-4000);
      });
    }
    let polled: number | null = null;
    const poll = setInterval(() => {
      polled = (child.pid && polledPeakKiB(child.pid)) || polled;
    }, 200);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      clearInterval(poll);
      clearTimeout(timer);
      let exact: number | null = null;
      if (existsSync(peakFile)) {
        exact = Number(readFileSync(peakFile, 'utf8'));
        rmSync(peakFile, { force: true });
      }
      const kib = exact ?? polled;
      // Progress lines say nothing about why a run failed.
      const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !/^\[ *\d+ %\]/.test(l));
      // V8's out-of-memory abort prints its reason first and a native stack after it: the reason tells.
      const fatal = lines(tails.stderr).find((l) => l.includes('FATAL ERROR'));
      const lastLines = fatal ?? [...lines(tails.stderr), ...lines(tails.stdout)].slice(-4).join(' | ');
      const after = `after ${Math.round(ms / 1000)} s`;
      const error = timedOut
        ? `passed the time limit of ${Math.round(options.timeoutMs / 1000)} s (killed)`
        : code !== 0
          ? `${signal ? `killed by ${signal}` : `exit code ${code}`} ${after}${lastLines ? `: ${lastLines}` : ''}`
          : undefined;
      resolve({ ms, peakMB: kib === null ? null : kib / 1024, peakExact: exact !== null, ...(error === undefined ? {} : { error }) });
    });
  });
}
