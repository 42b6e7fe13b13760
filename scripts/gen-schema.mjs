#!/usr/bin/env node
// Generates schema/portfolio-check.schema.json from the zod config schema and the rules' metadata
// (src/config/json-schema.ts). With --check, fails when the committed file is stale instead.
// Run from the repository root: node scripts/gen-schema.mjs [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTypeScript } from './import-ts.mjs';

const TARGET = path.join('schema', 'portfolio-check.schema.json');
const check = process.argv.includes('--check');

// The sources are TypeScript: import the generator through a temporary bundle.
const { jsonSchemaText } = await importTypeScript({ jsonSchemaText: 'src/config/json-schema.ts' });
const text = jsonSchemaText();

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
