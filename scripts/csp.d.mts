// Types for csp.mjs (plain JS, run by node after `next build`).
export function inlineScripts(html: string): string[];
export function hashOf(script: string): string;
export function withHashes(policy: string, hashes: string[]): string;
export function applyCsp(site: string): { policy: string; hashes: string[]; pages: number };
export const POLICY: string;
