#!/usr/bin/env node
// Writes the "## Fix by stack" section of each rule doc (rules/<id>.md) from the advice tables in
// rules/advice/, rendered for a typical project of each ecosystem, framework and ORM. The section
// goes before "## Options" and is replaced on every run. With --check, fails when a doc is stale.
// Run from the repository root: node scripts/gen-rule-advice.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTypeScript } from './import-ts.mjs';

const check = process.argv.includes('--check');
const START = '## Fix by stack';
const END = '<!-- End of the generated section. -->';

// The tables are TypeScript: import them through a temporary bundle.
const { RULE_ADVICE, adviceSection } = await importTypeScript({
  RULE_ADVICE: 'rules/advice/index.ts',
  adviceSection: 'rules/advice/examples.ts',
});

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
