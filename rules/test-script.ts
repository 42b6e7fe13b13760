import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { NPM_PLACEHOLDER_TEST, TEST_COMMAND } from '../src/facts/commands.js';
import { makefiles } from '../src/facts/makefile.js';
import type { Ecosystem } from '../src/facts/manifests/types.js';
import { isShellBlock, shellLines } from '../src/facts/readme-sections.js';
import { testFacts } from '../src/facts/tests.js';
import type { Finding } from '../src/types.js';
import { filesWithLine } from '../src/facts/content-pass.js';
import { FLASK_TEST_FUNCTION } from '../src/facts/line-detectors.js';

/** Ecosystems whose build tool runs the tests by convention: `go test ./...`, `mvn test`, `dotnet test`. */
const BUILTIN: Partial<Record<Ecosystem, string>> = { go: 'go test ./...', java: 'mvn test / gradle test', csharp: 'dotnet test' };
const PYTHON_CONFIG = /^(pytest\.ini|tox\.ini|noxfile\.py|conftest\.py|manage\.py|\.coveragerc)$/;
const RUBY_CONFIG = /^(\.rspec|rakefile|spec_helper\.rb|rails_helper\.rb|test_helper\.rb)$/;

/** A Flask CLI command named test: the decorator, any option decorators, then `def test(`. */
const FLASK_TEST_COMMAND = /@\w+\.cli\.command\((?:\s*['"]test['"])?[^)]*\)\s*\n(?:[ \t]*@[^\n]*\n(?:[ \t]+[^@\s][^\n]*\n)*)*[ \t]*def test\(/;

export default defineRule({
  meta: {
    id: 'test-script',
    category: 'testing',
    title: 'One command runs the tests',
    rationale: 'A reviewer (and CI) should run every test with one obvious command; a placeholder "test" script or a runner nobody configured means the tests are not part of the workflow.',
    fix: 'Define the test command where your ecosystem expects it: "test" in package.json scripts, pytest config in pyproject.toml, a composer "test" script, or a `make test` target.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 1,
  },
  async check({ facts }) {
    const [tests, manifests, files, makes, docs] = await Promise.all([testFacts(facts), facts.manifests(), facts.files(), makefiles(facts), linkedDocumentation(facts)]);
    const tested = [...new Set(tests.files.filter((f) => f.cases > 0 && !f.scaffold).map((f) => f.ecosystem))];
    if (tested.length === 0) return { outcome: 'not-applicable', summary: 'No test cases to run (see tests-present).' };

    const makeTest = makes.find((m) => m.targets.has('test') || m.targets.has('tests'));
    if (makeTest) return { outcome: 'pass', summary: `\`make test\` (${makeTest.path}).` };

    const found: string[] = [];
    const findings: Finding[] = [];
    for (const eco of tested) {
      const how = await commandFor(eco);
      if (how) found.push(how);
    }
    async function commandFor(eco: Ecosystem): Promise<string | undefined> {
      if (BUILTIN[eco]) return BUILTIN[eco];
      const own = manifests.filter((m) => m.ecosystem === eco);
      if (eco === 'javascript') {
        for (const m of own) {
          const entry = Object.entries(m.scripts).find(([name, s]) => /^test(:|$)/.test(name) && !NPM_PLACEHOLDER_TEST.test(s.command));
          if (entry) return `npm run ${entry[0]} (${m.path})`;
        }
        const placeholder = own.find((m) => m.scripts.test && NPM_PLACEHOLDER_TEST.test(m.scripts.test.command));
        findings.push(placeholder
          ? { file: placeholder.path, ...(placeholder.scripts.test!.line ? { line: placeholder.scripts.test!.line } : {}), message: 'The "test" script is the npm init placeholder, so `npm test` fails without running anything.', fix: 'Set "test" to your runner: "jest", "vitest run", "mocha" or "node --test".' }
          : { ...(own[0] ? { file: own[0].path } : {}), message: 'package.json has no "test" script, so `npm test` does not run your tests.', fix: 'Add "test": "vitest run" (or jest, mocha, node --test) to "scripts".' });
        return undefined;
      }
      if (eco === 'python') {
        const config = files.all.find((f) => PYTHON_CONFIG.test(f.base));
        if (config) return config.base === 'manage.py' ? 'python manage.py test' : `pytest (${config.path})`;
        for (const m of own) {
          if (m.dependencies.some((d) => d.name === 'pytest' || d.name.startsWith('pytest-'))) return `pytest (declared in ${m.path})`;
          const text = (await facts.read(m.path))?.text ?? '';
          if (/\[tool\.pytest|\[tool:pytest\]/.test(text)) return `pytest (configured in ${m.path})`;
        }
        const cfg = files.get('setup.cfg') && (await facts.read('setup.cfg'))?.text;
        if (cfg && /\[tool:pytest\]/.test(cfg)) return 'pytest (setup.cfg)';
        // Flask's CLI: `@app.cli.command()` over `def test(...)` makes `flask test` (flasky).
        for (const path of await filesWithLine(facts, FLASK_TEST_FUNCTION)) {
          const text = await facts.read(path);
          if (text && FLASK_TEST_COMMAND.test(text.text)) return `flask test (${path})`;
        }
        findings.push({ message: 'The Python tests have no runner configured (no pytest dependency or config, tox.ini, or manage.py).', fix: 'Add pytest to your dev dependencies and a [tool.pytest.ini_options] section to pyproject.toml.' });
        return undefined;
      }
      if (eco === 'php') {
        const phpunit = files.all.find((f) => /^phpunit(\.dist)?\.xml(\.dist)?$|^pest\.php$/.test(f.base));
        if (phpunit) return `phpunit (${phpunit.path})`;
        const script = own.find((m) => m.scripts.test);
        if (script) return `composer test (${script.path})`;
        const dep = own.find((m) => m.dependencies.some((d) => d.name === 'phpunit/phpunit' || d.name === 'pestphp/pest'));
        if (dep) return `vendor/bin/phpunit (declared in ${dep.path})`;
        findings.push({ message: 'No phpunit.xml, Pest config or composer "test" script runs the PHP tests.', fix: 'Commit phpunit.xml and add "test": "phpunit" to composer.json scripts.' });
        return undefined;
      }
      if (eco === 'ruby') {
        const config = files.all.find((f) => RUBY_CONFIG.test(f.base)) ?? files.get('bin/rails');
        if (config) return /rspec|spec_helper|rails_helper/.test(config.base) ? `bundle exec rspec (${config.path})` : `rake test / bin/rails test (${config.path})`;
        findings.push({ message: 'No .rspec, Rakefile or test helper says how to run the Ruby tests.', fix: 'Add a Rakefile with a test task, or .rspec and spec/spec_helper.rb.' });
        return undefined;
      }
      return undefined;
    }

    if (findings.length === 0) return { outcome: 'pass', summary: found.join('; ') };
    // A test command the README documents still gives the reviewer one command to run.
    for (const doc of docs) {
      for (const block of doc.code.filter((b) => isShellBlock(b.lang))) {
        const line = shellLines(block.value).find((l) => TEST_COMMAND.test(l) && !/\b(npm|pnpm|yarn)\s+(run\s+)?test\b/.test(l));
        if (line) return { outcome: 'pass', summary: `\`${line}\`, documented at ${doc.path}:${block.line}.` };
      }
    }
    const score = found.length / tested.length;
    const summary = found.length ? `Tests of ${tested.length} ecosystem(s), but only ${found.length} has a test command.` : 'The tests have no command that runs them.';
    return score > 0 ? { outcome: 'partial', score, summary, findings } : { outcome: 'fail', summary, findings };
  },
});
