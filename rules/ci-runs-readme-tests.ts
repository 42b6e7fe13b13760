import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { isShellBlock, shellLines } from '../src/facts/readme-sections.js';
import { isTestCommand, testCommandContext, testRunnerFamilies } from '../src/facts/test-runners.js';

export default defineRule({
  meta: {
    id: 'ci-runs-readme-tests',
    category: 'delivery',
    title: 'CI runs the tests the README documents',
    rationale: 'When the README says `npm test` but CI runs something else, one of them is stale: a reviewer who follows the README may run a suite CI never checks.',
    fix: 'Make CI run the same test command the README gives (or update the README to the command CI runs).',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const [docs, configs, context] = await Promise.all([linkedDocumentation(facts), facts.ci(), testCommandContext(facts)]);
    const documented: { command: string; file: string; line: number }[] = [];
    for (const doc of docs) {
      for (const block of doc.code.filter((b) => isShellBlock(b.lang))) {
        for (const command of shellLines(block.value).filter((l) => isTestCommand(l, context))) documented.push({ command, file: doc.path, line: block.line });
      }
    }
    const ci = configs
      .filter((c) => !c.error)
      .flatMap((c) => c.commands.filter((cmd) => !cmd.disabled && isTestCommand(cmd.command, context)));
    if (documented.length === 0) return { outcome: 'not-applicable', summary: 'The README documents no test command (readme-testing reports it).' };
    if (ci.length === 0) return { outcome: 'not-applicable', summary: 'CI runs no tests (ci-runs-tests reports it).' };

    const ciFamilies = new Set(ci.flatMap((cmd) => [...testRunnerFamilies(cmd.command, context)]));
    const matched = documented.find((d) => [...testRunnerFamilies(d.command, context)].some((f) => ciFamilies.has(f)));
    if (matched) {
      return { outcome: 'pass', summary: `CI runs \`${matched.command}\`'s runner, as documented at ${matched.file}:${matched.line}.` };
    }
    const doc = documented[0]!;
    const run = ci[0]!;
    const runLine = run.command.trim().split('\n')[0]!;
    return {
      outcome: 'partial',
      score: 0.5,
      summary: `The README runs the tests with \`${doc.command}\`; CI runs \`${runLine}\`.`,
      findings: [
        { message: `The README's test command \`${doc.command}\` is not what CI runs.`, file: doc.file, line: doc.line },
        { message: `CI runs the tests with \`${runLine}\`, a command the README never mentions.`, file: run.file, line: run.line },
      ],
    };
  },
});
