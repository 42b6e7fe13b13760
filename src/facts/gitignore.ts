/**
 * The repository's .gitignore files and what they cover: the generated paths of each ecosystem in
 * use, probed in every project folder, and the .env file.
 */
import ignore from 'ignore';
import type { Facts } from './facts.js';
import type { Ecosystem, Manifest } from './manifests/types.js';

/** Sample paths each ecosystem's tools generate (github/gitignore templates), probed against the ignore rules. */
const GENERATED: Record<Ecosystem, string[]> = {
  javascript: ['node_modules/x.js'],
  python: ['__pycache__/x.pyc', '.venv/bin/python'],
  java: ['target/x.class', 'build/x.class'],
  go: [],
  php: ['vendor/autoload.php'],
  csharp: ['bin/Debug/x.dll', 'obj/x.json'],
  ruby: ['log/development.log', 'tmp/cache/x'],
};
const MAVEN_OUTPUT = 'target/x.class';
const GRADLE_OUTPUT = 'build/x.class';
const GRADLE_BUILD = /\.gradle(\.kts)?$/;
const ENV_FILE = '.env';

export interface GitignoreFacts {
  /** Every .gitignore, in index order. */
  files: string[];
  /** The root .gitignore, else the first nested one. */
  main?: string;
  /** Generated folders of the ecosystems in use ("node_modules/", "__pycache__/") that no .gitignore covers in a project folder. */
  unignored: string[];
  /** Whether .env is ignored at the root or in a project folder. */
  envIgnored: boolean;
  /** Whether a .env file is committed. */
  envTracked: boolean;
}

/** What the .gitignore files of the repository ignore, read once per run. */
export function gitignoreFacts(facts: Facts): Promise<GitignoreFacts> {
  return facts.derive('gitignore', async () => {
    const [files, { ecosystems }, manifests] = await Promise.all([facts.files(), facts.ecosystems(), facts.manifests()]);
    const gitignores = files.all.filter((f) => f.base === '.gitignore');
    const matchers: { dir: string; ig: ReturnType<typeof ignore> }[] = [];
    for (const f of gitignores) {
      const text = await facts.read(f.path, 256 * 1024);
      if (text) matchers.push({ dir: f.dir, ig: ignore({ allowRelativePaths: true }).add(text.text) });
    }
    const ignored = (path: string) => matchers.some(({ dir, ig }) => path.startsWith(dir) && ig.ignores(path.slice(dir.length)));
    const roots = new Map<Ecosystem, string[]>();
    for (const m of manifests) roots.set(m.ecosystem, [...(roots.get(m.ecosystem) ?? []), m.dir]);
    const unignored: string[] = [];
    for (const eco of ecosystems) {
      for (const probe of eco === 'java' ? javaBuildOutputs(manifests) : GENERATED[eco]) {
        const dirs = roots.get(eco) ?? [''];
        if (!dirs.some((d) => ignored(d + probe))) unignored.push(probe.split('/')[0]! + (probe.includes('/') ? '/' : ''));
      }
    }
    const main = files.get('.gitignore') ? '.gitignore' : gitignores[0]?.path;
    return {
      files: gitignores.map((f) => f.path),
      ...(main ? { main } : {}),
      unignored,
      envIgnored: ignored(ENV_FILE) || [...roots.values()].flat().some((d) => ignored(d + ENV_FILE)),
      envTracked: files.all.some((f) => f.base === ENV_FILE && f.tracked !== false),
    };
  });
}

/** Maven builds into target/, Gradle into build/: the output of the build tool in use, or both. */
function javaBuildOutputs(manifests: readonly Manifest[]): string[] {
  const bases = manifests.filter((m) => m.ecosystem === 'java').map((m) => m.path.slice(m.path.lastIndexOf('/') + 1));
  const out: string[] = [];
  if (bases.some((b) => b === 'pom.xml')) out.push(MAVEN_OUTPUT);
  if (bases.some((b) => GRADLE_BUILD.test(b))) out.push(GRADLE_OUTPUT);
  return out.length > 0 ? out : GENERATED.java;
}
