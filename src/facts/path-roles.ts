/**
 * What role a path plays in a repository, decided in one place: test code, examples and docs,
 * fixtures, vendored code, generated files, build output, lockfiles, env templates, committed
 * artefacts. Every detector and rule asks here instead of keeping its own pattern, so changing what
 * counts as "a test" or "build output" is one edit.
 *
 * Some roles look alike but answer different questions and stay distinct on purpose: `test` (code
 * the detectors skip) is narrower than `test-or-doc` (where fake secrets are expected), and
 * `excluded` (never analysed) differs from `artifact` (committed by mistake, judged by
 * no-committed-artifacts).
 */

/** The roles the file index records for every analysable path (see {@link pathRoles}). */
export type PathRole =
  /** Test code or test data: tests/, spec/, __tests__/, e2e/, fixtures/. */
  | 'test'
  /** Top-level examples, samples, demos and documentation sources; read as docs, never as the project's code. */
  | 'example-or-doc'
  /** Test fixtures: sample repositories and data on purpose. */
  | 'fixture'
  /** Test code, docs, examples and mocks, where placeholder keys are expected (the secrets scans skip them). */
  | 'test-or-doc'
  /** A lockfile written by a package manager. */
  | 'lockfile'
  /** .env.example and its spellings. */
  | 'env-template';

// ── Never analysed: vendored, generated and build-output paths (GitHub Linguist's lists) ──────

/** Vendored code and tool installs below a folder the walk does not prune (source/exclusions.ts prunes the rest). */
const VENDORED_PATH = [
  /(^|\/)env\/(bin|lib|Lib|Scripts)\//, // a virtualenv named env/
  /(^|\/)\.mvn\/wrapper\//, // the Maven wrapper's downloader, not the application
  /(^|\/)\.yarn\/(releases|plugins|sdks|versions|unplugged|cache)\//,
];
/** Build output of the seven ecosystems. */
const BUILD_OUTPUT_PATH = [
  /(^|\/)[^/]+\.egg-info\//,
  /(^|\/)bin\/(Debug|Release)\//,
  /(^|\/)public\/build\//,
  /(^|\/)docs?\/_?(build|themes?|templates?|static)\//,
];
/** Files a tool writes: logs, caches, minified bundles, source maps, type declarations. */
const GENERATED_PATH = [
  /(^|\/)storage\/(logs|framework)\//,
  /(^|\/)tmp\//,
  /(\.|-)min\.(js|css)$/,
  /\.(js|css)\.map$/,
  /\.d\.ts$/,
  /(^|\/)\.pnp\.[cm]?js$/,
];

/** Whether a listed path is vendored, generated or build output and must not be analysed. */
export function isExcludedPath(path: string): boolean {
  return EXCLUDED_PATH.test(path);
}
/** The three lists as one expression: one scan of the path instead of thirteen (100k-file trees). */
const EXCLUDED_PATH = new RegExp([...VENDORED_PATH, ...BUILD_OUTPUT_PATH, ...GENERATED_PATH].map((re) => `(?:${re.source})`).join('|'));

// ── Test code, fixtures, examples and docs ────────────────────────────────────────────────────

const TEST_PATH = /(^|\/)(tests?|specs?|__tests__|e2e|testdata|test-?fixtures|fixtures)\//i;

/** Test code or test data (every code detector skips it). */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

/** Example, sample and documentation folders: read for docs, never counted as the project's code. */
export function isExampleOrDocPath(path: string): boolean {
  // Top-level only: `org/example/samples/petclinic/` inside a Java package is source code.
  // docs_src/: FastAPI-style tutorial sources that the documentation includes.
  return /^(examples?|samples?|demos?|docs?|docs?_src|documentation)\//i.test(path) || /(^|\/)(test-?fixtures|__mocks__)\//i.test(path);
}

const FIXTURE_PATH = /(^|\/)(fixtures|__fixtures__|testdata|test-?fixtures)\//;

/** Test fixtures: sample repositories on purpose (a fake node_modules to resolve a preset). */
export function isFixturePath(path: string): boolean {
  return FIXTURE_PATH.test(path);
}

/** Test code, docs, examples, mocks and Markdown: fake keys are there on purpose. */
const TEST_OR_DOC = /(^|\/)(tests?|spec|specs|__tests__|e2e|testdata|fixtures?|examples?|docs?|docs?_src|mocks?)\/|[._-](test|spec)\.[a-z]+$|(^|\/)test_[^/]+\.py$|\.md$/i;

/** Where placeholder secrets are expected: test code, docs, examples, mocks, Markdown. */
export function isTestOrDocPath(path: string): boolean {
  return TEST_OR_DOC.test(path);
}

// ── Lockfiles, generated files and vendored folders as commits see them ───────────────────────

const LOCKFILE = /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|poetry\.lock|Pipfile\.lock|Gemfile\.lock|go\.sum|uv\.lock)$/;

/** A package manager's lockfile (npm, Yarn, pnpm, Composer, Poetry, Pipenv, Bundler, Go, uv). */
export function isLockfile(path: string): boolean {
  return LOCKFILE.test(path);
}

const DEPENDENCY_FOLDER = /(^|\/)(node_modules|vendor|bower_components)\//;

/** Installed dependencies in a package manager's folder (node_modules/, vendor/, bower_components/). */
export function isDependencyFolderPath(path: string): boolean {
  return DEPENDENCY_FOLDER.test(path);
}

/** Files never scanned for secrets: lockfiles, minified bundles, source maps, SVG and other .lock files. */
const NOT_SECRET_SCANNED = /\.(min\.js|map|svg|lock)$/;

/** Whether a file is machine-written data rather than text a person typed (lockfiles, bundles, maps, SVG). */
export function isMachineWrittenText(path: string): boolean {
  return LOCKFILE.test(path) || NOT_SECRET_SCANNED.test(path);
}

/**
 * Files a commit's size does not count (signals §3.4): lockfiles of every package manager,
 * minified bundles, source maps, SVG, snapshots, logs, .NET's designer and model-snapshot files, and
 * generated API docs (swag's docs/docs.go and docs/swagger.*, Scribe's output, L5-Swagger's storage).
 */
const GENERATED_IN_COMMITS = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|composer\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|Gemfile\.lock|go\.sum|Cargo\.lock|packages\.lock\.json|[^/]+\.min\.(js|css)|[^/]+\.map|[^/]+\.(svg|snap|lock|log))$|\.designer\.cs$|ModelSnapshot\.cs$|(^|\/)docs\/(docs\.go|swagger\.(json|ya?ml))$|(^|\/)(\.scribe|resources\/views\/scribe|storage\/api-docs)\//i;
/** Vendored and build folders, and a virtualenv under any name (`api-venv/`, `…/lib/python3.8/site-packages/`). */
const VENDORED_IN_COMMITS = /(^|\/)(node_modules|vendor|bower_components|dist|build|target|\.venv|venv|[^/]*[-_.]venv|obj|__pycache__|\.next|coverage)\/|(^|\/)(lib\/python\d[\d.]*\/site-packages|Lib\/site-packages)\//;

/**
 * Whether a changed path is generated, vendored or build output, so a commit's size leaves it out
 * (the history rules and the Action's PR grading use this one answer).
 */
export function isNotAuthoredInCommits(path: string): boolean {
  return GENERATED_IN_COMMITS.test(path) || VENDORED_IN_COMMITS.test(path) || isExcludedPath(path);
}

/** Top-level folders a README's `cp` may name before a build creates them. */
const TOP_LEVEL_BUILD_OUTPUT = /^(dist|build|out|target|node_modules|vendor|bin|obj)\//;

/** Whether a repository path lies in a top-level build-output or dependency folder (created by a build, not committed). */
export function isTopLevelBuildOutput(path: string): boolean {
  return TOP_LEVEL_BUILD_OUTPUT.test(path);
}

// ── Env templates ─────────────────────────────────────────────────────────────────────────────

/** .env.example, .env.sample, .env.dist, .env.test.example, .env.dev-sample, .env_template, app.env.example, … */
const TEMPLATE_NAME = /^(\.env([\w.-]*[._-])?(example|exemple|exemplo|sample|template|dist|defaults)|[\w.-]+\.env\.(example|sample|template)|(example|sample|template)\.env|env\.(example|sample|template))$/i;

/** Whether a base name is an env template (.env.example and its spellings). */
export function isEnvTemplate(base: string): boolean {
  return TEMPLATE_NAME.test(base);
}

// ── Committed artefacts (judged by no-committed-artifacts) ────────────────────────────────────

/** What a tracked path that should not be in git is. */
export type ArtifactRole = 'installed-dependencies' | 'build-output' | 'coverage-and-logs' | 'ide-and-os' | 'compiled-binary' | 'local-database';

/** What the stack changes in the answer: `vendor/` is Composer's install folder, `bin/Debug` is .NET's output. */
export interface ArtifactContext {
  php: boolean;
  dotnet: boolean;
}

/** The artefact roles, first match wins. */
const ARTIFACTS: { role: ArtifactRole; test: (path: string, context: ArtifactContext) => boolean }[] = [
  {
    role: 'installed-dependencies',
    test: (p, c) => /(^|\/)(node_modules|bower_components|\.venv|venv|site-packages)\//.test(p) || VENDORED_PATH[0]!.test(p) || /(^|\/)vendor\/bundle\//.test(p) || (c.php && /(^|\/)vendor\//.test(p)),
  },
  {
    role: 'build-output',
    test: (p, c) =>
      /(^|\/)(__pycache__|\.next|\.nuxt|\.gradle|target\/(classes|test-classes|generated-sources))\//.test(p) || /\.(pyc|pyo|class)$/.test(p) || (c.dotnet && /(^|\/)(bin|obj)\/(Debug|Release)\//.test(p)) || BUILD_OUTPUT_PATH[0]!.test(p),
  },
  {
    role: 'coverage-and-logs',
    test: (p) => /(^|\/)(coverage|htmlcov|\.nyc_output)\//.test(p) || /(^|\/)(npm-debug|yarn-error|yarn-debug)\.log/.test(p) || /(^|\/)[^/]+\.log$/.test(p) || /(^|\/)storage\/logs\/[^/]+\.log$/.test(p),
  },
  {
    role: 'ide-and-os',
    test: (p) => /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/.test(p) || /(^|\/)(\.idea|\.vs)\//.test(p) || /\.(suo|user)$/.test(p) || /(^|\/)\.vscode\/[^/]*\.log$/.test(p),
  },
  {
    role: 'compiled-binary',
    test: (p) => /\.(exe|dll|so|dylib|o|a|jar|war|whl|msi|deb|rpm|iso|apk|wasm)$/i.test(p) && !/(^|\/)(gradle\/wrapper|\.mvn\/wrapper)\//.test(p),
  },
  {
    role: 'local-database',
    test: (p) => /\.(sqlite3?|db)$/i.test(p) && !/(^|\/)(tests?|fixtures?|testdata)\//.test(p),
  },
];

/** What a tracked path is when it should not be committed (fixtures never are), or undefined. */
export function artifactRole(path: string, context: ArtifactContext): ArtifactRole | undefined {
  if (isFixturePath(path)) return undefined;
  return ARTIFACTS.find((a) => a.test(path, context))?.role;
}

// ── The roles of one path ─────────────────────────────────────────────────────────────────────

/** Every role of a path (an index entry carries them, computed once; see FileIndex.roles). */
export function pathRoles(path: string): PathRole[] {
  const roles: PathRole[] = [];
  if (isTestPath(path)) roles.push('test');
  if (isExampleOrDocPath(path)) roles.push('example-or-doc');
  if (isFixturePath(path)) roles.push('fixture');
  if (isTestOrDocPath(path)) roles.push('test-or-doc');
  if (isLockfile(path)) roles.push('lockfile');
  if (isEnvTemplate(path.slice(path.lastIndexOf('/') + 1))) roles.push('env-template');
  return roles;
}
