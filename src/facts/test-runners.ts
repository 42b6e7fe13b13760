import { NPM_PLACEHOLDER_TEST, runsTests, SCRIPT_REFERENCE, TEST_COMMAND } from './commands.js';
import { filesWithLine } from './content-pass.js';
import type { Facts } from './facts.js';
import { FLASK_TEST_FUNCTION } from './line-detectors.js';
import { linkedDocumentation } from './linked-docs.js';
import type { Ecosystem, Manifest } from './manifests/types.js';
import { makefiles } from './makefile.js';
import { isShellBlock, shellLines } from './readme-sections.js';

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
  let memo = resolved.get(context);
  if (!memo) resolved.set(context, (memo = []));
  return runsTests(command, context.manifests, context.makeTargets, context.shellScripts, 0, memo);
}

/** What each command resolved to, per context: the CI and README rules ask about the same scripts. */
const resolved = new WeakMap<TestCommandContext, Map<string, boolean>[]>();

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

/** Ecosystems whose build tool runs the tests by convention: `go test ./...`, `mvn test`, `dotnet test`. */
const BUILTIN_TEST_COMMAND: Partial<Record<Ecosystem, string>> = { go: 'go test ./...', java: 'mvn test / gradle test', csharp: 'dotnet test' };
const PYTHON_TEST_CONFIG = /^(pytest\.ini|tox\.ini|noxfile\.py|conftest\.py|manage\.py|\.coveragerc)$/;
const PYTEST_SECTION = /\[tool\.pytest|\[tool:pytest\]/;
const RUBY_TEST_CONFIG = /^(\.rspec|rakefile|spec_helper\.rb|rails_helper\.rb|test_helper\.rb)$/;
const PHP_TEST_CONFIG = /^phpunit(\.dist)?\.xml(\.dist)?$|^pest\.php$/;
/** A Flask CLI command named test: the decorator, any option decorators, then `def test(`. */
const FLASK_TEST_COMMAND = /@\w+\.cli\.command\((?:\s*['"]test['"])?[^)]*\)\s*\n(?:[ \t]*@[^\n]*\n(?:[ \t]+[^@\s][^\n]*\n)*)*[ \t]*def test\(/;

/** How the tests of one ecosystem are run, as the repository declares it. */
export interface EcosystemTestCommand {
  ecosystem: Ecosystem;
  /** The command (`npm run test`, `pytest`, `go test ./...`); undefined when nothing declares one. */
  command?: string;
  /** Where the command is declared (`package.json`, `declared in pyproject.toml`); absent for conventions. */
  source?: string;
  /** JavaScript without a real test script: a "test" script that is npm init's placeholder. */
  placeholder?: { path: string; line?: number };
  /** The ecosystem's first manifest, where a missing script would go. */
  manifest?: string;
}

/** The command that runs one ecosystem's tests: package scripts, runner configs and dependencies, conventions. */
export async function ecosystemTestCommand(facts: Facts, ecosystem: Ecosystem): Promise<EcosystemTestCommand> {
  const builtin = BUILTIN_TEST_COMMAND[ecosystem];
  if (builtin) return { ecosystem, command: builtin };
  const [manifests, files] = await Promise.all([facts.manifests(), facts.files()]);
  const own = manifests.filter((m) => m.ecosystem === ecosystem);
  const found = (command: string, source?: string): EcosystemTestCommand => ({ ecosystem, command, ...(source ? { source } : {}) });
  if (ecosystem === 'javascript') {
    for (const m of own) {
      const entry = Object.entries(m.scripts).find(([name, s]) => /^test(:|$)/.test(name) && !NPM_PLACEHOLDER_TEST.test(s.command));
      if (entry) return found(`npm run ${entry[0]}`, m.path);
    }
    const placeholder = own.find((m) => m.scripts.test && NPM_PLACEHOLDER_TEST.test(m.scripts.test.command));
    if (placeholder) return { ecosystem, placeholder: { path: placeholder.path, ...(placeholder.scripts.test!.line ? { line: placeholder.scripts.test!.line } : {}) } };
    return { ecosystem, ...(own[0] ? { manifest: own[0].path } : {}) };
  }
  if (ecosystem === 'python') {
    const config = files.all.find((f) => PYTHON_TEST_CONFIG.test(f.base));
    if (config) return config.base === 'manage.py' ? found('python manage.py test') : found('pytest', config.path);
    for (const m of own) {
      if (m.dependencies.some((d) => d.name === 'pytest' || d.name.startsWith('pytest-'))) return found('pytest', `declared in ${m.path}`);
      const text = (await facts.read(m.path))?.text ?? '';
      if (PYTEST_SECTION.test(text)) return found('pytest', `configured in ${m.path}`);
    }
    const cfg = files.get('setup.cfg') && (await facts.read('setup.cfg'))?.text;
    if (cfg && /\[tool:pytest\]/.test(cfg)) return found('pytest', 'setup.cfg');
    // Flask's CLI: `@app.cli.command()` over `def test(...)` makes `flask test` (flasky).
    for (const path of await filesWithLine(facts, FLASK_TEST_FUNCTION)) {
      const text = await facts.read(path);
      if (text && FLASK_TEST_COMMAND.test(text.text)) return found('flask test', path);
    }
    return { ecosystem };
  }
  if (ecosystem === 'php') {
    const phpunit = files.all.find((f) => PHP_TEST_CONFIG.test(f.base));
    if (phpunit) return found('phpunit', phpunit.path);
    const script = own.find((m) => m.scripts.test);
    if (script) return found('composer test', script.path);
    const dep = own.find((m) => m.dependencies.some((d) => d.name === 'phpunit/phpunit' || d.name === 'pestphp/pest'));
    if (dep) return found('vendor/bin/phpunit', `declared in ${dep.path}`);
    return { ecosystem };
  }
  if (ecosystem === 'ruby') {
    const config = files.all.find((f) => RUBY_TEST_CONFIG.test(f.base)) ?? files.get('bin/rails');
    if (config) return /rspec|spec_helper|rails_helper/.test(config.base) ? found('bundle exec rspec', config.path) : found('rake test / bin/rails test', config.path);
    return { ecosystem };
  }
  return { ecosystem };
}

/**
 * The first test command a shell block of the README or its linked docs shows, other than a bare
 * `npm test` (which only works when package.json defines it).
 */
export async function documentedTestCommand(facts: Facts): Promise<{ command: string; path: string; line: number } | undefined> {
  for (const doc of await linkedDocumentation(facts)) {
    for (const block of doc.code.filter((b) => isShellBlock(b.lang))) {
      const command = shellLines(block.value).find((l) => TEST_COMMAND.test(l) && !/\b(npm|pnpm|yarn)\s+(run\s+)?test\b/.test(l));
      if (command) return { command, path: doc.path, line: block.line };
    }
  }
  return undefined;
}
