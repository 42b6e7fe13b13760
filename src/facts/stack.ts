import { codePort, type AppPort } from './app-port.js';
import { declaredDependencies } from './evidence.js';
import type { Facts } from './facts.js';
import type { FrameworkSignature } from './frameworks.js';
import type { Ecosystem, Manifest } from './manifests/types.js';
import { NPM_PLACEHOLDER_TEST } from './commands.js';
import { testFacts } from './tests.js';

/** The tool that installs the project's dependencies. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun' | 'pip' | 'poetry' | 'uv' | 'pipenv' | 'maven' | 'gradle' | 'go' | 'composer' | 'dotnet' | 'bundler';

export type DatabaseKind = 'postgres' | 'mysql' | 'mongo' | 'sqlserver' | 'sqlite';

/** The ORM or query layer the code uses (the tool that owns the schema and its migrations). */
export type Orm =
  | 'prisma' | 'sequelize' | 'typeorm' | 'knex' | 'drizzle' | 'mikro-orm' | 'mongoose'
  | 'django' | 'sqlalchemy' | 'sqlmodel' | 'tortoise'
  | 'jpa' | 'spring-jdbc'
  | 'gorm' | 'ent' | 'sqlx' | 'sqlc'
  | 'eloquent' | 'doctrine'
  | 'ef-core' | 'dapper'
  | 'active-record' | 'sequel';

/** A value and where it was observed (a file, `file:line`, or "default" when nothing said). */
export interface Observed<T> {
  value: T;
  source: string;
}

/**
 * The application's stack as the repository shows it: what a Dockerfile, a CI workflow or a fix text
 * for this project has to name. Every field says where it was read; defaults say "default".
 */
export interface Stack {
  ecosystem: Ecosystem;
  /** The HTTP framework of that ecosystem, when one is declared. */
  framework?: FrameworkSignature;
  /** The application's folder ('' at the root, else with a trailing slash). */
  dir: string;
  /** The manifest the stack was read from. */
  manifest: string;
  packageManager: Observed<PackageManager>;
  /** The command that installs dependencies (`npm ci`, `poetry install`, `./mvnw -B dependency:go-offline`). */
  install: string;
  /** The runtime's version for a base image tag (`22`, `3.12`, `21`, `1.22`, `8.3`, `8.0`, `3.3`). */
  runtime: Observed<string>;
  /** The command that runs the tests, when the project has a way to run them. */
  test?: Observed<string>;
  /** The build step of stacks that compile (`npm run build`, `./mvnw -B package`). */
  build?: Observed<string>;
  /** How the app starts in production, as exec-form arguments. */
  start?: Observed<string[]>;
  /** The port the app listens on (code, config, or the framework's default). */
  port: Observed<number>;
  database?: Observed<DatabaseKind>;
  /** The ORM the dependencies (or the framework) name. */
  orm?: Observed<Orm>;
  /** The command that applies migrations with the stack's tool (`python manage.py migrate`). */
  migrate?: string;
  /** Paths relative to the app folder that exist (lockfiles, wrappers, bin/rails). */
  present: Set<string>;
}

const DEFAULT_RUNTIME: Record<Ecosystem, string> = { javascript: '22', python: '3.12', java: '21', go: '1.23', php: '8.3', csharp: '8.0', ruby: '3.3' };
const MANIFEST_RANK: Record<string, number> = { 'package.json': 0, 'pyproject.toml': 0, 'requirements.txt': 1, pipfile: 1, 'setup.py': 2, 'pom.xml': 0, 'build.gradle': 0, 'build.gradle.kts': 0, 'go.mod': 0, 'composer.json': 0, gemfile: 0 };

/** Database drivers and ORMs by kind (the manifest names of database.ts's lists). */
const DATABASE_DEPENDENCIES: [DatabaseKind, RegExp][] = [
  ['postgres', /^(pg|postgres|psycopg2?(-binary)?|psycopg|asyncpg|org\.postgresql:postgresql|github\.com\/jackc\/pgx(\/v\d)?|github\.com\/lib\/pq|gorm\.io\/driver\/postgres|npgsql(\.entityframeworkcore\.postgresql)?|@neondatabase\/serverless)$/i],
  ['mysql', /^(mysql2?|pymysql|mysqlclient|aiomysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client|github\.com\/go-sql-driver\/mysql|gorm\.io\/driver\/mysql|pomelo\.entityframeworkcore\.mysql|mysqlconnector|trilogy)$/i],
  ['sqlserver', /^(mssql|tedious|microsoft\.entityframeworkcore\.sqlserver|microsoft\.data\.sqlclient|com\.microsoft\.sqlserver:mssql-jdbc)$/i],
  ['mongo', /^(mongoose|mongodb|@nestjs\/mongoose|pymongo|motor|mongoengine|beanie|odmantic|org\.springframework\.boot:spring-boot-starter-data-mongodb|go\.mongodb\.org\/mongo-driver(\/v2)?|mongoid|mongodb\.driver|mongodb\/laravel-mongodb)$/i],
  ['sqlite', /^(sqlite3|better-sqlite3|org\.xerial:sqlite-jdbc|github\.com\/mattn\/go-sqlite3|gorm\.io\/driver\/sqlite|microsoft\.entityframeworkcore\.sqlite)$/i],
];
/** Database names in config text: Django ENGINE, Rails adapter, JDBC URLs, Prisma providers, Laravel DB_CONNECTION. */
const DATABASE_TEXT: [DatabaseKind, RegExp][] = [
  ['postgres', /django\.db\.backends\.postgresql|adapter:\s*postgres|jdbc:postgresql:|provider\s*=\s*"postgresql"|DB_CONNECTION=pgsql|postgres(ql)?:\/\//],
  ['mysql', /django\.db\.backends\.mysql|adapter:\s*(mysql2|trilogy)|jdbc:(mysql|mariadb):|provider\s*=\s*"mysql"|DB_CONNECTION=(mysql|mariadb)|mysql:\/\//],
  ['sqlserver', /jdbc:sqlserver:|provider\s*=\s*"sqlserver"|DB_CONNECTION=sqlsrv/],
  ['mongo', /mongodb(\+srv)?:\/\//],
  ['sqlite', /django\.db\.backends\.sqlite3|adapter:\s*sqlite3|provider\s*=\s*"sqlite"|DB_CONNECTION=sqlite/],
];
const DATABASE_CONFIGS = /(^|\/)(settings\.py|database\.yml|application(-\w+)?\.(properties|ya?ml)|schema\.prisma|\.env\.example|appsettings(\.\w+)?\.json)$/;

/** The application's stack, derived once per run; undefined when no ecosystem is detected. */
export function stackFacts(facts: Facts): Promise<Stack | undefined> {
  return facts.derive('stack', async () => {
    const [{ ecosystems, frameworks }, manifests, files] = await Promise.all([facts.ecosystems(), facts.manifests(), facts.files()]);
    const manifest = primaryManifest(manifests.filter((m) => !m.error), frameworks);
    const ecosystem = manifest?.ecosystem ?? ecosystems[0];
    if (!ecosystem) return undefined;
    const dir = manifest?.dir ?? '';
    const present = new Set(files.all.filter((f) => f.path.startsWith(dir)).map((f) => f.path.slice(dir.length)));
    const framework = appFramework(frameworks.filter((f) => f.ecosystem === ecosystem && f.http));
    const deps = new Set((await declaredDependencies(facts)).filter((d) => !d.indirect).map((d) => d.name.toLowerCase()));
    const siblings = manifests.filter((m) => m.dir === dir && m.ecosystem === ecosystem);
    const read = async (name: string) => (present.has(name) ? (await facts.read(dir + name, 256 * 1024))?.text : undefined);
    const ctx: StackContext = { facts, dir, present, deps, siblings, framework, read };
    const detail = await ECOSYSTEM_STACKS[ecosystem](ctx);
    const port = (await codePort(facts, dir)) ?? (await literalPort(facts, dir, ecosystem)) ?? { port: detail.defaultPort, source: 'default' };
    const database = await databaseKind(facts, deps);
    const orm = ormOf(deps, framework);
    const tests = await testFacts(facts);
    const hasTests = tests.files.length > 0;
    return {
      ecosystem,
      ...(framework ? { framework } : {}),
      dir,
      manifest: manifest?.path ?? '',
      packageManager: detail.packageManager,
      install: detail.install,
      runtime: detail.runtime,
      ...(detail.test && (hasTests || detail.test.source !== 'default') ? { test: detail.test } : {}),
      ...(detail.build ? { build: detail.build } : {}),
      ...(detail.start ? { start: { value: withPort(detail.start.value, port.port), source: detail.start.source } } : {}),
      port: portOf(port),
      ...(database ? { database } : {}),
      ...(orm ? { orm } : {}),
      ...(detail.migrate ? { migrate: detail.migrate } : {}),
      present,
    };
  });
}

/** Frameworks built on another that a project declares alongside it: the higher one names the tools. */
const BUILT_ON: Record<string, string[]> = { 'django-rest-framework': ['django'], nestjs: ['express', 'fastify'] };

/** The app's HTTP framework: the first declared, unless one built on it is declared too (DRF over Django). */
function appFramework(http: readonly FrameworkSignature[]): FrameworkSignature | undefined {
  return http.find((f) => BUILT_ON[f.id]?.some((base) => http.some((g) => g.id === base))) ?? http[0];
}

/** The start command with its port arguments set to the port the app listens on. */
function withPort(args: readonly string[], port: number): string[] {
  return args.map((arg, i) => {
    if (/^\d{2,5}$/.test(arg) && /^(--port|-p)$/.test(args[i - 1] ?? '')) return String(port);
    return arg.replace(/^(--port=|0\.0\.0\.0:)\d{2,5}$/, `$1${port}`);
  });
}

function portOf(port: AppPort): Observed<number> {
  return { value: port.port, source: port.source };
}

/** The app's manifest: the shallowest, an HTTP framework's ecosystem first, the main file before lists. */
function primaryManifest(manifests: readonly Manifest[], frameworks: readonly FrameworkSignature[]): Manifest | undefined {
  const http = new Set(frameworks.filter((f) => f.http).map((f) => f.ecosystem));
  const depth = (m: Manifest) => m.dir.split('/').length;
  const base = (m: Manifest) => m.path.slice(m.path.lastIndexOf('/') + 1).toLowerCase();
  const rank = (m: Manifest) => depth(m) * 100 + (http.has(m.ecosystem) ? 0 : 10) + (MANIFEST_RANK[base(m)] ?? (base(m).endsWith('.csproj') ? (/test/i.test(m.path) ? 5 : 0) : 3));
  return manifests.filter((m) => !/(^|\/)(tests?|spec)\//i.test(m.path) && m.attributes.isTestProject !== 'true').sort((a, b) => rank(a) - rank(b))[0];
}

interface StackContext {
  facts: Facts;
  dir: string;
  present: Set<string>;
  deps: Set<string>;
  siblings: Manifest[];
  framework: FrameworkSignature | undefined;
  read: (name: string) => Promise<string | undefined>;
}

/** What each ecosystem's reader answers; the port it gives is the framework's default. */
type EcosystemStack = Pick<Stack, 'packageManager' | 'install' | 'runtime' | 'test' | 'build' | 'start' | 'migrate'> & {
  defaultPort: number;
};

const ECOSYSTEM_STACKS: Record<Ecosystem, (ctx: StackContext) => Promise<EcosystemStack>> = {
  javascript: javascriptStack,
  python: pythonStack,
  java: javaStack,
  go: goStack,
  php: phpStack,
  csharp: csharpStack,
  ruby: rubyStack,
};

/** The first version-looking number in a version file or constraint (`v20.11.1` → `20`, `>=3.11` → `3.11`). */
function versionIn(text: string | undefined, parts: 1 | 2): string | undefined {
  const m = /(\d+)(?:\.(\d+))?/.exec(text ?? '');
  if (!m) return undefined;
  return parts === 1 || m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
}

async function javascriptStack({ dir, present, siblings, read, deps }: StackContext): Promise<EcosystemStack> {
  const pkgText = await read('package.json');
  let pkg: Record<string, any> = {};
  try {
    pkg = JSON.parse(pkgText ?? '{}') as Record<string, any>;
  } catch {
    // a broken package.json is manifests-valid's finding; defaults apply
  }
  const declared = typeof pkg.packageManager === 'string' ? /^(npm|pnpm|yarn|bun)@/.exec(pkg.packageManager)?.[1] : undefined;
  const byLock: [string, PackageManager][] = [['pnpm-lock.yaml', 'pnpm'], ['yarn.lock', 'yarn'], ['bun.lock', 'bun'], ['bun.lockb', 'bun'], ['package-lock.json', 'npm']];
  const lock = byLock.find(([file]) => present.has(file));
  const pm: Observed<PackageManager> = declared ? { value: declared as PackageManager, source: `${dir}package.json packageManager` } : lock ? { value: lock[1], source: dir + lock[0] } : { value: 'npm', source: 'default' };
  const install = {
    npm: lock?.[1] === 'npm' ? 'npm ci' : 'npm install',
    pnpm: 'pnpm install --frozen-lockfile',
    yarn: present.has('.yarnrc.yml') ? 'yarn install --immutable' : 'yarn install --frozen-lockfile',
    bun: 'bun install --frozen-lockfile',
  }[pm.value as 'npm'];
  const nvm = present.has('.nvmrc') ? '.nvmrc' : present.has('.node-version') ? '.node-version' : undefined;
  const nvmVersion = nvm ? versionIn(await read(nvm), 1) : undefined;
  const engines = typeof pkg.engines?.node === 'string' ? versionIn(pkg.engines.node, 1) : undefined;
  // `>=18` is a floor: the current LTS satisfies it and is what a new image should use.
  const floor = engines && /^\s*(>=|\^|~)?\s*\d/.test(pkg.engines.node) && /^\s*>=/.test(pkg.engines.node) ? Math.max(Number(engines), Number(DEFAULT_RUNTIME.javascript)) : engines;
  const runtime: Observed<string> = nvmVersion ? { value: nvmVersion, source: dir + nvm } : floor ? { value: String(floor), source: `${dir}package.json engines.node` } : { value: DEFAULT_RUNTIME.javascript, source: 'default' };
  const scripts = Object.fromEntries(siblings.flatMap((m) => Object.entries(m.scripts).map(([k, v]) => [k, v.command])));
  const run = (script: string) => (pm.value === 'npm' ? (script === 'test' || script === 'start' ? `npm ${script}` : `npm run ${script}`) : pm.value === 'bun' ? `bun run ${script}` : `${pm.value} ${script}`);
  const test: Observed<string> | undefined = scripts.test && !NPM_PLACEHOLDER_TEST.test(scripts.test) ? { value: run('test'), source: `${dir}package.json scripts.test` } : undefined;
  const build: Observed<string> | undefined = scripts.build ? { value: run('build'), source: `${dir}package.json scripts.build` } : undefined;
  // Production start: the script that runs built output, else `start`, else `main`, else a conventional entry file.
  let start: Observed<string[]> | undefined;
  for (const name of ['start:prod', 'start']) {
    const command = scripts[name];
    if (!command) continue;
    const node = /^\s*node\s+((?:--?[\w-]+(?:=\S+)?\s+)*)([\w./@-]+)\s*$/.exec(command);
    start = node ? { value: ['node', ...node[1]!.trim().split(/\s+/).filter(Boolean), node[2]!], source: `${dir}package.json scripts.${name}` } : { value: [pm.value, ...(pm.value === 'npm' && name === 'start' ? ['start'] : ['run', name])], source: `${dir}package.json scripts.${name}` };
    break;
  }
  if (!start && typeof pkg.main === 'string' && !/\.tsx?$/.test(pkg.main)) start = { value: ['node', pkg.main], source: `${dir}package.json main` };
  if (!start) {
    const entry = ['server.js', 'app.js', 'index.js', 'main.js'].find((f) => present.has(f));
    if (entry) start = { value: ['node', entry], source: dir + entry };
  }
  void deps;
  return { packageManager: pm, install, runtime, ...(test ? { test } : {}), ...(build ? { build } : {}), ...(start ? { start } : {}), ...migrateJs(deps, run, scripts), defaultPort: 3000 };
}

function migrateJs(deps: Set<string>, run: (script: string) => string, scripts: Record<string, string>): { migrate?: string } {
  const script = Object.keys(scripts).find((s) => /^(db:)?migrate(:(up|run|latest|deploy))?$/.test(s));
  if (script) return { migrate: run(script) };
  if (deps.has('prisma') || deps.has('@prisma/client')) return { migrate: 'npx prisma migrate deploy' };
  if (deps.has('sequelize')) return { migrate: 'npx sequelize-cli db:migrate' };
  if (deps.has('knex')) return { migrate: 'npx knex migrate:latest' };
  if (deps.has('typeorm')) return { migrate: 'npx typeorm migration:run -d <data-source file>' };
  if (deps.has('drizzle-orm')) return { migrate: 'npx drizzle-kit migrate' };
  return {};
}

async function pythonStack({ facts, dir, present, deps, framework, read }: StackContext): Promise<EcosystemStack> {
  const pyproject = await read('pyproject.toml');
  const pm: Observed<PackageManager> = present.has('uv.lock')
    ? { value: 'uv', source: `${dir}uv.lock` }
    : present.has('poetry.lock') || /\[tool\.poetry\]/.test(pyproject ?? '')
      ? { value: 'poetry', source: present.has('poetry.lock') ? `${dir}poetry.lock` : `${dir}pyproject.toml` }
      : present.has('Pipfile')
        ? { value: 'pipenv', source: `${dir}Pipfile` }
        : { value: 'pip', source: present.has('requirements.txt') ? `${dir}requirements.txt` : 'default' };
  const install = { uv: 'uv sync --frozen', poetry: 'poetry install --no-interaction', pipenv: 'pipenv install --deploy --dev', pip: present.has('requirements.txt') ? 'pip install -r requirements.txt' : 'pip install .' }[pm.value as 'pip'];
  const runner = { uv: 'uv run ', poetry: 'poetry run ', pipenv: 'pipenv run ', pip: '' }[pm.value as 'pip'];
  const versionFile = present.has('.python-version') ? '.python-version' : present.has('runtime.txt') ? 'runtime.txt' : undefined;
  const fileVersion = versionFile ? versionIn(await read(versionFile), 2) : undefined;
  const requires = /requires-python\s*=\s*["']([^"']+)["']/.exec(pyproject ?? '')?.[1] ?? /^\s*python\s*=\s*["']([^"']+)["']/m.exec(pyproject ?? '')?.[1];
  const requiresVersion = requires ? versionIn(requires, 2) : undefined;
  const runtime: Observed<string> = fileVersion ? { value: fileVersion, source: dir + versionFile } : requiresVersion && /\./.test(requiresVersion) ? { value: requiresVersion, source: `${dir}pyproject.toml requires-python` } : { value: DEFAULT_RUNTIME.python, source: 'default' };
  const django = framework?.id === 'django' || framework?.id === 'django-rest-framework';
  const manage = present.has('manage.py');
  const test: Observed<string> | undefined = deps.has('pytest') || /\[tool\.pytest/.test(pyproject ?? '') || present.has('pytest.ini')
    ? { value: `${runner}pytest`, source: deps.has('pytest') ? 'pytest in the dependencies' : 'pytest configuration' }
    : django && manage
      ? { value: `${runner}python manage.py test`, source: `${dir}manage.py` }
      : { value: `${runner}python -m unittest discover`, source: 'default' };
  let start: Observed<string[]> | undefined;
  let defaultPort = 8000;
  if (django) {
    const wsgi = (await facts.files()).all.find((f) => f.path.startsWith(dir) && f.base === 'wsgi.py');
    if (wsgi) {
      const module = wsgi.path.slice(dir.length, -3).replace(/\//g, '.');
      start = { value: ['gunicorn', `${module}:application`, '--bind', '0.0.0.0:8000'], source: wsgi.path };
    }
  } else if (framework?.id === 'fastapi' || framework?.id === 'flask' || framework?.id === 'starlette') {
    const app = await findAppObject(facts, dir, framework.id === 'flask' ? /^(\w+)\s*=\s*Flask\(/m : /^(\w+)\s*=\s*(FastAPI|Starlette|Litestar)\(/m);
    if (app) {
      if (framework.id === 'flask') {
        defaultPort = 5000;
        start = { value: ['gunicorn', app.target, '--bind', '0.0.0.0:5000'], source: app.where };
      } else start = { value: ['uvicorn', app.target, '--host', '0.0.0.0', '--port', '8000'], source: app.where };
    }
  }
  if (!start) {
    const entry = ['main.py', 'app.py', 'server.py', 'run.py'].find((f) => present.has(f));
    if (entry) start = { value: ['python', entry], source: dir + entry };
  }
  const migrate = django && manage ? `${runner}python manage.py migrate` : deps.has('alembic') ? `${runner}alembic upgrade head` : deps.has('flask-migrate') ? `${runner}flask db upgrade` : undefined;
  return { packageManager: pm, install, runtime, test, ...(start ? { start } : {}), ...(migrate ? { migrate } : {}), defaultPort };
}

/** `app = FastAPI(` in the app's Python files → `package.module:app`. */
async function findAppObject(facts: Facts, dir: string, pattern: RegExp): Promise<{ target: string; where: string } | undefined> {
  const candidates = (await facts.sourceFiles(['python'])).filter((f) => f.path.startsWith(dir) && !/(^|\/)tests?\//.test(f.path)).slice(0, 300);
  // main.py/app.py first: that is where the app object usually lives.
  candidates.sort((a, b) => Number(!/^(main|app|server|__init__)\.py$/.test(a.base)) - Number(!/^(main|app|server|__init__)\.py$/.test(b.base)) || a.path.length - b.path.length);
  for (const file of candidates) {
    const text = await facts.scan(file.path, 256 * 1024);
    const m = text && pattern.exec(text.text);
    if (!m) continue;
    const module = file.path.slice(dir.length, -3).replace(/\/__init__$/, '').replace(/^src\//, '').replace(/\//g, '.');
    return { target: `${module}:${m[1]}`, where: `${file.path}:${text!.lineAt(m.index)}` };
  }
  return undefined;
}

async function javaStack({ dir, present, read, framework }: StackContext): Promise<EcosystemStack> {
  const maven = present.has('pom.xml');
  const wrapper = maven ? present.has('mvnw') : present.has('gradlew');
  const tool = maven ? (wrapper ? './mvnw' : 'mvn') : wrapper ? './gradlew' : 'gradle';
  const pm: Observed<PackageManager> = { value: maven ? 'maven' : 'gradle', source: dir + (maven ? 'pom.xml' : present.has('build.gradle.kts') ? 'build.gradle.kts' : 'build.gradle') };
  const buildFile = maven ? await read('pom.xml') : (await read('build.gradle.kts')) ?? (await read('build.gradle'));
  const declared =
    /<(?:java\.version|maven\.compiler\.(?:release|source|target)|release)>\s*(?:1\.)?(\d+)\s*</.exec(buildFile ?? '')?.[1] ??
    /languageVersion(?:\.set\()?\s*[=(]?\s*JavaLanguageVersion\.of\((\d+)\)/.exec(buildFile ?? '')?.[1] ??
    /(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?(\d+)|['"]?(?:1\.)?(\d+))/.exec(buildFile ?? '')?.slice(1).find(Boolean);
  const runtime: Observed<string> = declared ? { value: declared, source: pm.source } : { value: DEFAULT_RUNTIME.java, source: 'default' };
  const spring = framework?.id === 'spring-boot';
  const build: Observed<string> = maven ? { value: `${tool} -B -DskipTests package`, source: pm.source } : { value: `${tool} ${spring ? 'bootJar' : 'build'} -x test`, source: pm.source };
  const migrate = /flyway/i.test(buildFile ?? '') ? 'Flyway runs the migrations in src/main/resources/db/migration at start-up' : /liquibase/i.test(buildFile ?? '') ? 'Liquibase applies db/changelog at start-up' : undefined;
  return {
    packageManager: pm,
    install: maven ? `${tool} -B dependency:go-offline` : `${tool} dependencies`,
    runtime,
    test: { value: maven ? `${tool} -B test` : `${tool} test`, source: pm.source },
    build,
    start: { value: ['java', '-jar', 'app.jar'], source: build.source },
    ...(migrate ? { migrate } : {}),
    defaultPort: 8080,
  };
}

async function goStack({ facts, dir, read }: StackContext): Promise<EcosystemStack> {
  const goMod = await read('go.mod');
  const declared = /^go\s+(\d+\.\d+)/m.exec(goMod ?? '')?.[1];
  const runtime: Observed<string> = declared ? { value: declared, source: `${dir}go.mod` } : { value: DEFAULT_RUNTIME.go, source: 'default' };
  // The main package: the root's, else cmd/<name>/.
  const mains: string[] = [];
  for (const file of (await facts.sourceFiles(['go'])).filter((f) => f.path.startsWith(dir) && !f.base.endsWith('_test.go')).slice(0, 500)) {
    if (file.dir !== dir && !file.dir.startsWith(`${dir}cmd/`)) continue;
    const text = await facts.scan(file.path, 128 * 1024);
    if (text && /^package main\b/m.test(text.text) && /^func main\(\)/m.test(text.text)) mains.push(file.dir);
  }
  mains.sort((a, b) => a.length - b.length);
  const main = mains[0];
  const pkg = main === undefined ? undefined : main === dir ? '.' : `./${main.slice(dir.length).replace(/\/$/, '')}`;
  return {
    packageManager: { value: 'go', source: `${dir}go.mod` },
    install: 'go mod download',
    runtime,
    test: { value: 'go test ./...', source: `${dir}go.mod` },
    ...(pkg ? { build: { value: `go build -o /out/app ${pkg}`, source: `${main}` } } : {}),
    ...(pkg ? { start: { value: ['/app'], source: `package main in ${main || './'}` } } : {}),
    ...((await declaredDependenciesHas(facts, /golang-migrate|pressly\/goose/)) ? { migrate: 'migrate -path db/migrations -database "$DATABASE_URL" up' } : {}),
    defaultPort: 8080,
  };
}

async function declaredDependenciesHas(facts: Facts, pattern: RegExp): Promise<boolean> {
  return (await declaredDependencies(facts)).some((d) => pattern.test(d.name));
}

async function phpStack({ present, read, deps, framework, siblings, dir }: StackContext): Promise<EcosystemStack> {
  const composer = await read('composer.json');
  let php: string | undefined;
  try {
    php = (JSON.parse(composer ?? '{}') as { require?: Record<string, string> }).require?.php;
  } catch {
    php = undefined;
  }
  const version = php ? versionIn(php, 2) : undefined;
  const runtime: Observed<string> = version && version.includes('.') ? { value: version, source: `${dir}composer.json require.php` } : { value: DEFAULT_RUNTIME.php, source: 'default' };
  const laravel = framework?.id === 'laravel' && present.has('artisan');
  const scripts = Object.fromEntries(siblings.flatMap((m) => Object.entries(m.scripts).map(([k, v]) => [k, v.command])));
  const test: Observed<string> | undefined = laravel
    ? { value: 'php artisan test', source: `${dir}artisan` }
    : scripts.test
      ? { value: 'composer test', source: `${dir}composer.json scripts.test` }
      : deps.has('pestphp/pest')
        ? { value: 'vendor/bin/pest', source: 'pestphp/pest in composer.json' }
        : deps.has('phpunit/phpunit')
          ? { value: 'vendor/bin/phpunit', source: 'phpunit/phpunit in composer.json' }
          : undefined;
  const docroot = present.has('public/index.php') ? 'public' : '.';
  const start: Observed<string[]> = laravel
    ? { value: ['php', 'artisan', 'serve', '--host=0.0.0.0', '--port=8000'], source: `${dir}artisan` }
    : { value: ['php', '-S', '0.0.0.0:8000', '-t', docroot], source: docroot === 'public' ? `${dir}public/index.php` : 'default' };
  const migrate = laravel ? 'php artisan migrate' : deps.has('doctrine/doctrine-migrations-bundle') ? 'php bin/console doctrine:migrations:migrate' : undefined;
  return { packageManager: { value: 'composer', source: `${dir}composer.json` }, install: 'composer install --no-interaction --prefer-dist', runtime, ...(test ? { test } : {}), start, ...(migrate ? { migrate } : {}), defaultPort: 8000 };
}

async function csharpStack({ dir, siblings, read, deps }: StackContext): Promise<EcosystemStack> {
  const project = siblings.find((m) => m.path.endsWith('.csproj'));
  const projectFile = project?.path.slice(dir.length);
  const text = projectFile ? await read(projectFile) : undefined;
  const framework = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text ?? '')?.[1];
  const runtime: Observed<string> = framework ? { value: framework, source: project!.path } : { value: DEFAULT_RUNTIME.csharp, source: 'default' };
  const assembly = /<AssemblyName>\s*([\w.-]+)\s*</.exec(text ?? '')?.[1] ?? projectFile?.replace(/^.*\//, '').replace(/\.csproj$/, '');
  const ef = [...deps].some((d) => d.startsWith('microsoft.entityframeworkcore'));
  return {
    packageManager: { value: 'dotnet', source: project?.path ?? 'default' },
    install: 'dotnet restore',
    runtime,
    test: { value: 'dotnet test', source: project?.path ?? 'default' },
    ...(projectFile ? { build: { value: `dotnet publish "${projectFile}" -c Release -o /app/publish`, source: project!.path } } : {}),
    ...(assembly ? { start: { value: ['dotnet', `${assembly}.dll`], source: project!.path } } : {}),
    ...(ef ? { migrate: 'dotnet ef database update' } : {}),
    defaultPort: 8080,
  };
}

async function rubyStack({ dir, present, read, deps, framework }: StackContext): Promise<EcosystemStack> {
  const gemfile = await read('Gemfile');
  const fileVersion = present.has('.ruby-version') ? versionIn(await read('.ruby-version'), 2) : undefined;
  const gemVersion = versionIn(/^\s*ruby\s+["']([^"']+)["']/m.exec(gemfile ?? '')?.[1], 2);
  const runtime: Observed<string> = fileVersion ? { value: fileVersion, source: `${dir}.ruby-version` } : gemVersion ? { value: gemVersion, source: `${dir}Gemfile` } : { value: DEFAULT_RUNTIME.ruby, source: 'default' };
  const rails = framework?.id === 'rails';
  const binRails = present.has('bin/rails') && rails;
  const test: Observed<string> = deps.has('rspec-rails') || deps.has('rspec')
    ? { value: 'bundle exec rspec', source: 'rspec in the Gemfile' }
    : rails
      ? { value: binRails ? 'bin/rails test' : 'bundle exec rails test', source: `${dir}Gemfile rails` }
      : { value: 'bundle exec rake test', source: 'default' };
  const start: Observed<string[]> | undefined = rails
    ? { value: [binRails ? 'bin/rails' : 'rails', 'server', '-b', '0.0.0.0', '-p', '3000'], source: `${dir}Gemfile rails` }
    : present.has('config.ru')
      ? { value: ['bundle', 'exec', 'rackup', '--host', '0.0.0.0', '--port', '4567'], source: `${dir}config.ru` }
      : undefined;
  return {
    packageManager: { value: 'bundler', source: `${dir}Gemfile` },
    install: 'bundle install',
    runtime,
    test,
    ...(start ? { start } : {}),
    ...(rails ? { migrate: `${binRails ? 'bin/rails' : 'bundle exec rails'} db:migrate` } : {}),
    defaultPort: rails ? 3000 : 4567,
  };
}

/** A port literal in the listen call: `app.listen(3000)`, `":8080"` in Go, `app.run(port=5000)`. */
const LITERAL_PORT: Partial<Record<Ecosystem, RegExp>> = {
  javascript: /\.listen\(\s*(\d{2,5})\b/,
  go: /(?:ListenAndServe|\.Run|\.Listen|\.Start)\(\s*"(?:0\.0\.0\.0|localhost)?:(\d{2,5})"/,
  python: /\.run\([^)]*\bport\s*=\s*(\d{2,5})\b/,
};

async function literalPort(facts: Facts, dir: string, ecosystem: Ecosystem): Promise<AppPort | undefined> {
  const re = LITERAL_PORT[ecosystem];
  if (!re) return undefined;
  const ports = new Map<number, string>();
  const files = (await facts.sourceFiles([ecosystem])).filter((f) => f.path.startsWith(dir) && !/test|spec/i.test(f.path)).slice(0, 400);
  for (const file of files) {
    const text = await facts.scan(file.path, 128 * 1024);
    const m = text && re.exec(text.text);
    if (m) ports.set(Number(m[1]), `${file.path}:${text!.lineAt(m.index)}`);
  }
  if (ports.size !== 1) return undefined;
  const [port, source] = [...ports][0]!;
  return { port, source };
}

/** ORMs by the dependency that declares them, most specific first (SQLModel sits on SQLAlchemy). */
const ORM_DEPENDENCIES: [Orm, RegExp][] = [
  ['prisma', /^(prisma|@prisma\/client)$/],
  ['sequelize', /^(sequelize|sequelize-typescript)$/],
  ['typeorm', /^(typeorm|@nestjs\/typeorm)$/],
  ['mikro-orm', /^@mikro-orm\/core$/],
  ['drizzle', /^drizzle-orm$/],
  ['knex', /^(knex|objection)$/],
  ['mongoose', /^(mongoose|@nestjs\/mongoose)$/],
  ['sqlmodel', /^sqlmodel$/],
  ['sqlalchemy', /^(sqlalchemy|flask-sqlalchemy|alembic|flask-migrate)$/],
  ['tortoise', /^tortoise-orm$/],
  ['jpa', /^(org\.springframework\.boot:spring-boot-starter-data-jpa|org\.hibernate(\.orm)?:hibernate-core|jakarta\.persistence:jakarta\.persistence-api)$/],
  ['spring-jdbc', /^org\.springframework\.boot:spring-boot-starter-(jdbc|data-jdbc)$/],
  ['gorm', /^gorm\.io\/gorm$/],
  ['ent', /^entgo\.io\/ent$/],
  ['sqlx', /^github\.com\/jmoiron\/sqlx$/],
  ['doctrine', /^(doctrine\/orm|doctrine\/doctrine-bundle)$/],
  ['ef-core', /^microsoft\.entityframeworkcore(\..+)?$/],
  ['dapper', /^dapper$/],
  ['sequel', /^sequel$/],
];

/** The ORM: a declared one, else the framework's own (Django's ORM, Eloquent, Active Record). */
function ormOf(deps: Set<string>, framework: FrameworkSignature | undefined): Observed<Orm> | undefined {
  for (const [orm, re] of ORM_DEPENDENCIES) {
    const dep = [...deps].find((d) => re.test(d));
    if (dep) return { value: orm, source: `${dep} in the dependencies` };
  }
  const own: Record<string, Orm> = { django: 'django', 'django-rest-framework': 'django', laravel: 'eloquent', rails: 'active-record' };
  const orm = framework ? own[framework.id] : undefined;
  return orm ? { value: orm, source: `the ${framework!.name} framework` } : undefined;
}

/** The database the code uses, from its drivers and then its configuration files. */
async function databaseKind(facts: Facts, deps: Set<string>): Promise<Observed<DatabaseKind> | undefined> {
  for (const [kind, re] of DATABASE_DEPENDENCIES) {
    const dep = [...deps].find((d) => re.test(d));
    if (dep) return { value: kind, source: `${dep} in the dependencies` };
  }
  for (const f of (await facts.files()).all.filter((e) => DATABASE_CONFIGS.test(e.path)).slice(0, 50)) {
    const text = await facts.read(f.path, 256 * 1024);
    if (!text) continue;
    for (const [kind, re] of DATABASE_TEXT) {
      const m = re.exec(text.text);
      if (m) return { value: kind, source: `${f.path}:${text.lineAt(m.index)}` };
    }
  }
  return undefined;
}

/** The command that starts the app on a developer's machine. */
export function devCommand(stack: Stack): string | undefined {
  const start = stack.start?.value;
  const fw = stack.framework?.id;
  switch (stack.ecosystem) {
    case 'javascript':
      if (start && start[0] !== 'node') return start.join(' ');
      return start ? start.join(' ') : undefined;
    case 'python':
      if (fw === 'django' || fw === 'django-rest-framework') return stack.present.has('manage.py') ? 'python manage.py runserver' : start?.join(' ');
      if (start?.[0] === 'uvicorn') return `uvicorn ${start[1]} --reload`;
      if (start?.[0] === 'gunicorn' && fw === 'flask') return `flask --app ${start[1]!.split(':')[0]} run`;
      return start?.join(' ');
    case 'java': {
      const tool = stack.build?.value.split(' ')[0] ?? 'mvn';
      if (fw === 'spring-boot') return stack.packageManager.value === 'maven' ? `${tool} spring-boot:run` : `${tool} bootRun`;
      return stack.packageManager.value === 'maven' ? `${tool} -B package && java -jar target/*.jar` : `${tool} run`;
    }
    case 'go': {
      const pkg = stack.build?.value.split(' ').at(-1);
      return pkg ? `go run ${pkg}` : undefined;
    }
    case 'php':
      return fw === 'laravel' && stack.present.has('artisan') ? 'php artisan serve' : start?.join(' ');
    case 'csharp':
      return 'dotnet run';
    case 'ruby':
      return start?.join(' ').replace(/ -b 0\.0\.0\.0 -p \d+$| --host 0\.0\.0\.0 --port \d+$/, '');
  }
}
