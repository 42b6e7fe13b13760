#!/usr/bin/env node
// Generates schema/portfolio-check.schema.json from the zod config schema and the rules' metadata
// (src/config/json-schema.ts). With --check, fails when the committed file is stale instead.
// Run from the repository root: node scripts/gen-schema.mjs [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const TARGET = path.join('schema', 'portfolio-check.schema.json');
const check = process.argv.includes('--check');

// The sources are TypeScript: bundle the generator once into a temporary ESM file and import it.
const dir = mkdtempSync(path.join(tmpdir(), 'pc-schema-'));
let text;
try {
  const outfile = path.join(dir, 'json-schema.mjs');
  await build({
    entryPoints: ['src/config/json-schema.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    define: { __PORTFOLIO_CHECK_VERSION__: '"0.0.0"' },
    banner: { js: "import { createRequire as __pcCreateRequire } from 'node:module';\nconst require = __pcCreateRequire(import.meta.url);" },
  });
  ({ jsonSchemaText: text } = await import(pathToFileURL(outfile).href));
  text = text();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (check) {
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error(`${TARGET} is stale: run \`npm run gen-schema\` and commit it.`);
    process.exit(1);
  }
  console.log(`gen-schema: ${TARGET} is up to date`);
} else {
  mkdirSync(path.dirname(TARGET), { recursive: true });
  writeFileSync(TARGET, text);
  console.log(`wrote ${TARGET}`);
}
