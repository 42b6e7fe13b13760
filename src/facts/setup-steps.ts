/**
 * The setup steps the README gives: a command that installs the project's dependencies and one that
 * starts the app, found in a setup section's blocks, in commands written in the prose, or in any
 * shell block, and followed through make targets and package scripts (two levels deep).
 */
import { INSTALL_COMMAND, RUN_COMMAND } from './commands.js';
import type { Facts } from './facts.js';
import { makefiles } from './makefile.js';
import type { CodeBlock } from './markdown.js';
import { readmeTemplate, type DocPlace } from './readme-content.js';
import { blockLines, findSections, isShellBlock, shellLines, type SectionMatch } from './readme-sections.js';
import { shellCommands } from './shell-split.js';

/** Installing the project's dependencies, not a tool binary (`go install github.com/go-bindata/…`). */
const PROJECT_INSTALL = new RegExp(`^(?!.*\\bgo\\s+install\\s+\\S+\\.\\w+\\/)(?:.*?)(?:${INSTALL_COMMAND.source})`, 'im');
/** A one-off migration or seed runner, which neither installs nor starts the app. */
const ONE_OFF_TOOL = /\b(?:migrat\w*|seed\w*)\b/i;
/** A package manager's own commands, which a generator's template README lists for every project. */
const PACKAGE_MANAGER_ONLY = /^\s*(?:npm|yarn|pnpm|bun|npx)\b/;
const MAKE_TARGETS = /\bmake\s+((?:[\w.-]+\s*)+)/g;
const PACKAGE_SCRIPT = /\b(?:npm|pnpm|yarn|bun|composer)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g;
/** Make's silent and ignore-errors prefixes on a recipe line. */
const RECIPE_PREFIX = /^[@-]+/;
const MAX_DEPTH = 2;

export interface SetupSteps {
  readme?: string;
  /** The first setup section (Installation, Getting started, …). */
  section?: SectionMatch;
  /** Where the project's dependencies are installed (the command's own line). */
  install?: DocPlace;
  /** Where the app is started. */
  run?: DocPlace;
  /**
   * The README is a framework generator's template and its only install/run commands are the
   * package manager's (`npm install`, `npm run start`): none of the author's own.
   */
  templateCommands: boolean;
}

/** How the README says to install and start the project. */
export function setupSteps(facts: Facts): Promise<SetupSteps> {
  return facts.derive('setup-steps', async () => {
    const docs = await facts.documentation();
    const readme = docs[0];
    if (!readme) return { templateCommands: false };
    const sections = findSections(docs, 'setup');
    const scoped = sections.flatMap((m) => m.section.code.map((code) => ({ code, file: m.doc.path })));
    const everywhere = docs.flatMap((d) => d.code.map((code) => ({ code, file: d.path })));
    // Commands in the prose: `npm i` spans in a setup section, and lines that are only a command
    // ("1. $ bundle install", "mvn clean compile spring-boot:run") anywhere in the docs.
    const inline = [
      ...sections.flatMap((m) => (m.section.inline ?? []).map((c) => ({ ...c, file: m.doc.path }))),
      ...docs.flatMap((d) => d.sections.flatMap((s) => (s.inline ?? []).filter((c) => c.kind === 'line').map((c) => ({ ...c, file: d.path })))),
    ];
    const does = await commandFollower(facts);
    const inBlocks = (list: { code: CodeBlock; file: string }[], re: RegExp): DocPlace | undefined => {
      for (const b of list.filter((b) => isShellBlock(b.code.lang))) {
        // The line of the command itself, not of the block's opening fence.
        const hit = blockLines(b.code).find((l) => shellLines(l.text).some((c) => does(c, re)));
        if (hit) return { file: b.file, line: hit.line };
      }
      return undefined;
    };
    // Commands in a setup section first, then in the prose; a shell block anywhere in the docs still counts.
    const find = (re: RegExp): DocPlace | undefined => {
      const spoken = inline.find((c) => shellLines(c.value).some((l) => does(l, re)));
      return inBlocks(scoped, re) ?? (spoken && { file: spoken.file, line: spoken.line }) ?? inBlocks(everywhere, re);
    };
    const install = find(PROJECT_INSTALL);
    const run = find(RUN_COMMAND);
    // A command of the author's own beside the template's (a compose file, a migration) is real setup.
    const ownCommand = readme.code.some((b) => isShellBlock(b.lang) && shellLines(b.value).some((l) => shellCommands(l).some((c) => !PACKAGE_MANAGER_ONLY.test(c) && (INSTALL_COMMAND.test(c) || RUN_COMMAND.test(c)))));
    return {
      readme: readme.path,
      ...(sections[0] ? { section: sections[0] } : {}),
      ...(install ? { install } : {}),
      ...(run ? { run } : {}),
      templateCommands: (await readmeTemplate(facts)).prose && !ownCommand,
    };
  });
}

/**
 * Whether a command line does what `re` matches, judged per command (in `npm ci && npx prisma
 * migrate deploy && node main.js` the last one starts the app), following `make local-setup` and
 * `npm run setup` of the root Makefile and manifests into their recipe or script.
 */
async function commandFollower(facts: Facts): Promise<(command: string, re: RegExp) => boolean> {
  const [makes, manifests] = await Promise.all([makefiles(facts), facts.manifests()]);
  const targets = new Map<string, string>();
  for (const m of makes.filter((m) => m.dir === '')) for (const [t, recipe] of m.targets) targets.set(t, recipe);
  const scripts = new Map<string, string>();
  for (const m of manifests.filter((m) => m.dir === '')) for (const [name, script] of Object.entries(m.scripts)) if (script?.command) scripts.set(name, script.command);
  const does = (command: string, re: RegExp, depth = 0): boolean => {
    // Running or building a migration or seed tool (`go run ./cmd/db-migration.go`) is not setting up the app.
    if (shellCommands(command).some((c) => re.test(c) && !ONE_OFF_TOOL.test(c))) return true;
    if (depth >= MAX_DEPTH) return false;
    for (const m of command.matchAll(MAKE_TARGETS)) {
      for (const t of m[1]!.trim().split(/\s+/)) {
        const recipe = targets.get(t);
        if (recipe && recipe.split(/\r?\n/).some((l) => l.trim() && does(l.trim().replace(RECIPE_PREFIX, ''), re, depth + 1))) return true;
      }
    }
    for (const m of command.matchAll(PACKAGE_SCRIPT)) {
      const script = scripts.get(m[1]!);
      if (script && does(script, re, depth + 1)) return true;
    }
    return false;
  };
  return (command, re) => does(command, re);
}
