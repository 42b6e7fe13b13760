import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { adviceRows, adviceSection } from '../rules/advice/examples.js';
import { RULE_ADVICE } from '../rules/advice/index.js';
import { checkSource } from '../src/check.js';
import { selectAdvice, applyAdvice } from '../src/engine/advice.js';
import type { Stack } from '../src/facts/stack.js';
import { ECOSYSTEMS, type Ecosystem } from '../src/facts/manifests/types.js';
import { FRAMEWORKS } from '../src/facts/frameworks.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import type { Result } from '../src/types.js';
import { WEAK_PROJECTS } from './fix/fixtures.js';
import { buildRepo, makeTempDir, removeDir } from './helpers/repo.js';

/** A stack as stackFacts reports it, for the advice tables alone. */
function stack(ecosystem: Ecosystem, over: Partial<Stack> = {}): Stack {
  const base: Record<Ecosystem, Partial<Stack>> = {
    javascript: { packageManager: { value: 'npm', source: 'package-lock.json' }, install: 'npm ci', runtime: { value: '22', source: 'default' }, test: { value: 'npm test', source: 'package.json' }, start: { value: ['node', 'src/server.js'], source: 'package.json' }, port: { value: 3000, source: 'default' } },
    python: { packageManager: { value: 'pip', source: 'requirements.txt' }, install: 'pip install -r requirements.txt', runtime: { value: '3.12', source: 'default' }, test: { value: 'pytest', source: 'pytest' }, port: { value: 8000, source: 'default' } },
    java: { packageManager: { value: 'maven', source: 'pom.xml' }, install: './mvnw -B dependency:go-offline', runtime: { value: '21', source: 'default' }, test: { value: './mvnw -B test', source: 'pom.xml' }, build: { value: './mvnw -B -DskipTests package', source: 'pom.xml' }, port: { value: 8080, source: 'default' } },
    go: { packageManager: { value: 'go', source: 'go.mod' }, install: 'go mod download', runtime: { value: '1.23', source: 'go.mod' }, test: { value: 'go test ./...', source: 'go.mod' }, build: { value: 'go build -o /out/app ./cmd/api', source: 'cmd/api/' }, start: { value: ['/app'], source: 'cmd/api' }, port: { value: 8080, source: 'default' } },
    php: { packageManager: { value: 'composer', source: 'composer.json' }, install: 'composer install --no-interaction --prefer-dist', runtime: { value: '8.3', source: 'default' }, port: { value: 8000, source: 'default' } },
    csharp: { packageManager: { value: 'dotnet', source: 'Api.csproj' }, install: 'dotnet restore', runtime: { value: '8.0', source: 'Api.csproj' }, test: { value: 'dotnet test', source: 'Api.csproj' }, port: { value: 8080, source: 'default' } },
    ruby: { packageManager: { value: 'bundler', source: 'Gemfile' }, install: 'bundle install', runtime: { value: '3.3', source: 'default' }, test: { value: 'bundle exec rspec', source: 'Gemfile' }, port: { value: 4567, source: 'default' } },
  };
  return { ecosystem, dir: '', manifest: '', present: new Set(), ...base[ecosystem], ...over } as Stack;
}

const framework = (id: string) => FRAMEWORKS.find((f) => f.id === id)!;

/** Tools that belong to one ecosystem: another ecosystem's advice must not name them. */
const OWN_TOOLS: Record<Ecosystem, RegExp> = {
  javascript: /\bnpm\b|\bnpx\b|\bnode:\d|package\.json/,
  python: /\bpip\b|pytest|gunicorn|uvicorn|manage\.py/,
  java: /\bmvn|\bgradle|Spring|Maven/,
  go: /\bgo (test|build|get|mod|run)\b|golang/,
  php: /\bcomposer\b|artisan|Laravel/,
  csharp: /\bdotnet\b|ASP\.NET|EF Core/,
  ruby: /(?<![\w-])bundle (install|exec|add)|\bbin\/rails\b|Gemfile/,
};

describe('selectAdvice', () => {
  it('keeps the generic texts when no stack was detected', () => {
    expect(selectAdvice(RULE_ADVICE['migrations-present'], undefined)).toBeUndefined();
  });

  it('picks the ORM, then the framework, then the ecosystem', () => {
    const sequelize = selectAdvice(RULE_ADVICE['migrations-present'], stack('javascript', { orm: { value: 'sequelize', source: 'sequelize' }, framework: framework('express') }));
    expect(sequelize?.fix).toContain('npx sequelize-cli migration:generate');
    const django = selectAdvice(RULE_ADVICE['container-present'], stack('python', { framework: framework('django') }));
    expect(django?.fix).toContain('python:3.12-slim');
    const drf = selectAdvice(RULE_ADVICE['rate-limiting'], stack('python', { framework: framework('django-rest-framework') }));
    expect(drf?.fix).toContain('DEFAULT_THROTTLE_CLASSES');
    // Django REST framework shares Django's advice where it has none of its own.
    const drfHealth = selectAdvice(RULE_ADVICE['health-check'], stack('python', { framework: framework('django-rest-framework') }));
    expect(drfHealth?.fix).toContain('django-health-check');
  });

  it('gives a Java project on another framework than Spring Boot no Spring tools', () => {
    const ktor = stack('java', { framework: framework('ktor'), packageManager: { value: 'gradle', source: 'build.gradle.kts' }, test: { value: './gradlew test', source: 'build.gradle.kts' } });
    expect(selectAdvice(RULE_ADVICE['health-check'], ktor)).toBeUndefined();
    expect(selectAdvice(RULE_ADVICE['migrations-present'], ktor)).toBeUndefined();
    expect(selectAdvice(RULE_ADVICE['compose-present'], ktor)?.fix).toContain('DATABASE_URL');
    expect(selectAdvice(RULE_ADVICE['ci-runs-tests'], ktor)?.fix).toContain('./gradlew test');
    expect(selectAdvice(RULE_ADVICE['health-check'], stack('java', { framework: framework('spring-boot') }))?.fix).toContain('actuator');
  });

  it('names the package manager in use', () => {
    const pnpm = stack('javascript', { packageManager: { value: 'pnpm', source: 'pnpm-lock.yaml' }, install: 'pnpm install --frozen-lockfile', test: { value: 'pnpm test', source: 'package.json' } });
    expect(selectAdvice(RULE_ADVICE['tests-present'], pnpm)?.fix).toContain('pnpm add -D vitest');
    expect(selectAdvice(RULE_ADVICE['ci-present'], pnpm)?.fix).toMatch(/pnpm\/action-setup.*cache: pnpm.*pnpm install --frozen-lockfile.*pnpm test/);
    const poetry = stack('python', { packageManager: { value: 'poetry', source: 'poetry.lock' }, install: 'poetry install --no-interaction' });
    expect(selectAdvice(RULE_ADVICE['test-script'], poetry)?.fix).toContain('poetry add --group dev pytest');
  });

  it.each([
    ['javascript', 'container-present', 'CMD ["node","src/server.js"]', {}],
    ['python', 'migrations-present', 'python manage.py makemigrations', { orm: { value: 'django', source: 'Django' }, framework: framework('django') }],
    ['python', 'container-present', 'CMD ["gunicorn","notes.wsgi:application","--bind","0.0.0.0:8000"]', { framework: framework('django'), start: { value: ['gunicorn', 'notes.wsgi:application', '--bind', '0.0.0.0:8000'], source: 'notes/wsgi.py' } }],
    ['java', 'migrations-present', 'Flyway', { orm: { value: 'jpa', source: 'jpa' }, framework: framework('spring-boot') }],
    ['java', 'ci-runs-tests', './mvnw -B test', { framework: framework('spring-boot') }],
    ['go', 'ci-runs-tests', 'go test ./...', {}],
    ['go', 'migrations-present', 'golang-migrate', {}],
    ['php', 'migrations-present', 'php artisan make:migration', { orm: { value: 'eloquent', source: 'Laravel' }, framework: framework('laravel') }],
    ['csharp', 'migrations-present', 'dotnet ef migrations add', { orm: { value: 'ef-core', source: 'ef' }, framework: framework('aspnet-core') }],
    ['ruby', 'migrations-present', 'bin/rails generate migration', { orm: { value: 'active-record', source: 'Rails' }, framework: framework('rails') }],
  ] as const)('%s: %s names %s', (ecosystem, rule, text, over) => {
    expect(selectAdvice(RULE_ADVICE[rule], stack(ecosystem, over as Partial<Stack>))?.fix).toContain(text);
  });

  it('gives every rule a linked fix for every ecosystem that names no other ecosystem\'s tools', () => {
    for (const [rule, advice] of Object.entries(RULE_ADVICE)) {
      for (const ecosystem of ECOSYSTEMS) {
        const selected = selectAdvice(advice, stack(ecosystem));
        expect(selected, `${rule} for ${ecosystem}`).toBeDefined();
        expect(selected!.docs, `${rule} for ${ecosystem}`).toMatch(/^https:\/\//);
        expect(selected!.fix.endsWith(`Docs: ${selected!.docs}`)).toBe(true);
        const texts = [selected!.fix, ...Object.values(selected!.findings)].join('\n');
        for (const other of ECOSYSTEMS.filter((e) => e !== ecosystem)) {
          expect(texts, `${rule} for ${ecosystem} names ${other} tools`).not.toMatch(OWN_TOOLS[other]);
        }
      }
    }
  });

  it('replaces keyed finding fixes and removes the key', () => {
    const rule = { fix: 'generic', findings: [{ message: 'No CMD', fix: 'generic CMD', advice: 'start' }, { message: 'other', fix: 'kept' }] };
    const applied = applyAdvice(rule, selectAdvice(RULE_ADVICE['container-present'], stack('go')));
    expect(applied.findings[0]).toEqual({ message: 'No CMD', fix: 'End the Dockerfile with CMD ["/app"].' });
    expect(applied.findings[1]).toEqual({ message: 'other', fix: 'kept' });
    expect(applyAdvice(rule, undefined).findings[0]).toEqual({ message: 'No CMD', fix: 'generic CMD' });
  });
});

describe('fix texts on weak projects of each ecosystem', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));
  async function check(ecosystem: string): Promise<Result> {
    const dir = makeTempDir('pc-advice-');
    dirs.push(dir);
    buildRepo(dir, { commits: [{ message: 'Add the notes API with one test', files: WEAK_PROJECTS[ecosystem]! }] });
    return checkSource(new WorkingTreeSource(dir));
  }
  const fixOf = (result: Result, id: string) => result.rules.find((r) => r.id === id)!.fix;

  it.each([
    ['javascript', { 'container-present': 'FROM node:22-alpine', 'ci-present': 'npm ci', 'readme-testing': 'npm test' }],
    ['python', { 'container-present': 'gunicorn', 'migrations-present': 'manage.py makemigrations', 'ci-runs-tests': 'pytest' }],
    ['java', { 'migrations-present': 'Flyway', 'ci-runs-tests': './mvnw -B test', 'container-present': 'eclipse-temurin:17' }],
    ['go', { 'ci-runs-tests': 'go test ./...', 'migrations-present': 'golang-migrate', 'container-present': 'golang:1.22' }],
    ['php', { 'migrations-present': 'php artisan make:migration', 'ci-runs-tests': 'php artisan test' }],
    ['csharp', { 'migrations-present': 'dotnet ef migrations add', 'ci-runs-tests': 'dotnet test' }],
    ['ruby', { 'migrations-present': 'bin/rails generate migration', 'ci-runs-tests': 'bundle exec rspec' }],
  ] as const)('%s', async (ecosystem, expected) => {
    const result = await check(ecosystem);
    for (const [rule, text] of Object.entries(expected)) expect(fixOf(result, rule), rule).toContain(text);
    const advised = result.rules.filter((r) => r.id in RULE_ADVICE);
    for (const other of ECOSYSTEMS.filter((e) => e !== ecosystem)) {
      for (const r of advised) expect([r.fix, ...r.findings.map((f) => f.fix ?? '')].join('\n'), `${r.id} names ${other} tools`).not.toMatch(OWN_TOOLS[other]);
    }
    expect(JSON.stringify(result)).not.toContain('"advice"');
  }, 60_000);
});

describe('rule docs', () => {
  it('show the current advice for each stack in a "Fix by stack" section', () => {
    for (const [id, advice] of Object.entries(RULE_ADVICE)) {
      const doc = readFileSync(new URL(`../rules/${id}.md`, import.meta.url), 'utf8');
      expect(doc, `rules/${id}.md is stale: run node scripts/gen-rule-advice.mjs`).toContain(adviceSection(advice));
    }
  });

  it('render every framework and ORM entry for an example of its stack', () => {
    for (const advice of Object.values(RULE_ADVICE)) {
      const rows = adviceRows(advice);
      expect(rows.filter((r) => r.kind === 'ecosystem')).toHaveLength(ECOSYSTEMS.length);
      for (const row of rows) expect(row.docs).toMatch(/^https:\/\//);
    }
  });
});
