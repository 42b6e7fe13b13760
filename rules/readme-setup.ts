import { defineRule } from '../src/engine/define-rule.js';
import { INSTALL_COMMAND, RUN_COMMAND } from '../src/facts/commands.js';
import { makefiles } from '../src/facts/makefile.js';
import { shellCommands } from '../src/facts/shell-split.js';
import type { CodeBlock } from '../src/facts/markdown.js';
import { blockLines, findSections, isShellBlock, shellLines } from '../src/facts/readme-sections.js';
import { readmeTemplate } from '../src/facts/readme-content.js';
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
    // Commands in the prose: `npm i` spans in a setup section, and lines that are only a command
    // ("1. $ bundle install", "mvn clean compile spring-boot:run") anywhere in the docs.
    const inline = [
      ...sections.flatMap((m) => (m.section.inline ?? []).map((c) => ({ ...c, file: m.doc.path }))),
      ...docs.flatMap((d) => d.sections.flatMap((s) => (s.inline ?? []).filter((c) => c.kind === 'line').map((c) => ({ ...c, file: d.path })))),
    ];
    // `make local-setup` or `npm run setup` does what its recipe or script says (two levels deep).
    const [makes, manifests] = await Promise.all([makefiles(facts), facts.manifests()]);
    const targets = new Map<string, string>();
    for (const m of makes.filter((m) => m.dir === '')) for (const [t, recipe] of m.targets) targets.set(t, recipe);
    const scripts = new Map<string, string>();
    for (const m of manifests.filter((m) => m.dir === '')) for (const [name, script] of Object.entries(m.scripts)) if (script?.command) scripts.set(name, script.command);
    const does = (command: string, re: RegExp, depth = 0): boolean => {
      // Judged per command: in `npm ci && npx prisma migrate deploy && node main.js` the last one starts the app.
      // Running or building a migration or seed tool (`go run ./cmd/db-migration.go`) is not setting up the app.
      if (shellCommands(command).some((c) => re.test(c) && !ONE_OFF_TOOL.test(c))) return true;
      if (depth >= 2) return false;
      for (const m of command.matchAll(/\bmake\s+((?:[\w.-]+\s*)+)/g)) {
        for (const t of m[1]!.trim().split(/\s+/)) {
          const recipe = targets.get(t);
          if (recipe && recipe.split(/\r?\n/).some((l) => l.trim() && does(l.trim().replace(/^[@-]+/, ''), re, depth + 1))) return true;
        }
      }
      for (const m of command.matchAll(/\b(?:npm|pnpm|yarn|bun|composer)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g)) {
        const script = scripts.get(m[1]!);
        if (script && does(script, re, depth + 1)) return true;
      }
      return false;
    };
    const find = (re: RegExp): { file: string; line: number } | undefined => {
      const inBlocks = (list: typeof scoped) => {
        for (const b of list) {
          const hit = blockLines(b.code).find((l) => shellLines(l.text).some((c) => does(c, re)));
          if (hit) return { file: b.file, line: hit.line };
        }
        return undefined;
      };
      const spoken = inline.find((c) => shellLines(c.value).some((l) => does(l, re)));
      return inBlocks(shell(scoped)) ?? (spoken && { file: spoken.file, line: spoken.line }) ?? inBlocks(shell(everywhere));
    };
    const install = find(PROJECT_INSTALL);
    const run = find(RUN_COMMAND);

    const findings: Finding[] = [];
    const section = sections[0];
    const at = section ? { file: section.doc.path, line: section.section.line } : { file: readme.path };
    if (!section) findings.push({ ...at, message: 'No setup section (Installation, Getting started, Running locally, …).', fix: 'Add a "## Getting started" section with the commands to install and run the project.' });
    if (!install) findings.push({ ...at, message: 'No install command in a code block.', fix: 'Add the dependency install command in a ```bash block.', advice: 'install' });
    if (!run) findings.push({ ...at, message: 'No command that starts the app in a code block.', fix: 'Add the command that starts the server in a ```bash block.', advice: 'run' });

    let score = (install ? 0.4 : 0) + (run ? 0.4 : 0) + (section ? 0.2 : 0);
    // The generator's README (`npm install`, `npm run start` of the Nest starter) says nothing about
    // this project's configuration or database: the commands are the template's, not the author's.
    const template = (await readmeTemplate(facts)).prose;
    // A command of the author's own beside the template's (a compose file, a migration) is real setup.
    const ownCommand = readme.code.some((b) => isShellBlock(b.lang) && shellLines(b.value).some((l) => shellCommands(l).some((c) => !PACKAGE_MANAGER_ONLY.test(c) && (INSTALL_COMMAND.test(c) || RUN_COMMAND.test(c)))));
    if (template && !ownCommand && score > 0.4) {
      findings.push({ file: readme.path, line: 1, message: "The setup commands are the framework generator's template, not this project's.", fix: 'Write the steps this project needs: environment variables, the database, migrations, then start.' });
      score = 0.4;
    }
    if (score >= 0.999) return { outcome: 'pass', summary: `Install command at ${describe(install!)}, run command at ${describe(run!)}.` };
    if (score === 0) return { outcome: 'fail', summary: 'The README has no setup section and no install or run commands.', findings };
    return { outcome: 'partial', score, summary: `Setup instructions are incomplete: ${findings.length} gap(s).`, findings };
  },
});

/** Installing the project's dependencies, not a tool binary (`go install github.com/go-bindata/…`). */
const PROJECT_INSTALL = new RegExp(`^(?!.*\\bgo\\s+install\\s+\\S+\\.\\w+\\/)(?:.*?)(?:${INSTALL_COMMAND.source})`, 'im');

/** A one-off migration or seed runner, which neither installs nor starts the app. */
const ONE_OFF_TOOL = /\b(?:migrat\w*|seed\w*)\b/i;
/** A package manager's own commands, which a generator's template README lists for every project. */
const PACKAGE_MANAGER_ONLY = /^\s*(?:npm|yarn|pnpm|bun|npx)\b/;

function describe(at: { file: string; line: number }): string {
  return `${at.file}:${at.line}`;
}
