import { defineRule } from '../src/engine/define-rule.js';
import { NPM_PLACEHOLDER_TEST } from '../src/facts/commands.js';
import { testFacts } from '../src/facts/tests.js';
import type { Finding } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'tests-present',
    category: 'testing',
    title: 'Automated tests exist',
    rationale: 'Tests are the clearest evidence you can change code safely; generator placeholders (an empty contextLoads, ExampleTest) prove nothing.',
    fix: 'Write tests for your services and endpoints with the ecosystem\'s runner (Jest/Vitest, pytest, JUnit, go test, PHPUnit, xUnit, RSpec).',
    level: 'error',
    kind: 'evidence',
    weight: 10,
    stage: 1,
    options: {
      minCases: { type: 'number', default: 5, description: 'Test cases (excluding placeholders) needed for a full score.' },
    },
  },
  async check({ facts, options }) {
    const [{ ecosystems }, tests, manifests] = await Promise.all([facts.ecosystems(), testFacts(facts), facts.manifests()]);
    if (ecosystems.length === 0) return { outcome: 'not-applicable', summary: 'No source code of a supported language.' };

    const findings: Finding[] = [];
    for (const m of manifests) {
      const script = m.scripts.test;
      if (script && NPM_PLACEHOLDER_TEST.test(script.command)) {
        findings.push({ message: 'The "test" script is the npm init placeholder that always fails.', file: m.path, ...(script.line ? { line: script.line } : {}), fix: 'Point "test" at your runner, e.g. "vitest run" or "jest".' });
      }
    }
    const scaffold = tests.files.filter((f) => f.scaffold);
    for (const f of scaffold) {
      findings.push({ message: `${f.path} is a generator placeholder test; it does not count.`, file: f.path, ...(f.line ? { line: f.line } : {}), fix: 'Replace it with tests of your own code.' });
    }
    const minCases = Math.max(1, Number(options.minCases));
    const real = tests.realCases;
    const realFiles = tests.files.filter((f) => !f.scaffold && f.cases > 0).length;
    if (real === 0) {
      const summary = scaffold.length > 0 ? 'Only generator placeholder tests.' : tests.files.length > 0 ? `${tests.files.length} test file(s) but no test cases in them.` : 'No test files.';
      if (findings.length === 0) findings.push({ message: `No test cases found for ${ecosystems.join(', ')}.` });
      return { outcome: scaffold.length > 0 ? 'partial' : 'fail', ...(scaffold.length > 0 ? { score: 0.1 } : {}), summary, findings };
    }
    const summary = `${real} test case(s) in ${realFiles} file(s)${tests.scaffoldCases ? ` (+${tests.scaffoldCases} placeholder)` : ''}.`;
    if (real >= minCases) return findings.length ? { outcome: 'partial', score: 0.9, summary, findings } : { outcome: 'pass', summary };
    findings.push({ message: `Only ${real} test case(s); at least ${minCases} expected.`, fix: 'Cover the main behaviours: each endpoint\'s success and failure paths.' });
    return { outcome: 'partial', score: 0.4 + 0.5 * (real / minCases), summary, findings };
  },
});
