import ignore from 'ignore';
import { defineRule } from '../src/engine/define-rule.js';
import { envFacts } from '../src/facts/env.js';
import type { Ecosystem, Manifest } from '../src/facts/manifests/types.js';

/** Paths each ecosystem's .gitignore must cover (github/gitignore templates), probed as sample paths. */
const EXPECTED: Record<Ecosystem, string[]> = {
  javascript: ['node_modules/x.js'],
  python: ['__pycache__/x.pyc', '.venv/bin/python'],
  java: ['target/x.class', 'build/x.class'],
  go: [],
  php: ['vendor/autoload.php'],
  csharp: ['bin/Debug/x.dll', 'obj/x.json'],
  ruby: ['log/development.log', 'tmp/cache/x'],
};
const ENV_PROBE = '.env';

/** Maven builds into target/, Gradle into build/: expect the output of the build tool in use. */
function javaBuildOutputs(manifests: readonly Manifest[]): string[] {
  const bases = manifests.filter((m) => m.ecosystem === 'java').map((m) => m.path.slice(m.path.lastIndexOf('/') + 1));
  const out: string[] = [];
  if (bases.some((b) => b === 'pom.xml')) out.push('target/x.class');
  if (bases.some((b) => /\.gradle(\.kts)?$/.test(b))) out.push('build/x.class');
  return out.length > 0 ? out : EXPECTED.java;
}

export default defineRule({
  meta: {
    id: 'gitignore-present',
    category: 'history',
    title: 'A .gitignore keeps generated files out',
    rationale: 'A .gitignore for the stack is the first file a clean repository needs; without it dependencies, build output and .env files end up committed.',
    fix: 'Add a .gitignore from github/gitignore for your stack (Node, Python, Maven/Gradle, Go, Laravel, VisualStudio, Rails) and add .env to it.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const [files, { ecosystems }] = await Promise.all([facts.files(), facts.ecosystems()]);
    const root = files.get('.gitignore');
    if (!root) {
      const nested = files.all.find((f) => f.base === '.gitignore');
      if (!nested) return { outcome: 'fail', summary: 'No .gitignore.', findings: [{ message: 'The repository has no .gitignore file.' }] };
    }
    const gitignores = files.all.filter((f) => f.base === '.gitignore');
    const matchers: { dir: string; ig: ReturnType<typeof ignore> }[] = [];
    for (const f of gitignores) {
      const text = await facts.read(f.path, 256 * 1024);
      if (text) matchers.push({ dir: f.dir, ig: ignore({ allowRelativePaths: true }).add(text.text) });
    }
    const manifests = await facts.manifests();
    const roots = new Map<Ecosystem, string[]>();
    for (const m of manifests) roots.set(m.ecosystem, [...(roots.get(m.ecosystem) ?? []), m.dir]);
    const ignored = (path: string) => matchers.some(({ dir, ig }) => path.startsWith(dir) && ig.ignores(path.slice(dir.length)));
    const missing: string[] = [];
    for (const eco of ecosystems) {
      for (const probe of EXPECTED[eco]) {
        if (eco === 'java' && !javaBuildOutputs(manifests).includes(probe)) continue;
        const dirs = roots.get(eco) ?? [''];
        if (!dirs.some((d) => ignored(d + probe))) missing.push(probe.split('/')[0]! + (probe.includes('/') ? '/' : ''));
      }
    }
    // .env matters only where the project configures itself through environment variables, and a
    // committed .env is no-committed-env's finding: ignoring a tracked file would not untrack it.
    const env = await envFacts(facts);
    const usesEnv = env.reads.size > 0 || env.templates.length > 0;
    const committed = files.all.some((f) => f.base === '.env' && f.tracked !== false);
    const envCovered = !usesEnv || committed || ignored(ENV_PROBE) || (roots.size > 0 && [...roots.values()].flat().some((d) => ignored(d + ENV_PROBE)));
    if (!envCovered) missing.push('.env');
    const at = root ? '.gitignore' : gitignores[0]!.path;
    if (missing.length === 0) {
      const envNote = !usesEnv ? '' : committed ? ' (.env is committed: see no-committed-env)' : ' and .env';
      return { outcome: 'pass', summary: `${at} covers the stack's generated paths${envNote}.` };
    }
    const unique = [...new Set(missing)];
    return {
      outcome: 'partial',
      score: Math.max(0.3, 1 - 0.25 * unique.length),
      summary: `${at} does not ignore ${unique.join(', ')}.`,
      findings: unique.map((p) => ({ message: `${p} is not ignored.`, file: at, fix: `Add "${p}" to ${at}.` })),
    };
  },
});
