#!/usr/bin/env node
// Writes the "## Fix by stack" section of each rule doc (rules/<id>.md) from the advice tables in
// rules/advice/, rendered for a typical project of each ecosystem, framework and ORM. The section
// goes before "## Options" and is replaced on every run. With --check, fails when a doc is stale.
// Run from the repository root: node scripts/gen-rule-advice.mjs [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const START = '## Fix by stack';
const END = '<!-- End of the generated section. -->';

// The tables are TypeScript: bundle them once into a temporary ESM file and import it.
const dir = mkdtempSync(path.join(tmpdir(), 'pc-advice-'));
let RULE_ADVICE;
let adviceSection;
try {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, `export { RULE_ADVICE } from ${JSON.stringify(path.resolve('rules/advice/index.ts'))};\nexport { adviceSection } from ${JSON.stringify(path.resolve('rules/advice/examples.ts'))};\n`);
  const outfile = path.join(dir, 'advice.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    define: { __PORTFOLIO_CHECK_VERSION__: '"0.0.0"' },
    banner: { js: "import { createRequire as __pcCreateRequire } from 'node:module';\nconst require = __pcCreateRequire(import.meta.url);" },
  });
  ({ RULE_ADVICE, adviceSection } = await import(pathToFileURL(outfile).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const stale = [];
for (const [id, advice] of Object.entries(RULE_ADVICE).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const file = path.join('rules', `${id}.md`);
  const doc = readFileSync(file, 'utf8');
  const section = adviceSection(advice);
  let next;
  const start = doc.indexOf(`\n${START}\n`);
  if (start !== -1) {
    const end = doc.indexOf(END, start);
    if (end === -1) throw new Error(`${file}: "${START}" has no end marker`);
    next = `${doc.slice(0, start + 1)}${section}${doc.slice(end + END.length)}`;
  } else {
    const options = doc.indexOf('\n## Options');
    next = options === -1 ? `${doc.trimEnd()}\n\n${section}\n` : `${doc.slice(0, options + 1)}${section}\n${doc.slice(options)}`;
  }
  if (next === doc) continue;
  stale.push(file);
  if (!check) writeFileSync(file, next);
}

if (check) {
  if (stale.length) {
    console.error(`Stale "Fix by stack" sections: ${stale.join(', ')}. Run \`node scripts/gen-rule-advice.mjs\` and commit them.`);
    process.exit(1);
  }
  console.log(`gen-rule-advice: ${Object.keys(RULE_ADVICE).length} rule docs are up to date`);
} else {
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'gen-rule-advice: nothing to update');
}
