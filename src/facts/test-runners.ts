import { runsTests, SCRIPT_REFERENCE } from './commands.js';
import type { Facts } from './facts.js';
import type { Manifest } from './manifests/types.js';
import { makefiles } from './makefile.js';

const MAX_SCRIPTS = 100;

/** What resolving a test command needs: package scripts, root Makefile targets, shell scripts. */
export interface TestCommandContext {
  manifests: readonly Manifest[];
  makeTargets: ReadonlyMap<string, string>;
  shellScripts: ReadonlyMap<string, string>;
}

/** The context for `runsTests`, read once per run and shared by the CI and README rules. */
export function testCommandContext(facts: Facts): Promise<TestCommandContext> {
  return facts.derive('test-command-context', async () => {
    const [manifests, files, makes] = await Promise.all([facts.manifests(), facts.files(), makefiles(facts)]);
    const root = makes.find((m) => m.dir === '' && !m.path.endsWith('.mk'));
    const shellScripts = new Map<string, string>();
    // *.sh files, and extensionless shell scripts in bin/ or script(s)/ (their shebang says so).
    const candidates = files.all.filter((f) => f.base.endsWith('.sh') || (/(^|\/)(bin|scripts?)\/[\w-]+$/.test(f.path) && f.size < 64 * 1024));
    for (const script of candidates.slice(0, MAX_SCRIPTS)) {
      const text = await facts.read(script.path, 64 * 1024);
      if (text && (script.base.endsWith('.sh') || /^#!.*\b(ba|z|da)?sh\b/.test(text.text))) shellScripts.set(script.path, text.text);
    }
    return { manifests, makeTargets: root?.targets ?? new Map(), shellScripts };
  });
}

/** Whether a command runs the tests, under the repository's scripts and targets. */
export function isTestCommand(command: string, context: TestCommandContext): boolean {
  return runsTests(command, context.manifests, context.makeTargets, context.shellScripts);
}

const FAMILIES: [RegExp, string][] = [
  [/\b(npm|pnpm|yarn|bun)\s+(run\s+)?(test|t)\b/, 'package test script'],
  [/\bjest\b/, 'jest'],
  [/\bvitest\b/, 'vitest'],
  [/\bmocha\b/, 'mocha'],
  [/\bava\b/, 'ava'],
  [/\bnode\s+--test\b/, 'node --test'],
  [/\bnps\s+test\b/, 'nps'],
  [/\bplaywright\s+test\b/, 'playwright'],
  [/\bpytest\b/, 'pytest'],
  [/\bmanage\.py\s+test\b/, 'django test'],
  [/\b-m\s+unittest\b/, 'unittest'],
  [/\b(tox|nox)\b/, 'tox/nox'],
  [/\bgo\s+test\b|\bgotestsum\b/, 'go test'],
  [/\bmvnw?\b/, 'maven'],
  [/\bgradlew?\b/, 'gradle'],
  [/\bartisan\s+test\b|\bphpunit\b|\bpest\b|\bcomposer\s+(run(-script)?\s+)?test\b/, 'phpunit'],
  [/\bdotnet\s+test\b/, 'dotnet test'],
  [/\brspec\b/, 'rspec'],
  [/\brails\s+(\S+\s+)*test\b|\brake\b/, 'rails test'],
  [/\bmake\s+(\S+\s+)*(test|tests|check)\b/, 'make test'],
];

/**
 * The runner families a test command reaches, following package scripts, Makefile targets and shell
 * scripts (two levels): `npm test` whose script is `vitest run` is both "package test script" and
 * "vitest". A runner the table does not know is its own family (`flask test` matches `flask test`).
 */
export function testRunnerFamilies(command: string, context: TestCommandContext, depth = 0): Set<string> {
  const out = new Set<string>();
  const known = FAMILIES.filter(([re]) => re.test(command)).map(([, family]) => family);
  for (const family of known) out.add(family);
  const follow = (text: string | undefined) => {
    if (text && depth < 2) for (const f of testRunnerFamilies(text, context, depth + 1)) out.add(f);
  };
  for (const m of command.matchAll(/\b(npm|pnpm|yarn|bun)\s+(run(?:-script)?\s+)?([\w:.-]+)/g)) {
    // Without `run`, npm runs only lifecycle scripts: `npm ci` is the clean install, never scripts.ci.
    if (m[1] === 'npm' && !m[2] && !/^(test|t|start|stop|restart)$/.test(m[3]!)) continue;
    const script = m[3] === 't' ? 'test' : m[3]!;
    for (const manifest of context.manifests) follow(manifest.scripts[script]?.command);
  }
  const target = /\bmake\s+(?:\S+\s+)*?(test|tests|check)\b/.exec(command)?.[1];
  if (target) follow(context.makeTargets.get(target));
  for (const m of command.matchAll(SCRIPT_REFERENCE)) {
    const wanted = m[1]!.replace(/^\.\//, '');
    for (const [path, text] of context.shellScripts) if (path === wanted || path.endsWith(`/${wanted}`)) follow(text);
  }
  if (out.size === 0 && depth === 0) out.add(command.trim().replace(/\s+/g, ' ').toLowerCase());
  return out;
}
