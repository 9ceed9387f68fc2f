// Every package the code or the tests load must be declared in package.json: a package present in
// node_modules only as someone else's dependency (or left over from an earlier install) passes
// locally and breaks a clean CI install. Environment pragmas count: `@vitest-environment happy-dom`
// loads happy-dom as surely as an import does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['app', 'components', 'geo', 'data', 'scripts', 'tests', 'i18n', 'lib'];
const SKIP = new Set(['node_modules', '.next', 'out', '.results', 'fixtures-out']);

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/')) return null;
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function loadedPackages(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    // Statements only (a comment saying 'sampled from "inferno"' is not an import).
    /^\s*(?:import|export)\b[^'";=()]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /@vitest-environment\s+([\w@/-]+)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = packageOf(match[1]);
      if (name) found.push(name);
    }
  }
  return found;
}

describe('declared packages', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ]);
  // Environments vitest ships itself.
  const builtInEnvironments = new Set(['node']);

  it('finds the packages it should (the scan itself works)', () => {
    expect(
      loadedPackages(
        "import x from 'react';\nimport {\n  a,\n} from '@deck.gl/core/typed';\n// colours sampled from \"inferno\"\n// @vitest-environment happy-dom\nimport './y';\nimport fs from 'node:fs';",
      ),
    ).toEqual(['react', '@deck.gl/core', 'happy-dom']);
  });

  it('every package imported by code, scripts or tests is in package.json', () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    files.push(...readdirSync(ROOT).filter((n) => /\.(ts|mjs|js)$/.test(n)).map((n) => join(ROOT, n)));
    expect(files.length).toBeGreaterThan(50);
    const missing = new Map<string, string>();
    for (const file of files) {
      for (const name of loadedPackages(readFileSync(file, 'utf8'))) {
        // Type-only packages (geojson, topojson-specification) come from their @types package.
        const typesName = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
        const isDeclared = declared.has(name) || declared.has(typesName) || builtInEnvironments.has(name);
        if (!isDeclared && !missing.has(name)) {
          missing.set(name, file.slice(ROOT.length + 1));
        }
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
