import { defineRule } from '../src/engine/define-rule.js';
import type { Finding } from '../src/types.js';
import { plural } from '../src/util.js';

/** Test fixtures are sample repositories on purpose (a fake node_modules to resolve a preset). */
const FIXTURE_PATH = /(^|\/)(fixtures|__fixtures__|testdata|test-?fixtures)\//;

interface ArtifactKind {
  label: string;
  /** Score cap when present: dependencies and build output weigh most. */
  cap: number;
  test: (path: string, context: Context) => boolean;
  fix: string;
}

interface Context {
  php: boolean;
  dotnet: boolean;
}

const KINDS: ArtifactKind[] = [
  {
    label: 'installed dependencies',
    cap: 0.2,
    test: (p, c) => /(^|\/)(node_modules|bower_components|\.venv|venv|site-packages)\//.test(p) || /(^|\/)env\/(bin|lib|Lib|Scripts)\//.test(p) || /(^|\/)vendor\/bundle\//.test(p) || (c.php && /(^|\/)vendor\//.test(p)),
    fix: 'git rm -r --cached the folder, add it to .gitignore, and install from the manifest instead.',
  },
  {
    label: 'build output',
    cap: 0.4,
    test: (p, c) =>
      /(^|\/)(__pycache__|\.next|\.nuxt|\.gradle|target\/(classes|test-classes|generated-sources))\//.test(p) || /\.(pyc|pyo|class)$/.test(p) || (c.dotnet && /(^|\/)(bin|obj)\/(Debug|Release)\//.test(p)) || /(^|\/)[^/]+\.egg-info\//.test(p),
    fix: 'Remove build output from git and ignore it; CI and Docker build it from source.',
  },
  {
    label: 'test coverage and logs',
    cap: 0.7,
    test: (p) => /(^|\/)(coverage|htmlcov|\.nyc_output)\//.test(p) || /(^|\/)(npm-debug|yarn-error|yarn-debug)\.log/.test(p) || /(^|\/)[^/]+\.log$/.test(p) || /(^|\/)storage\/logs\/[^/]+\.log$/.test(p),
    fix: 'Remove generated reports and logs from git and ignore them.',
  },
  {
    label: 'IDE and OS files',
    cap: 0.8,
    test: (p) => /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/.test(p) || /(^|\/)(\.idea|\.vs)\//.test(p) || /\.(suo|user)$/.test(p) || /(^|\/)\.vscode\/[^/]*\.log$/.test(p),
    fix: 'Remove editor and OS files and add them to .gitignore (or your global gitignore).',
  },
  {
    label: 'compiled binaries',
    cap: 0.6,
    test: (p) => /\.(exe|dll|so|dylib|o|a|jar|war|whl|msi|deb|rpm|iso|apk|wasm)$/i.test(p) && !/(^|\/)(gradle\/wrapper|\.mvn\/wrapper)\//.test(p),
    fix: 'Do not commit binaries; publish them as release assets or build them in CI.',
  },
  {
    label: 'local databases',
    cap: 0.7,
    test: (p) => /\.(sqlite3?|db)$/i.test(p) && !/(^|\/)(tests?|fixtures?|testdata)\//.test(p),
    fix: 'Remove the database file from git; create it with migrations and seeds.',
  },
];

const LARGE_BYTES = 5 * 1024 * 1024;

export default defineRule({
  meta: {
    id: 'no-committed-artifacts',
    category: 'history',
    title: 'No dependencies, build output or junk is committed',
    rationale: 'node_modules, virtualenvs, build output and .DS_Store in git bloat the repository and tell a reviewer the author does not yet know what belongs in version control.',
    fix: 'git rm -r --cached the generated paths, add them to .gitignore, and commit only source and manifests.',
    level: 'error',
    weight: 3,
    stage: 6,
  },
  async check({ facts }) {
    const [tracked, files, manifests] = await Promise.all([facts.tracked(), facts.files(), facts.manifests()]);
    if (!tracked) return { outcome: 'not-available', summary: 'Not a git repository: cannot tell which files are committed.' };
    const context: Context = {
      php: manifests.some((m) => m.path.endsWith('composer.json')),
      dotnet: manifests.some((m) => m.ecosystem === 'csharp'),
    };
    const byKind = new Map<ArtifactKind, string[]>();
    for (const path of tracked) {
      if (FIXTURE_PATH.test(path)) continue;
      const kind = KINDS.find((k) => k.test(path, context));
      if (!kind) continue;
      const list = byKind.get(kind) ?? [];
      list.push(path);
      byKind.set(kind, list);
    }
    const findings: Finding[] = [];
    let score = 1;
    for (const kind of KINDS) {
      const paths = byKind.get(kind);
      if (!paths) continue;
      score = Math.min(score, kind.cap);
      const sample = paths.sort()[0]!;
      findings.push({ message: `${plural(paths.length, 'tracked file')} of ${kind.label}, e.g. ${sample}.`, file: sample, fix: kind.fix });
    }
    const large = files.all.filter((f) => f.tracked && f.size > LARGE_BYTES).slice(0, 3);
    for (const f of large) {
      score = Math.min(score, 0.7);
      findings.push({ message: `A ${(f.size / 1024 / 1024).toFixed(1)} MB file is tracked.`, file: f.path, fix: 'Keep large files out of git (Git LFS, releases or object storage).' });
    }
    if (findings.length === 0) return { outcome: 'pass', summary: `None of the ${plural(tracked.size, 'tracked file')} is a dependency, build output or junk file.` };
    return { outcome: score === 0 ? 'fail' : 'partial', score, summary: `${findings.length} kind(s) of artifact are committed.`, findings };
  },
});
