import { defineRule } from '../src/engine/define-rule.js';
import { readmeTests } from '../src/facts/readme-content.js';

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
    const { readme, block, inline, section } = await readmeTests(facts);
    if (!readme) return { outcome: 'fail', summary: 'There is no README to explain how to test.', findings: [{ message: 'No README, so no test instructions.' }] };
    if (block) return { outcome: 'pass', summary: `\`${block.command}\` at ${block.file}:${block.line}.` };
    // Inline code in a sentence ("run `pytest` from the root") still names the command.
    if (inline) return { outcome: 'pass', summary: `A test command in the text at ${inline.file}:${inline.line}.` };
    if (section) {
      return { outcome: 'partial', score: 0.4, summary: `"${section.section.title}" has no test command.`, findings: [{ file: section.doc.path, line: section.section.line, message: 'The testing section shows no command that runs the tests.', fix: 'Add the command, e.g. ```bash\nnpm test\n```.', advice: 'command' }] };
    }
    return { outcome: 'fail', summary: 'The README never says how to run the tests.', findings: [{ file: readme, message: 'No test command (npm test, pytest, go test ./..., mvn test, …) in the README or the docs it links.' }] };
  },
});
