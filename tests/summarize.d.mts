// Types for summarize.mjs (plain JS so run-all.sh can call it with node;
// tsconfig has allowJs: false, so the unit test needs this declaration).
export interface JsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[];
}
export function summarize(
  report: JsonReport | null,
  opts?: { exitCode?: number; failedSteps?: string[] },
): { line: string; notes: string[]; passed: number; failed: number; skipped: number; ok: boolean };
