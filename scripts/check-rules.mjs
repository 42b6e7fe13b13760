#!/usr/bin/env node
// Every built-in rule has three parts that share one id: rules/<id>.ts, rules/<id>.md and
// test/rules/<id>.test.ts, and rules/index.ts registers it (ESLint's `checkRuleFiles`).
// Also catches docs whose metadata block no longer matches the rule's meta.
// Run from the repository root: node scripts/check-rules.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RULES_DIR = 'rules';
const TESTS_DIR = path.join('test', 'rules');
const INDEX = path.join(RULES_DIR, 'index.ts');
const ADVICE_INDEX = path.join(RULES_DIR, 'advice', 'index.ts');

/** Metadata fields documented in each page, as `- **Label:** value` lines. */
const DOC_FIELDS = [
  ['category', 'Category'],
  ['level', 'Default level'],
  ['kind', 'Kind'],
  ['weight', 'Weight'],
  ['stage', 'Roadmap stage'],
];

function main() {
  if (!existsSync(RULES_DIR) || !existsSync(INDEX)) {
    console.error(`check-rules: run from the repository root (no ${INDEX} here)`);
    return 2;
  }
  const entries = readdirSync(RULES_DIR);
  const ids = entries.filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts')).map((f) => f.slice(0, -3)).sort();
  const docs = entries.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  const index = readFileSync(INDEX, 'utf8');
  const problems = [];

  for (const id of ids) {
    const docPath = `${RULES_DIR}/${id}.md`;
    if (!existsSync(docPath)) {
      problems.push(`${docPath}: missing`);
    } else {
      const doc = readFileSync(docPath, 'utf8');
      const firstLine = doc.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].trim();
      if (firstLine !== `# ${id}`) problems.push(`${docPath}: must start with "# ${id}" (found "${firstLine}")`);
      problems.push(...staleMetadata(id, docPath, doc));
    }
    const testPath = `${TESTS_DIR.split(path.sep).join('/')}/${id}.test.ts`;
    if (!existsSync(testPath)) problems.push(`${testPath}: missing`);
    const importRe = new RegExp(String.raw`^\s*import\s+\w+\s+from\s+['"]\./${escapeRe(id)}\.js['"]`, 'm');
    if (!importRe.test(index)) problems.push(`${INDEX}: does not import ./${id}.js`);
  }
  for (const id of docs) {
    if (!ids.includes(id)) problems.push(`${RULES_DIR}/${id}.md: no matching ${RULES_DIR}/${id}.ts`);
  }
  // A rule with stack-specific advice documents it per stack (scripts/gen-rule-advice.mjs writes the section).
  for (const id of adviceIds()) {
    if (!ids.includes(id)) problems.push(`${ADVICE_INDEX}: advice for "${id}", which is no rule`);
    else if (existsSync(`${RULES_DIR}/${id}.md`) && !/^## Fix by stack$/m.test(readFileSync(`${RULES_DIR}/${id}.md`, 'utf8'))) problems.push(`${RULES_DIR}/${id}.md: no "## Fix by stack" section (run node scripts/gen-rule-advice.mjs)`);
  }

  for (const p of problems) console.log(p);
  if (problems.length > 0) return 1;
  console.log(`check-rules: ${ids.length} rules, each with a doc and a test`);
  return 0;
}

/** Compares the doc's metadata lines with the literal values in the rule's meta, when both are found. */
function staleMetadata(id, docPath, doc) {
  const source = readFileSync(`${RULES_DIR}/${id}.ts`, 'utf8');
  const out = [];
  for (const [key, label] of DOC_FIELDS) {
    const inCode = new RegExp(String.raw`^\s*${key}:\s*['"]?([\w-]+)['"]?\s*,`, 'm').exec(source)?.[1];
    const inDoc = new RegExp(String.raw`^- \*\*${escapeRe(label)}:\*\*\s*([\w-]+)`, 'm').exec(doc)?.[1];
    if (inDoc === undefined) out.push(`${docPath}: no "- **${label}:**" line`);
    else if (inCode !== undefined && inCode !== inDoc) out.push(`${docPath}: ${label.toLowerCase()} is ${inDoc}, but ${RULES_DIR}/${id}.ts says ${inCode}`);
  }
  return out;
}

/** The rule ids RULE_ADVICE lists (`'id': table,` or a shorthand `id,`). */
function adviceIds() {
  if (!existsSync(ADVICE_INDEX)) return [];
  const body = /RULE_ADVICE[^=]*=\s*\{([\s\S]*?)\n\};/.exec(readFileSync(ADVICE_INDEX, 'utf8'))?.[1] ?? '';
  return [...body.matchAll(/^\s*'?([a-z][a-z0-9-]*)'?\s*[:,]/gm)].map((m) => m[1]);
}

function escapeRe(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

process.exitCode = main();
