import { findSections, type SectionKind } from '../../facts/readme-sections.js';
import { devCommand, type Stack } from '../../facts/stack.js';
import type { FixContext, Generator, PlannedFile } from '../types.js';
import { needsFix } from '../types.js';
import { projectReads } from './env-example.js';

/**
 * README sections filled from evidence (setup, tests, environment variables), and headed placeholders
 * for what only the author can write (architecture, design decisions). The placeholders are one short
 * guiding sentence: they earn no points until the author writes the section.
 */
export const readme: Generator = {
  id: 'readme',
  rules: ['readme-present', 'readme-setup', 'readme-testing', 'readme-architecture', 'readme-tradeoffs'],
  async generate(context) {
    const docs = await context.facts.documentation();
    const existing = docs[0];
    if (existing && existing.path !== 'README.md') return { skipped: `the README is ${existing.path}; fix appends only to a root README.md` };
    const has = (kind: SectionKind) => findSections(existing ? [existing] : [], kind).length > 0;
    const wants = (rule: string) => context.selected(rule) && (needsFix(context.result.rules.find((r) => r.id === rule)) || !existing);
    const sections: string[] = [];
    // The placeholders (architecture, design decisions) resolve nothing until the author writes them.
    const resolves: string[] = existing ? [] : ['readme-present'];
    const stack = context.stack;
    if (stack && wants('readme-setup') && !has('setup')) {
      sections.push(setupSection(stack, context));
      resolves.push('readme-setup');
    }
    if (stack?.test && wants('readme-testing') && !has('testing')) {
      sections.push(`## Running tests\n\n\`\`\`bash\n${stack.test.value}\n\`\`\`\n`);
      resolves.push('readme-testing');
    }
    const reads = projectReads(context);
    if (reads.size > 0 && !has('environment') && (context.selected('env-example') || context.selected('readme-setup'))) sections.push(envSection(reads, context));
    if (wants('readme-architecture') && !has('architecture')) sections.push('## Architecture\n\n_TODO: how a request flows through the layers to the database._\n');
    if (wants('readme-tradeoffs') && !has('tradeoffs')) sections.push('## Design decisions\n\n_TODO: a choice you made, the alternative you rejected, and why._\n');
    if (sections.length === 0) return { skipped: 'the README already has the sections fix can write' };
    const titles = sections.map((s) => /^## (.*)$/m.exec(s)![1]).join(', ');
    if (!existing) {
      if (context.exists('README.md')) return { skipped: 'README.md exists but could not be read' };
      const intro = `# ${context.projectName.replace(/[\r\n]+/g, ' ')}\n\n_TODO: what the project does and who it is for._\n`;
      const file: PlannedFile = { path: 'README.md', mode: 'create', content: [intro, ...sections].join('\n'), rules: this.rules, resolves, summary: titles };
      return { files: [file] };
    }
    const before = await context.readExisting('README.md');
    if (before === undefined) return { skipped: 'README.md cannot be read' };
    const sep = before.endsWith('\n') ? '\n' : '\n\n';
    return { files: [{ path: 'README.md', mode: 'append', before, content: sep + sections.join('\n'), rules: this.rules, resolves, summary: titles }] };
  },
};

function setupSection(stack: Stack, context: FixContext): string {
  const lines: string[] = [];
  const cd = stack.dir ? `cd ${stack.dir.replace(/\/$/, '')}\n` : '';
  lines.push(readmeInstall(stack));
  const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path))?.path ?? context.planned.find((p) => p.path.endsWith('.env.example'))?.path;
  if (template) lines.push(`cp ${template.slice(stack.dir.length)} ${template.slice(stack.dir.length).replace(/\.(example|sample|template|dist)$/, '').replace(/[._-](example|sample|template)$/, '') || '.env'}`);
  if (stack.migrate && !/ at start-up$/.test(stack.migrate) && !/</.test(stack.migrate)) lines.push(stack.migrate);
  const run = devCommand(stack);
  if (run) lines.push(run);
  const compose = context.exists('compose.yaml') || context.exists('docker-compose.yml') || context.planned.some((p) => p.path === 'compose.yaml');
  const docker = compose ? `\nOr run everything in containers:\n\n\`\`\`bash\ndocker compose up --build\n\`\`\`\n` : '';
  const needs = `Requires ${RUNTIME_NAMES[stack.ecosystem]} ${stack.runtime.value}${stack.database && stack.database.value !== 'sqlite' ? ` and ${DB_NAMES[stack.database.value]}` : ''}.`;
  return `## Getting started\n\n${needs}\n\n\`\`\`bash\n${cd}${lines.join('\n')}\n\`\`\`\n${docker}`;
}

const RUNTIME_NAMES: Record<Stack['ecosystem'], string> = { javascript: 'Node.js', python: 'Python', java: 'Java', go: 'Go', php: 'PHP', csharp: '.NET', ruby: 'Ruby' };
const DB_NAMES: Record<string, string> = { postgres: 'PostgreSQL', mysql: 'MySQL', mongo: 'MongoDB', sqlserver: 'SQL Server' };

/** The install command as a README shows it (Gradle resolves dependencies by building). */
function readmeInstall(stack: Stack): string {
  if (stack.packageManager.value === 'gradle') return `${stack.build?.value.split(' ')[0] ?? './gradlew'} build`;
  if (stack.ecosystem === 'python' && stack.packageManager.value === 'pip') return `python -m venv .venv && . .venv/bin/activate\n${stack.install}`;
  return stack.install;
}

function envSection(reads: ReturnType<typeof projectReads>, context: FixContext): string {
  const rows = [...reads]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, list]) => `| \`${name}\` | ${list.every((r) => r.hasDefault) ? 'no' : 'yes'} | \`${list[0]!.file}:${list[0]!.line}\` |`);
  const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path))?.path ?? context.planned.find((p) => p.path.endsWith('.env.example'))?.path;
  const intro = template ? `The app reads these variables; \`${template}\` lists them with placeholder values.` : 'The app reads these variables.';
  return `## Environment variables\n\n${intro}\n\n| Variable | Required | Read in |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
}
