import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  meta: {
    id: 'ci-present',
    category: 'delivery',
    title: 'Continuous integration is set up',
    rationale: 'CI shows every change is checked automatically — the workflow teams expect from day one.',
    fix: 'Add a workflow in .github/workflows/ci.yml that installs dependencies and runs the tests on push and pull_request.',
    level: 'error',
    kind: 'evidence',
    weight: 2,
    stage: 6,
  },
  async check({ facts }) {
    const configs = await facts.ci();
    if (configs.length === 0) {
      return { outcome: 'fail', summary: 'No CI configuration (.github/workflows, .gitlab-ci.yml, …).', findings: [{ message: 'No CI configuration file found.' }] };
    }
    const broken = configs.filter((c) => c.error);
    const working = configs.filter((c) => !c.error);
    const findings = broken.map((c) => ({
      message: `${c.system} file cannot be parsed: ${c.error!.message}`,
      file: c.path,
      ...(c.error!.line ? { line: c.error!.line } : {}),
      fix: 'Fix the syntax error; CI ignores a file it cannot parse.',
    }));
    if (working.length === 0) {
      return { outcome: 'partial', score: 0.3, summary: 'Every CI file is broken.', findings };
    }
    const systems = [...new Set(working.map((c) => c.system))].join(', ');
    const summary = working.length <= 3 ? `${systems}: ${working.map((c) => c.path).join(', ')}.` : `${systems}: ${working.length} pipeline files.`;
    return findings.length ? { outcome: 'partial', score: 0.7, summary, findings } : { outcome: 'pass', summary };
  },
});
