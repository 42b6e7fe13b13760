import { defineRule } from '../src/engine/define-rule.js';
import type { Finding } from '../src/types.js';
import { plural } from '../src/util.js';
import { artifactRole, type ArtifactContext, type ArtifactRole } from '../src/facts/path-roles.js';

/** How each kind of committed artefact is reported: dependencies and build output weigh most. */
const KINDS: Record<ArtifactRole, { label: string; cap: number; fix: string }> = {
  'installed-dependencies': { label: 'installed dependencies', cap: 0.2, fix: 'git rm -r --cached the folder, add it to .gitignore, and install from the manifest instead.' },
  'build-output': { label: 'build output', cap: 0.4, fix: 'Remove build output from git and ignore it; CI and Docker build it from source.' },
  'coverage-and-logs': { label: 'test coverage and logs', cap: 0.7, fix: 'Remove generated reports and logs from git and ignore them.' },
  'ide-and-os': { label: 'IDE and OS files', cap: 0.8, fix: 'Remove editor and OS files and add them to .gitignore (or your global gitignore).' },
  'compiled-binary': { label: 'compiled binaries', cap: 0.6, fix: 'Do not commit binaries; publish them as release assets or build them in CI.' },
  'local-database': { label: 'local databases', cap: 0.7, fix: 'Remove the database file from git; create it with migrations and seeds.' },
};

const LARGE_BYTES = 5 * 1024 * 1024;

export default defineRule({
  meta: {
    id: 'no-committed-artifacts',
    category: 'history',
    title: 'No dependencies, build output or junk is committed',
    rationale: 'node_modules, virtualenvs, build output and .DS_Store in git bloat the repository and tell a reviewer the author does not yet know what belongs in version control.',
    fix: 'git rm -r --cached the generated paths, add them to .gitignore, and commit only source and manifests.',
    level: 'error',
    kind: 'defect',
    deduction: 'committed dependencies or build output',
    weight: 3,
    stage: 6,
  },
  async check({ facts }) {
    const [tracked, files, manifests] = await Promise.all([facts.tracked(), facts.files(), facts.manifests()]);
    if (!tracked) return { outcome: 'not-available', summary: 'Not a git repository: cannot tell which files are committed.' };
    const context: ArtifactContext = {
      php: manifests.some((m) => m.path.endsWith('composer.json')),
      dotnet: manifests.some((m) => m.ecosystem === 'csharp'),
    };
    const byKind = new Map<ArtifactRole, string[]>();
    for (const path of tracked) {
      const kind = artifactRole(path, context);
      if (!kind) continue;
      const list = byKind.get(kind) ?? [];
      list.push(path);
      byKind.set(kind, list);
    }
    const findings: Finding[] = [];
    let score = 1;
    for (const [role, kind] of Object.entries(KINDS) as [ArtifactRole, (typeof KINDS)[ArtifactRole]][]) {
      const paths = byKind.get(role);
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
