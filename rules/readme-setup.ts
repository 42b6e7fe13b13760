import { defineRule } from '../src/engine/define-rule.js';
import { INSTALL_COMMAND, RUN_COMMAND } from '../src/facts/commands.js';
import type { CodeBlock } from '../src/facts/markdown.js';
import { blockLines, findSections, isShellBlock, shellLines } from '../src/facts/readme-sections.js';
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
    const docs = await facts.documentation();
    const readme = docs[0];
    if (!readme) return { outcome: 'fail', summary: 'There is no README to hold setup steps.', findings: [{ message: 'No README, so no setup instructions.' }] };

    const sections = findSections(docs, 'setup');
    const scoped = sections.flatMap((m) => m.section.code.map((code) => ({ code, file: m.doc.path })));
    const everywhere = docs.flatMap((d) => d.code.map((code) => ({ code, file: d.path })));
    // Commands in a setup section first; a shell block anywhere in the docs still counts.
    const shell = (list: typeof scoped) => list.filter((b) => isShellBlock(b.code.lang));
    // The line of the command itself, not of the block's opening fence.
    const find = (re: RegExp): { file: string; line: number } | undefined => {
      for (const list of [shell(scoped), shell(everywhere)]) {
        for (const b of list) {
          const hit = blockLines(b.code).find((l) => shellLines(l.text).some((c) => re.test(c)));
          if (hit) return { file: b.file, line: hit.line };
        }
      }
      return undefined;
    };
    const install = find(INSTALL_COMMAND);
    const run = find(RUN_COMMAND);

    const findings: Finding[] = [];
    const section = sections[0];
    const at = section ? { file: section.doc.path, line: section.section.line } : { file: readme.path };
    if (!section) findings.push({ ...at, message: 'No setup section (Installation, Getting started, Running locally, …).', fix: 'Add a "## Getting started" section with the commands to install and run the project.' });
    if (!install) findings.push({ ...at, message: 'No install command in a code block.', fix: 'Add the dependency install command in a ```bash block.', advice: 'install' });
    if (!run) findings.push({ ...at, message: 'No command that starts the app in a code block.', fix: 'Add the command that starts the server in a ```bash block.', advice: 'run' });

    const score = (install ? 0.4 : 0) + (run ? 0.4 : 0) + (section ? 0.2 : 0);
    if (score >= 0.999) return { outcome: 'pass', summary: `Install command at ${describe(install!)}, run command at ${describe(run!)}.` };
    if (score === 0) return { outcome: 'fail', summary: 'The README has no setup section and no install or run commands.', findings };
    return { outcome: 'partial', score, summary: `Setup instructions are incomplete: ${findings.length} gap(s).`, findings };
  },
});

function describe(at: { file: string; line: number }): string {
  return `${at.file}:${at.line}`;
}
