import { defineRule } from '../src/engine/define-rule.js';
import { setupSteps } from '../src/facts/setup-steps.js';
import type { Finding } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'readme-setup',
    category: 'documentation',
    title: 'README shows how to install and run',
    rationale: 'A reviewer gives a project a few minutes; copy-pasteable install and run commands decide whether they ever see it working.',
    fix: 'Add a "Getting started" section with fenced ```bash blocks: clone, install dependencies, configure (.env), and start the app.',
    level: 'error',
    kind: 'evidence',
    weight: 7,
    stage: 6,
  },
  async check({ facts }) {
    const { readme, section, install, run, templateCommands } = await setupSteps(facts);
    if (!readme) return { outcome: 'fail', summary: 'There is no README to hold setup steps.', findings: [{ message: 'No README, so no setup instructions.' }] };

    const findings: Finding[] = [];
    const at = section ? { file: section.doc.path, line: section.section.line } : { file: readme };
    if (!section) findings.push({ ...at, message: 'No setup section (Installation, Getting started, Running locally, …).', fix: 'Add a "## Getting started" section with the commands to install and run the project.' });
    if (!install) findings.push({ ...at, message: 'No install command in a code block.', fix: 'Add the dependency install command in a ```bash block.', advice: 'install' });
    if (!run) findings.push({ ...at, message: 'No command that starts the app in a code block.', fix: 'Add the command that starts the server in a ```bash block.', advice: 'run' });

    let score = (install ? 0.4 : 0) + (run ? 0.4 : 0) + (section ? 0.2 : 0);
    // The generator's README (`npm install`, `npm run start` of the Nest starter) says nothing about
    // this project's configuration or database: the commands are the template's, not the author's.
    if (templateCommands && score > 0.4) {
      findings.push({ file: readme, line: 1, message: "The setup commands are the framework generator's template, not this project's.", fix: 'Write the steps this project needs: environment variables, the database, migrations, then start.' });
      score = 0.4;
    }
    if (score >= 0.999) return { outcome: 'pass', summary: `Install command at ${describe(install!)}, run command at ${describe(run!)}.` };
    if (score === 0) return { outcome: 'fail', summary: 'The README has no setup section and no install or run commands.', findings };
    return { outcome: 'partial', score, summary: `Setup instructions are incomplete: ${findings.length} gap(s).`, findings };
  },
});

function describe(at: { file: string; line: number }): string {
  return `${at.file}:${at.line}`;
}
