import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { TEST_COMMAND } from '../src/facts/commands.js';
import { blockLines, findSections, isShellBlock, shellLines } from '../src/facts/readme-sections.js';
import { isTestCommand, testCommandContext } from '../src/facts/test-runners.js';

export default defineRule({
  meta: {
    id: 'readme-testing',
    category: 'documentation',
    title: 'README shows how to run the tests',
    rationale: 'Tests a reviewer cannot run are tests they cannot trust; one documented command (npm test, pytest, go test ./...) invites them to try.',
    fix: 'Add a "## Running tests" section with the test command in a ```bash block.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const [docs, context] = await Promise.all([linkedDocumentation(facts), testCommandContext(facts)]);
    // A test runner by name, or a script that leads to one (`yarn start test` through nps, `make check`).
    const runsTests = (command: string) => TEST_COMMAND.test(command) || isTestCommand(command, context);
    const readme = docs[0];
    if (!readme) return { outcome: 'fail', summary: 'There is no README to explain how to test.', findings: [{ message: 'No README, so no test instructions.' }] };

    for (const doc of docs) {
      for (const block of doc.code.filter((b) => isShellBlock(b.lang))) {
        for (const { line, text } of blockLines(block)) {
          const command = shellLines(text).find(runsTests);
          if (command) return { outcome: 'pass', summary: `\`${command}\` at ${doc.path}:${line}.` };
        }
      }
    }
    const section = findSections(docs, 'testing')[0];
    for (const doc of docs) {
      // Inline code in a sentence ("run `pytest` from the root") still names the command.
      const lines = ((await facts.read(doc.path, 512 * 1024))?.text ?? '').split(/\r?\n/);
      const at = lines.findIndex((l) => [...l.matchAll(/`([^`]+)`/g)].some((m) => runsTests(m[1]!.trim())));
      if (at !== -1) return { outcome: 'pass', summary: `A test command in the text at ${doc.path}:${at + 1}.` };
    }
    if (section) {
      return { outcome: 'partial', score: 0.4, summary: `"${section.section.title}" has no test command.`, findings: [{ file: section.doc.path, line: section.section.line, message: 'The testing section shows no command that runs the tests.', fix: 'Add the command, e.g. ```bash\nnpm test\n```.', advice: 'command' }] };
    }
    return { outcome: 'fail', summary: 'The README never says how to run the tests.', findings: [{ file: readme.path, message: 'No test command (npm test, pytest, go test ./..., mvn test, …) in the README or the docs it links.' }] };
  },
});
