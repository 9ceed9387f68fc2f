/**
 * Builds the production site (`npm run data`, then `next build`) and times the data
 * build: wall time and peak RSS via GNU `/usr/bin/time -v` when present, else from the
 * child's own resource usage (Node's process.resourceUsage, reported by a wrapper).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface StepTiming {
  command: string;
  wallS: number;
  /** Peak resident set size of the largest process of the step, in MB (null if unknown). */
  maxRssMB: number | null;
  /** How the peak RSS was measured. */
  rssSource: '/usr/bin/time -v' | 'process.resourceUsage' | 'none';
  output: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string; wallS: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, wallS: (performance.now() - started) / 1000 }));
  });
}

function fail(command: string, out: string): never {
  throw new Error(`bench: "${command}" failed:\n${out.split('\n').slice(-30).join('\n')}`);
}

/** `npm run data`, timed. GNU time's max RSS is that of the largest process in the tree. */
export async function timeDataBuild(env: NodeJS.ProcessEnv): Promise<StepTiming> {
  const command = 'npm run data';
  if (existsSync('/usr/bin/time')) {
    const r = await run('/usr/bin/time', ['-v', 'npm', 'run', 'data'], env);
    if (r.code !== 0) fail(command, r.stdout + r.stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
    const wallS = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : r.wallS;
    return { command, wallS, maxRssMB: rss ? Number(rss[1]) / 1024 : null, rssSource: rss ? '/usr/bin/time -v' : 'none', output: r.stdout };
  }
  // No GNU time: run the build itself in a child node that reports its own peak RSS.
  const wrapper = `import('tsx/esm/api').then(({ register }) => { register(); return import('./data/cli.ts'); })
    .then(() => process.on('exit', () => console.error('BENCH_MAXRSS_KB=' + process.resourceUsage().maxRSS)))`;
  const copy = await run('node', ['scripts/copy-maplibre-worker.mjs'], env);
  if (copy.code !== 0) fail(command, copy.stdout + copy.stderr);
  const r = await run('node', ['--input-type=module', '-e', wrapper], env);
  if (r.code !== 0) fail(command, r.stdout + r.stderr);
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  return { command, wallS: r.wallS, maxRssMB: rss ? Number(rss[1]) / 1024 : null, rssSource: rss ? 'process.resourceUsage' : 'none', output: r.stdout };
}

/** `npx next build` (static export into out/, or ATLAS_OUT_DIR), timed (wall only). */
export async function nextBuild(env: NodeJS.ProcessEnv): Promise<StepTiming> {
  const command = 'npx next build';
  const r = await run('npx', ['next', 'build'], env);
  if (r.code !== 0) fail(command, r.stdout + r.stderr);
  return { command, wallS: r.wallS, maxRssMB: null, rssSource: 'none', output: r.stdout };
}

export function buildEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
}
