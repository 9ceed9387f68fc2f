// Types for serve.mjs (plain JS so `node scripts/serve.mjs` needs no build;
// tsconfig has allowJs: false, so TS tests need this declaration).
export function startServer(options?: { dir?: string; port?: number; base?: string }): Promise<{
  url: string;
  close: () => Promise<void>;
}>;
export function headersFor(relative: string, policy: string | null): Record<string, string>;
