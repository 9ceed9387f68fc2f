/** Command-line options of `npm run bench` (tsx tests/bench/run.ts [options]). */
export interface BenchOptions {
  /** Skip `npm run data` + `next build` and measure the existing out-bench/. */
  noBuild: boolean;
  /** Runs of our page and of the baseline (fresh browser profile each, so cold cache). */
  runs: number;
  /** Shorter heap session (20 s instead of 60 s, after the same warm-up cycle). */
  quick: boolean;
  /** Skip the 10× synthetic data runs. */
  noScale: boolean;
  /** Runs of the 10× page (each is minutes with software WebGL). */
  scaleRuns: number;
}

export const USAGE = `usage: npm run bench -- [--no-build] [--runs N] [--scale-runs N] [--quick] [--no-scale]
  --no-build      measure the existing out-bench/ (no data build, no next build)
  --runs N        runs of our page and of the baseline, default 5
  --scale-runs N  runs of our page with 10x data, default 1 (minutes each with software WebGL)
  --quick         heap session of 20 s instead of 60 s
  --no-scale      skip the 10x synthetic-data runs`;

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { noBuild: false, runs: 5, quick: false, noScale: false, scaleRuns: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') options.noBuild = true;
    else if (a === '--quick') options.quick = true;
    else if (a === '--no-scale') options.noScale = true;
    else if (/^--(scale-)?runs(=|$)/.test(a)) {
      const value = a.includes('=') ? a.split('=')[1] : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a.split('=')[0]} needs a whole number ≥ 1, got ${JSON.stringify(value)}\n${USAGE}`);
      if (a.startsWith('--scale-runs')) options.scaleRuns = n;
      else options.runs = n;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return options;
}
