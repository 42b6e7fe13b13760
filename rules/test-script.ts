import { defineRule } from '../src/engine/define-rule.js';
import type { Ecosystem } from '../src/facts/manifests/types.js';
import { makefiles } from '../src/facts/makefile.js';
import { documentedTestCommand, ecosystemTestCommand, type EcosystemTestCommand } from '../src/facts/test-runners.js';
import { testFacts } from '../src/facts/tests.js';
import type { Finding } from '../src/types.js';

/** What is missing when an ecosystem's tests have no command, and how to add one. */
const MISSING: Partial<Record<Ecosystem, Finding>> = {
  python: { message: 'The Python tests have no runner configured (no pytest dependency or config, tox.ini, or manage.py).', fix: 'Add pytest to your dev dependencies and a [tool.pytest.ini_options] section to pyproject.toml.' },
  php: { message: 'No phpunit.xml, Pest config or composer "test" script runs the PHP tests.', fix: 'Commit phpunit.xml and add "test": "phpunit" to composer.json scripts.' },
  ruby: { message: 'No .rspec, Rakefile or test helper says how to run the Ruby tests.', fix: 'Add a Rakefile with a test task, or .rspec and spec/spec_helper.rb.' },
};

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
    const [tests, makes] = await Promise.all([testFacts(facts), makefiles(facts)]);
    const tested = [...new Set(tests.files.filter((f) => f.cases > 0 && !f.scaffold).map((f) => f.ecosystem))];
    if (tested.length === 0) return { outcome: 'not-applicable', summary: 'No test cases to run (see tests-present).' };

    const makeTest = makes.find((m) => m.targets.has('test') || m.targets.has('tests'));
    if (makeTest) return { outcome: 'pass', summary: `\`make test\` (${makeTest.path}).` };

    const found: string[] = [];
    const findings: Finding[] = [];
    for (const eco of tested) {
      const how = await ecosystemTestCommand(facts, eco);
      if (how.command) found.push(how.source ? `${how.command} (${how.source})` : how.command);
      else if (eco === 'javascript') findings.push(npmFinding(how));
      else if (MISSING[eco]) findings.push({ ...MISSING[eco] });
    }

    if (findings.length === 0) return { outcome: 'pass', summary: found.join('; ') };
    // A test command the README documents still gives the reviewer one command to run.
    const documented = await documentedTestCommand(facts);
    if (documented) return { outcome: 'pass', summary: `\`${documented.command}\`, documented at ${documented.path}:${documented.line}.` };
    const score = found.length / tested.length;
    const summary = found.length ? `Tests of ${tested.length} ecosystem(s), but only ${found.length} has a test command.` : 'The tests have no command that runs them.';
    return score > 0 ? { outcome: 'partial', score, summary, findings } : { outcome: 'fail', summary, findings };
  },
});

function npmFinding(how: EcosystemTestCommand): Finding {
  if (how.placeholder) {
    return { file: how.placeholder.path, ...(how.placeholder.line ? { line: how.placeholder.line } : {}), message: 'The "test" script is the npm init placeholder, so `npm test` fails without running anything.', fix: 'Set "test" to your runner: "jest", "vitest run", "mocha" or "node --test".' };
  }
  return { ...(how.manifest ? { file: how.manifest } : {}), message: 'package.json has no "test" script, so `npm test` does not run your tests.', fix: 'Add "test": "vitest run" (or jest, mocha, node --test) to "scripts".' };
}
