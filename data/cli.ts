import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildData } from './build';
import { DataBuildError } from './errors';

const started = performance.now();
try {
  const result = buildData();
  for (const [key, f] of Object.entries(result.files)) {
    const gz = gzipSync(readFileSync(path.join(result.outDir, f.name))).length;
    console.log(`data: ${key.padEnd(6)} ${f.name}  ${(f.bytes / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);
  }
  console.log(`data: built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), result.outDir)}/`);
} catch (e) {
  if (e instanceof DataBuildError) {
    console.error(`\ndata build failed: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
