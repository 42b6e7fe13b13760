import ignore from 'ignore';
import type { Ecosystem } from '../../facts/manifests/types.js';
import type { Stack } from '../../facts/stack.js';
import type { FixContext, Generator, PlannedFile } from '../types.js';
import { needsFix } from '../types.js';
import { hasDockerfile } from './dockerfile.js';

/** An ignore entry and a path it must cover (to tell whether an existing file already ignores it). */
type Entry = [pattern: string, probe: string];

/** The essentials of github/gitignore's template for each stack. */
const GITIGNORE: Record<Ecosystem, Entry[]> = {
  javascript: [['node_modules/', 'node_modules/x'], ['dist/', 'dist/x.js'], ['coverage/', 'coverage/x'], ['npm-debug.log*', 'npm-debug.log']],
  python: [['__pycache__/', '__pycache__/x.pyc'], ['*.py[cod]', 'x.pyc'], ['.venv/', '.venv/bin/python'], ['venv/', 'venv/bin/python'], ['.pytest_cache/', '.pytest_cache/x'], ['*.egg-info/', 'x.egg-info/PKG-INFO']],
  java: [['target/', 'target/x.class'], ['build/', 'build/x.class'], ['.gradle/', '.gradle/x'], ['*.class', 'x.class']],
  go: [['*.exe', 'x.exe'], ['*.test', 'x.test'], ['coverage.out', 'coverage.out']],
  php: [['vendor/', 'vendor/autoload.php'], ['.phpunit.result.cache', '.phpunit.result.cache']],
  csharp: [['bin/', 'bin/Debug/x.dll'], ['obj/', 'obj/x.json'], ['*.user', 'x.csproj.user'], ['.vs/', '.vs/x']],
  ruby: [['/log/*', 'log/development.log'], ['/tmp/*', 'tmp/cache/x'], ['.bundle/', '.bundle/config'], ['/vendor/bundle', 'vendor/bundle/x']],
};
const ENV_ENTRIES: Entry[] = [['.env', '.env'], ['.env.local', '.env.local'], ['.env.*.local', '.env.development.local']];

/** Java's build output depends on the build tool in use. */
function entriesFor(stack: Stack | undefined, ecosystems: readonly string[]): Entry[] {
  const out: Entry[] = [];
  for (const eco of ecosystems as Ecosystem[]) {
    let list = GITIGNORE[eco] ?? [];
    if (eco === 'java' && stack?.ecosystem === 'java') list = list.filter(([p]) => (stack.packageManager.value === 'maven' ? p !== 'build/' && p !== '.gradle/' : p !== 'target/'));
    out.push(...list);
  }
  return out;
}

/** Appends to (or creates) an ignore file the entries it does not cover yet. */
async function ignoreFile(context: FixContext, path: string, entries: Entry[], rules: string[], title: string): Promise<PlannedFile | string> {
  const before = context.exists(path) ? await context.readExisting(path) : undefined;
  if (context.exists(path) && before === undefined) return `${path} cannot be read`;
  const ig = ignore({ allowRelativePaths: true }).add(before ?? '');
  const missing = entries.filter(([, probe]) => !ig.ignores(probe)).map(([pattern]) => pattern);
  const unique = [...new Set(missing)];
  if (unique.length === 0) return `${path} already covers the stack's paths`;
  if (before === undefined) return { path, mode: 'create', content: `# ${title}\n${unique.join('\n')}\n`, rules, summary: unique.join(', ') };
  const sep = before.endsWith('\n') || before === '' ? '' : '\n';
  return { path, mode: 'append', before, content: `${sep}\n# Added by portfolio-check fix\n${unique.join('\n')}\n`, rules, summary: unique.join(', ') };
}

/** `.gitignore` at the root: the stack's generated paths and `.env`, appending only what is missing. */
export const gitignore: Generator = {
  id: 'gitignore',
  rules: ['gitignore-present'],
  async generate(context) {
    const usesEnv = context.env.reads.size > 0 || context.env.templates.length > 0 || context.planned.some((p) => p.path.endsWith('.env.example'));
    const entries = [...entriesFor(context.stack, context.result.ecosystems), ...(usesEnv ? ENV_ENTRIES : [])];
    if (entries.length === 0) return { skipped: 'no stack detected to ignore files for' };
    const file = await ignoreFile(context, '.gitignore', entries, this.rules, `Generated files and local configuration (${context.result.ecosystems.join(', ') || 'env'})`);
    return typeof file === 'string' ? { skipped: file } : { files: [file] };
  },
};

/** `.dockerignore` beside the Dockerfile: git data, dependencies, build output and env files stay out of the image. */
export const dockerignore: Generator = {
  id: 'dockerignore',
  rules: ['dockerfile-practices'],
  wanted: (context) => needsFix(context.result.rules.find((r) => r.id === 'container-present')) || context.planned.some((p) => /(^|\/)Dockerfile$/.test(p.path)),
  async generate(context) {
    const dir = context.stack?.dir ?? '';
    if (!hasDockerfile(context)) return { skipped: 'no Dockerfile to build' };
    if (context.exists(`${dir}.dockerignore`) || context.exists('.dockerignore')) return { skipped: '.dockerignore exists' };
    const common: Entry[] = [['.git', '.git'], ['.github', '.github'], ['.env', '.env'], ['.env.*', '.env.local'], ['!.env.example', ''], ['*.log', 'x.log'], ['Dockerfile*', 'Dockerfile'], ['compose*.y*ml', 'compose.yaml'], ['docker-compose*.y*ml', 'docker-compose.yml']];
    const entries = [...common, ...entriesFor(context.stack, context.stack ? [context.stack.ecosystem] : context.result.ecosystems).filter(([p]) => p !== '*.class')];
    const content = `# Kept out of the build context: git data, secrets, dependencies and build output.\n${entries.map(([p]) => p).join('\n')}\n`;
    return { files: [{ path: `${dir}.dockerignore`, mode: 'create', content, rules: this.rules, summary: `${entries.length} entries for ${context.stack?.ecosystem ?? 'the project'}` }] };
  },
};
