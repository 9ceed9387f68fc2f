// Turns vitest's JSON report into the single totals line that CI reads:
//   "N passed, N failed" (+ ", N skipped" when some were skipped)
// CLI: node tests/summarize.mjs <report.json> [--exit-code N] [--failed-step NAME]...
// Prints notes (why something counted as failed) first, the totals line
// LAST, and exits 1 if anything failed or no test ran at all.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param {object|null} report  parsed vitest JSON report (null = missing/unreadable)
 * @param {{ exitCode?: number, failedSteps?: string[] }} [opts]
 *   exitCode: vitest's exit status; failedSteps: build steps that failed.
 */
export function summarize(report, { exitCode = 0, failedSteps = [] } = {}) {
  const notes = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (!report) {
    failed += 1;
    notes.push('no vitest JSON report was written (vitest crashed?)');
  } else {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that failed to import, or whose beforeAll threw, is "failed"
    // with no failed test inside it: numFailedTests would miss it.
    for (const file of report.testResults ?? []) {
      const testFailed = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !testFailed) {
        failed += 1;
        notes.push(`suite failed to run: ${file.name}${file.message ? ` (${file.message})` : ''}`);
      }
    }
    // Vitest also exits non-zero on unhandled errors outside any test;
    // don't let the line say "0 failed" in that case.
    if (exitCode !== 0 && failed === 0) {
      failed += 1;
      notes.push(`vitest exited with code ${exitCode} (unhandled error outside tests?)`);
    }
  }
  for (const step of failedSteps) {
    failed += 1;
    notes.push(`build step failed: ${step}`);
  }
  if (passed + failed === 0) notes.push('no tests ran');
  const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
  return { line, notes, passed, failed, skipped, ok: failed === 0 && passed > 0 };
}

function main(argv) {
  const [file, ...rest] = argv;
  const opts = { exitCode: 0, failedSteps: [] };
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === '--exit-code') opts.exitCode = Number(rest[i + 1]);
    else if (rest[i] === '--failed-step') opts.failedSteps.push(rest[i + 1]);
  }
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    report = null;
  }
  const { line, notes, ok } = summarize(report, opts);
  for (const n of notes) console.log(`note: ${n}`);
  console.log(line);
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
