import { FRAMEWORKS } from '../../src/facts/frameworks.js';
import type { Ecosystem } from '../../src/facts/manifests/types.js';
import type { Orm, Stack } from '../../src/facts/stack.js';
import type { RuleAdvice } from '../../src/engine/advice.js';

/**
 * A typical stack per ecosystem, as stackFacts reports it: the rule docs' "Fix by stack" tables show
 * the advice rendered for these (scripts/gen-rule-advice.mjs), and the tests check every table entry
 * renders for them.
 */
export const EXAMPLE_STACKS: Record<Ecosystem, Stack> = {
  javascript: example('javascript', { packageManager: { value: 'npm', source: 'package-lock.json' }, install: 'npm ci', runtime: { value: '22', source: '.nvmrc' }, test: { value: 'npm test', source: 'package.json scripts.test' }, start: { value: ['node', 'src/server.js'], source: 'package.json scripts.start' }, port: { value: 3000, source: 'src/server.js:12' } }),
  python: example('python', { packageManager: { value: 'pip', source: 'requirements.txt' }, install: 'pip install -r requirements.txt', runtime: { value: '3.12', source: '.python-version' }, test: { value: 'pytest', source: 'pytest' }, start: { value: ['python', 'app.py'], source: 'app.py' }, port: { value: 8000, source: 'default' } }),
  java: example('java', { packageManager: { value: 'maven', source: 'pom.xml' }, install: './mvnw -B dependency:go-offline', runtime: { value: '21', source: 'pom.xml' }, test: { value: './mvnw -B test', source: 'pom.xml' }, build: { value: './mvnw -B -DskipTests package', source: 'pom.xml' }, start: { value: ['java', '-jar', 'app.jar'], source: 'pom.xml' }, port: { value: 8080, source: 'default' } }, ['mvnw']),
  go: example('go', { packageManager: { value: 'go', source: 'go.mod' }, install: 'go mod download', runtime: { value: '1.23', source: 'go.mod' }, test: { value: 'go test ./...', source: 'go.mod' }, build: { value: 'go build -o /out/app ./cmd/api', source: 'cmd/api/' }, start: { value: ['/app'], source: 'package main in cmd/api/' }, port: { value: 8080, source: 'cmd/api/main.go:20' } }),
  php: example('php', { packageManager: { value: 'composer', source: 'composer.json' }, install: 'composer install --no-interaction --prefer-dist', runtime: { value: '8.3', source: 'composer.json require.php' }, test: { value: 'vendor/bin/phpunit', source: 'phpunit/phpunit' }, start: { value: ['php', '-S', '0.0.0.0:8000', '-t', 'public'], source: 'public/index.php' }, port: { value: 8000, source: 'default' } }),
  csharp: example('csharp', { packageManager: { value: 'dotnet', source: 'Api/Api.csproj' }, install: 'dotnet restore', runtime: { value: '8.0', source: 'Api/Api.csproj' }, test: { value: 'dotnet test', source: 'Api/Api.csproj' }, build: { value: 'dotnet publish "Api/Api.csproj" -c Release -o /app/publish', source: 'Api/Api.csproj' }, start: { value: ['dotnet', 'Api.dll'], source: 'Api/Api.csproj' }, port: { value: 8080, source: 'default' } }),
  ruby: example('ruby', { packageManager: { value: 'bundler', source: 'Gemfile' }, install: 'bundle install', runtime: { value: '3.3', source: '.ruby-version' }, test: { value: 'bundle exec rspec', source: 'rspec' }, start: { value: ['bundle', 'exec', 'rackup', '--host', '0.0.0.0', '--port', '4567'], source: 'config.ru' }, port: { value: 4567, source: 'default' } }),
};

/** What a framework changes in its ecosystem's example (the start command its projects use). */
const FRAMEWORK_EXAMPLES: Record<string, Partial<Stack>> = {
  django: { start: { value: ['gunicorn', 'mysite.wsgi:application', '--bind', '0.0.0.0:8000'], source: 'mysite/wsgi.py' }, migrate: 'python manage.py migrate', present: new Set(['manage.py', '.env.example']) },
  'django-rest-framework': { start: { value: ['gunicorn', 'mysite.wsgi:application', '--bind', '0.0.0.0:8000'], source: 'mysite/wsgi.py' }, present: new Set(['manage.py']) },
  fastapi: { start: { value: ['uvicorn', 'app.main:app', '--host', '0.0.0.0', '--port', '8000'], source: 'app/main.py:5' } },
  flask: { start: { value: ['gunicorn', 'app:app', '--bind', '0.0.0.0:5000'], source: 'app.py:3' }, port: { value: 5000, source: 'default' } },
  laravel: { test: { value: 'php artisan test', source: 'artisan' }, start: { value: ['php', 'artisan', 'serve', '--host=0.0.0.0', '--port=8000'], source: 'artisan' }, present: new Set(['artisan']) },
  rails: { test: { value: 'bin/rails test', source: 'Gemfile rails' }, start: { value: ['bin/rails', 'server', '-b', '0.0.0.0', '-p', '3000'], source: 'Gemfile rails' }, port: { value: 3000, source: 'default' }, present: new Set(['bin/rails']) },
};

function example(ecosystem: Ecosystem, fields: Partial<Stack>, present: string[] = []): Stack {
  return { ecosystem, dir: '', manifest: '', present: new Set(present), ...fields } as Stack;
}

/** The example stack of a framework (its ecosystem's, with the framework's start and test commands). */
export function frameworkExample(id: string): Stack {
  const framework = FRAMEWORKS.find((f) => f.id === id);
  if (!framework) throw new Error(`unknown framework ${id}`);
  return { ...EXAMPLE_STACKS[framework.ecosystem], framework, ...FRAMEWORK_EXAMPLES[id] };
}

/** The ecosystem an ORM belongs to, for its example. */
const ORM_ECOSYSTEM: Record<Orm, Ecosystem> = {
  prisma: 'javascript', sequelize: 'javascript', typeorm: 'javascript', knex: 'javascript', drizzle: 'javascript', 'mikro-orm': 'javascript', mongoose: 'javascript',
  django: 'python', sqlalchemy: 'python', sqlmodel: 'python', tortoise: 'python',
  jpa: 'java', 'spring-jdbc': 'java',
  gorm: 'go', ent: 'go', sqlx: 'go', sqlc: 'go',
  eloquent: 'php', doctrine: 'php',
  'ef-core': 'csharp', dapper: 'csharp',
  'active-record': 'ruby', sequel: 'ruby',
};

export function ormExample(orm: Orm): Stack {
  const ecosystem = ORM_ECOSYSTEM[orm];
  const framework = { django: 'django', eloquent: 'laravel', 'active-record': 'rails' }[orm as string];
  return { ...(framework ? frameworkExample(framework) : EXAMPLE_STACKS[ecosystem]), orm: { value: orm, source: 'example' } };
}

export interface AdviceRow {
  /** "JavaScript", "Django", "Prisma". */
  label: string;
  kind: 'ecosystem' | 'framework' | 'orm';
  fix: string;
  docs: string;
}

const ECOSYSTEM_NAMES: Record<Ecosystem, string> = { javascript: 'JavaScript/TypeScript', python: 'Python', java: 'Java/Kotlin', go: 'Go', php: 'PHP', csharp: 'C#/.NET', ruby: 'Ruby' };
const ORM_NAMES: Record<Orm, string> = {
  prisma: 'Prisma', sequelize: 'Sequelize', typeorm: 'TypeORM', knex: 'Knex', drizzle: 'Drizzle', 'mikro-orm': 'MikroORM', mongoose: 'Mongoose',
  django: 'Django ORM', sqlalchemy: 'SQLAlchemy', sqlmodel: 'SQLModel', tortoise: 'Tortoise ORM',
  jpa: 'JPA/Hibernate', 'spring-jdbc': 'Spring JDBC', gorm: 'GORM', ent: 'ent', sqlx: 'sqlx', sqlc: 'sqlc',
  eloquent: 'Eloquent', doctrine: 'Doctrine', 'ef-core': 'EF Core', dapper: 'Dapper', 'active-record': 'Active Record', sequel: 'Sequel',
};

/** Every entry of a rule's advice rendered for its example stack: the rule doc's "Fix by stack" table. */
export function adviceRows(advice: RuleAdvice): AdviceRow[] {
  const rows: AdviceRow[] = [];
  const render = (entry: NonNullable<RuleAdvice['frameworks']>[string], stack: Stack, label: string, kind: AdviceRow['kind']) => {
    const fix = typeof entry.fix === 'string' ? entry.fix : entry.fix(stack);
    if (fix === undefined) throw new Error(`${label}: the advice does not render for its example stack`);
    rows.push({ label, kind, fix, docs: typeof entry.docs === 'string' ? entry.docs : entry.docs(stack) });
  };
  for (const [ecosystem, entry] of Object.entries(advice.ecosystems) as [Ecosystem, NonNullable<RuleAdvice['ecosystems'][Ecosystem]>][]) render(entry, EXAMPLE_STACKS[ecosystem], ECOSYSTEM_NAMES[ecosystem], 'ecosystem');
  for (const [id, entry] of Object.entries(advice.frameworks ?? {})) render(entry, frameworkExample(id), FRAMEWORKS.find((f) => f.id === id)!.name, 'framework');
  for (const [orm, entry] of Object.entries(advice.orms ?? {}) as [Orm, NonNullable<NonNullable<RuleAdvice['orms']>[Orm]>][]) render(entry, ormExample(orm), ORM_NAMES[orm], 'orm');
  return rows;
}

/** The "Fix by stack" section of a rule doc. */
export function adviceSection(advice: RuleAdvice): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/```/g, '\\`\\`\\`');
  const lines = [
    '## Fix by stack',
    '',
    '<!-- Generated from rules/advice/ by `node scripts/gen-rule-advice.mjs`; edit the advice table, not this section. -->',
    'The fix a report shows depends on the detected stack: the most specific row applies (ORM, then framework, then ecosystem), with the project\'s own package manager, commands, versions and port filled in. Shown here for a typical project of each.',
    '',
    '| Stack | Fix | Docs |',
    '| --- | --- | --- |',
    ...adviceRows(advice).map((r) => `| ${r.kind === 'ecosystem' ? r.label : `${r.label} (${r.kind})`} | ${cell(r.fix)} | [docs](${r.docs}) |`),
    '',
    '<!-- End of the generated section. -->',
  ];
  return lines.join('\n');
}
