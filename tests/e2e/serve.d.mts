// Types for serve.mjs (plain JS so `node tests/e2e/serve.mjs` needs no build;
// tsconfig has allowJs: false, so TS tests need this declaration).
export function startServer(options?: { dir?: string; port?: number }): Promise<{
  url: string;
  close: () => Promise<void>;
}>;
