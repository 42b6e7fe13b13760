import type { Facts } from './facts.js';
import type { Ecosystem } from './manifests/types.js';
import { inComment, inProse } from './signal-scan.js';
import { BARE_ENVIRON, ENV_READS, NAME } from './env-reads.js';
import { goPrefixedReads, PREFIXED_ENV_MARKERS, pydanticSettingsReads } from './env-prefixed.js';
import { DYNAMIC_READ, wrapperReads } from './env-wrappers.js';
import type { TextFile } from './text.js';
import { treeGrep } from './content-pass.js';
import { isEnvTemplate, isTestPath } from './path-roles.js';
import { testFacts } from './tests.js';

export interface EnvRead {
  name: string;
  file: string;
  line: number;
  /** The code supplies a fallback (`|| 3000`, `getenv("X", "d")`, `${X:d}`): optional to configure. */
  hasDefault: boolean;
}

export interface DotenvEntry {
  key: string;
  value: string;
  line: number;
}

export interface EnvTemplate {
  path: string;
  entries: DotenvEntry[];
}

export interface EnvFacts {
  /** Every read of an environment variable in non-test code, grouped by name. */
  reads: Map<string, EnvRead[]>;
  templates: EnvTemplate[];
}

const FROM_OS_IMPORT_ENVIRON = /^\s*from\s+os\s+import\s+[^#]*\benviron\b/;

/** Files of a VS Code / GitHub Codespaces dev container. */
const DEV_CONTAINER = /(^|\/)\.devcontainer\//;

/** A line that ends inside an open call or index: its read may continue on the next line. */
const OPEN_AT_END = /[([]\s*$/;

/** Spring/Quarkus/Micronaut property files read env vars through `${NAME}` placeholders. */
const PROPERTY_PLACEHOLDER = new RegExp(String.raw`\$\{${NAME}(:[^}]*)?\}`, 'g');

/** Variables a platform, shell or runtime sets: nobody lists these in .env.example. */
const PLATFORM_VARS =
  /^(CI|HOME|PATH|PWD|USER|SHELL|TERM|TMPDIR|TEMP|TMP|HOSTNAME|LANG|TZ|NODE_ENV|NODE_OPTIONS|DEBUG|PYTHONPATH|JAVA_HOME|GOPATH|GOOS|GOARCH|DYNO|K_SERVICE|RAILS_ENV|RACK_ENV|RAILS_MAX_THREADS|RAILS_MIN_THREADS|RAILS_SERVE_STATIC_FILES|RAILS_LOG_TO_STDOUT|RAILS_LOG_LEVEL|WEB_CONCURRENCY|PIDFILE|BUNDLE_GEMFILE|APP_ENV|FLASK_ENV|FLASK_APP|DJANGO_SETTINGS_MODULE|ASPNETCORE_ENVIRONMENT|ASPNETCORE_URLS|DOTNET_ENVIRONMENT|VERCEL|VERCEL_\w+|GITHUB_\w+|RUNNER_\w+|NPM_\w+|npm_\w+|RAILWAY_\w+|RENDER|RENDER_\w+|FLY_\w+|HEROKU_\w+|AWS_LAMBDA_\w+|AWS_REGION|AWS_EXECUTION_ENV|JEST_WORKER_ID|VITEST\w*|PYTEST_\w+)$/;

/** Laravel's generated config files (services.php included: its mail and cloud keys are generated too). */
export const LARAVEL_GENERATED_CONFIG = /^(config\/[\w-]+|bootstrap\/app)\.php$/;

/**
 * Parses KEY=VALUE lines of a dotenv file with their line numbers. Kept instead of dotenv's `parse`,
 * which gives no line numbers and whose pattern backtracks quadratically over runs of blank lines.
 */
export function parseDotenv(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) return;
    let value = m[2]!.trim();
    const quoted = /^(['"`])(.*)\1$/.exec(value);
    value = quoted ? quoted[2]! : value.replace(/\s#.*$/, '').trimEnd(); // not \s+#: quadratic on long blank runs
    entries.push({ key: m[1]!, value, line: i + 1 });
  });
  return entries;
}

/** Environment variables the code reads and the templates that document them. */
export function envFacts(facts: Facts): Promise<EnvFacts> {
  return facts.derive('env', async () => {
    // The shared tree grep gives the lines that can read env vars.
    const [{ ecosystems }, tests, files, grep] = await Promise.all([facts.ecosystems(), testFacts(facts), facts.files(), treeGrep(facts)]);
    const testPaths = new Set(tests.files.map((f) => f.path));
    const reads = new Map<string, EnvRead[]>();
    const add = (read: EnvRead) => {
      if (PLATFORM_VARS.test(read.name)) return;
      const list = reads.get(read.name) ?? [];
      list.push(read);
      reads.set(read.name, list);
    };
    // A file the scans below need whole (a helper, a multi-line read, a prefix) is read once for all of them.
    const scanned = new Map<string, Promise<TextFile | undefined>>();
    const scan = (path: string) => {
      let text = scanned.get(path);
      if (!text) scanned.set(path, (text = facts.scan(path, 512 * 1024)));
      return text;
    };
    // Reads named in full at the read, kept until the reads through a prefix are known.
    const direct: EnvRead[] = [];
    const readsIn = (eco: Ecosystem, path: string, text: string, lineAt: (index: number) => number, bareEnviron = false) => {
      for (const { re } of bareEnviron ? [...ENV_READS[eco], ...BARE_ENVIRON] : ENV_READS[eco]) {
        for (const m of text.matchAll(re)) {
          if (inComment(text, m.index!) || inProse(text, m.index!, eco === 'javascript')) continue; // documentation, not a read
          direct.push({ name: m[1]!, file: path, line: lineAt(m.index!), hasDefault: Boolean(m[2]) });
        }
      }
    };
    const wanted = new Set(ecosystems);
    const goPaths: string[] = [];
    const marked: { path: string; eco: Ecosystem }[] = [];
    for (const { entry, ecosystem: eco } of await facts.sourceIndex()) {
      if (!wanted.has(eco)) continue;
      const path = entry.path;
      // Test code and test-runner configs set up their own environment.
      if (testPaths.has(path) || isTestPath(path) || /(^|\/)(playwright|vitest|jest|cypress|karma)\.config\.[cm]?[jt]s$/.test(path)) continue;
      if (eco === 'go') goPaths.push(path);
      const lines = grep.lines.get(path);
      if (!lines) continue;
      if (PREFIXED_ENV_MARKERS.some((d) => d.ecosystems?.includes(eco) && lines.some((l) => d.re.test(l.text)))) marked.push({ path, eco });
      // A read through a variable: the file may define a helper (`getEnv(name, fallback)`) whose calls are reads.
      const dynamic = DYNAMIC_READ[eco];
      if (dynamic && lines.some((l) => dynamic.test(l.text))) {
        const text = await scan(path);
        if (text) direct.push(...wrapperReads(eco, path, text));
      }
      // `from os import environ` makes a bare environ[...] the process environment (the import line
      // contains a grep term, so it is among the lines); elsewhere environ is often a WSGI dict.
      const bareEnviron = eco === 'python' && lines.some((l) => FROM_OS_IMPORT_ENVIRON.test(l.text));
      // A call split over lines (`env(` then the name below) needs the whole file.
      if (lines.some((l) => OPEN_AT_END.test(l.text))) {
        const text = await scan(path);
        if (text) readsIn(eco, path, text.text, (index) => text.lineAt(index), bareEnviron);
      } else {
        for (const { line, text } of lines) readsIn(eco, path, text, () => line, bareEnviron);
      }
    }
    // Names a library builds from a prefix and fields replace the bare tag read on the same line.
    const superseded = new Set<string>();
    const markedText = async (eco: Ecosystem) => {
      const out: { path: string; text: TextFile }[] = [];
      for (const m of marked.filter((x) => x.eco === eco)) {
        const text = await scan(m.path);
        if (text) out.push({ path: m.path, text });
      }
      return out;
    };
    const go = await goPrefixedReads(await markedText('go'), goPaths, scan);
    for (const key of go.superseded) superseded.add(key);
    for (const read of go.reads) add(read);
    for (const { path, text } of await markedText('python')) for (const read of pydanticSettingsReads(path, text)) add(read);
    for (const read of direct) if (!superseded.has(`${read.file}:${read.line}`)) add(read);
    if (ecosystems.includes('java')) {
      for (const f of files.glob('**/src/main/resources/application*.{yml,yaml,properties}')) {
        const text = await facts.read(f.path);
        if (!text) continue;
        for (const m of text.text.matchAll(PROPERTY_PLACEHOLDER)) {
          add({ name: m[1]!, file: f.path, line: text.lineAt(m.index!), hasDefault: Boolean(m[2]) });
        }
      }
    }
    const templates: EnvTemplate[] = [];
    // A committed .env still documents its keys (no-committed-env judges whether it should be there).
    // A dev container's env file (.devcontainer/.env) is that container's runtime configuration, loaded
    // by its compose file: no list of settings for someone running the app.
    for (const f of files.all.filter((e) => (isEnvTemplate(e.base) || e.base === '.env') && !DEV_CONTAINER.test(e.path))) {
      const text = await facts.read(f.path);
      if (text) templates.push({ path: f.path, entries: parseDotenv(text.text) });
    }
    return { reads, templates };
  });
}
