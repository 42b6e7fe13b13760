/**
 * The layers of docs/architecture.md, kept by CI: sources -> facts -> rules -> engine -> reporters,
 * with the CLI and the Action as shells. A static scan of import specifiers is enough here: every
 * module is ESM TypeScript with string-literal specifiers, and a dependency-graph library
 * (dependency-cruiser, madge) would add a TypeScript resolver and hundreds of transitive packages
 * to check a handful of folder rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`; comments are blanked first. */
const SPECIFIER = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2])!);
}

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return walk(rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The layer a repository path belongs to: its first two segments (`src/facts`) or `rules`. */
function layerOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'rules' ? 'rules' : parts.length > 2 ? `${parts[0]}/${parts[1]}` : file.replace(/\.ts$/, '');
}

/** Where a specifier points: a layer for relative imports, the package name otherwise. */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return layerOf(path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)));
}

/** Forbidden arrows: a module in the layer on the left must not import anything matching the right. */
const FORBIDDEN: [layer: RegExp, forbidden: RegExp, why: string][] = [
  [/^rules$/, /^src\/(source|cli|action|report|cohort|fix|config)$/, 'rules judge observations from src/facts; they never read the source or know a front door'],
  [/^src\/facts$/, /^(rules|src\/(engine|report|cli|action|cohort|fix|config))$/, 'facts observe; judging, scoring and reporting sit above them'],
  [/^src\/engine$/, /^(src\/(cli|action|cohort|report|fix)|@actions\/.*)$/, 'the engine is pure: it runs rules and scores, whoever calls it'],
  [/^src\/report$/, /^(rules|src\/(action|cli|facts|source|fix)|@actions\/.*)$/, 'reporters format a Result; they know nothing of rules or the Action'],
  [/^src\/cli$/, /^@actions\/.*$/, 'the CLI is a shell over the engine; the Action toolkit belongs to src/action'],
  [/^src\/source$/, /^(rules|src\/(facts|engine|report|cli|action))$/, 'sources read repositories; everything else builds on them'],
];

/** Every import in `files` that crosses a boundary, with the reason. */
function crossings(files: { path: string; source: string }[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    const rules = FORBIDDEN.filter(([l]) => l.test(layer));
    for (const specifier of rules.length ? importSpecifiers(file.source) : []) {
      const to = target(file.path, specifier);
      for (const [, forbidden, why] of rules) if (forbidden.test(to)) out.push(`${file.path} imports ${specifier} (${to}): ${why}`);
    }
  }
  return out;
}

const FILES = [...walk('src'), ...walk('rules')];

describe('layer boundaries', () => {
  it('reads every kind of import specifier', () => {
    const code = "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');\n// import x from './not.js';\nimport {\n  f,\n} from '@actions/core';\n";
    expect(importSpecifiers(code)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', '@actions/core']);
  });

  it('finds the modules of every layer', () => {
    const layers = new Set(FILES.map(layerOf));
    for (const layer of ['rules', 'src/facts', 'src/engine', 'src/report', 'src/cli', 'src/action', 'src/source']) expect(layers).toContain(layer);
  });

  it('has no import that crosses a boundary', () => {
    expect(crossings(FILES.map((f) => ({ path: f, source: readFileSync(path.join(ROOT, f), 'utf8') })))).toEqual([]);
  });

  it('reports each kind of crossing the design forbids', () => {
    const found = crossings([
      { path: 'rules/x.ts', source: "import type { RepositorySource } from '../src/source/types.js';" },
      { path: 'src/report/github.ts', source: "import { readInputs } from '../action/inputs.js';" },
      { path: 'src/report/markdown.ts', source: "import rules from '../../rules/index.js';" },
      { path: 'src/engine/run.ts', source: "const cli = await import('../cli/main.js');" },
      { path: 'src/cli/main.ts', source: "import * as core from '@actions/core';" },
      { path: 'src/facts/routes/index.ts', source: "import { judge } from '../../engine/judge.js';" },
      { path: 'src/facts/http.ts', source: "import rule from '../../rules/api-docs.js';" },
      { path: 'rules/y.ts', source: "import { inspectDockerfiles } from '../src/facts/dockerfile.js';\nimport { defineRule } from '../src/engine/define-rule.js';" },
    ]);
    expect(found.map((c) => c.split(' imports ')[0])).toEqual(['rules/x.ts', 'src/report/github.ts', 'src/report/markdown.ts', 'src/engine/run.ts', 'src/cli/main.ts', 'src/facts/routes/index.ts', 'src/facts/http.ts']);
  });
});

/**
 * What a rule file may do: judge observations. Matching repository content (a regular expression,
 * reading a file) and reading the file system are detection, and belong in src/facts. The rule
 * files are parsed with TypeScript's own parser, so a regex literal is told from a division and
 * nothing in a string or a comment counts.
 */
const RULE_IMPORTS = /^(\.\.\/src\/(facts|engine)\/[\w./-]+|\.\.\/src\/(types|util)\.js|\.\/[\w-]+\.js)$/;

function detectionInRule(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(`${at(node)} matches content with ${node.getText(sf)}`);
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') out.push(`${at(node)} builds a RegExp`);
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['read', 'scan'].includes(node.expression.name.text)) out.push(`${at(node)} reads a file (${node.expression.getText(sf)})`);
    else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !RULE_IMPORTS.test(node.moduleSpecifier.text)) out.push(`${at(node)} imports ${node.moduleSpecifier.text}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The rule files: one rule each, plus the registry (rules/advice holds fix wording, not judgement). */
const RULE_FILES = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => `rules/${f}`);

describe('rules judge, facts observe', () => {
  it('finds the rule files', () => {
    expect(RULE_FILES.length).toBeGreaterThan(30);
  });

  it('has no rule that matches repository content, reads a file or imports past facts and the engine', () => {
    expect(RULE_FILES.flatMap((f) => detectionInRule(f, readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('reports each kind of detection a rule must leave to facts', () => {
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import ignore from 'ignore';",
      "import { composeFiles } from '../src/facts/compose.js';",
      "import type { Finding } from '../src/types.js';",
      'const SEED = /seed/i;',
      'const half = 1 / 2 / 4;',
      "const text = await facts.read('README.md');",
      'const named = new RegExp(`\\b${name}\\b`);',
      "// const commented = /not code/;",
      "const quoted = '/not a regex/';",
    ].join('\n');
    expect(detectionInRule('rules/x.ts', source).map((f) => f.replace(/^rules\/x\.ts:/, ''))).toEqual([
      '1 imports node:fs',
      '2 imports ignore',
      '5 matches content with /seed/i',
      "7 reads a file (facts.read)",
      '8 builds a RegExp',
    ]);
  });
});
