import type { Stack } from '../../src/facts/stack.js';

/**
 * Commands of the detected stack as fix texts quote them: the package manager in use, the project's
 * own test and start commands. Shared by the advice tables so every rule names the same commands.
 */

/** `npm install -D vitest`, `poetry add --group dev pytest`, `composer require --dev phpunit/phpunit`… */
export function addPackage(s: Stack, name: string, dev = false): string {
  switch (s.packageManager.value) {
    case 'npm':
      return `npm install ${dev ? '-D ' : ''}${name}`;
    case 'pnpm':
      return `pnpm add ${dev ? '-D ' : ''}${name}`;
    case 'yarn':
      return `yarn add ${dev ? '-D ' : ''}${name}`;
    case 'bun':
      return `bun add ${dev ? '-d ' : ''}${name}`;
    case 'poetry':
      return `poetry add ${dev ? '--group dev ' : ''}${name}`;
    case 'uv':
      return `uv add ${dev ? '--dev ' : ''}${name}`;
    case 'pipenv':
      return `pipenv install ${dev ? '--dev ' : ''}${name}`;
    case 'pip':
      return `pip install ${name}`;
    case 'composer':
      return `composer require ${dev ? '--dev ' : ''}${name}`;
    case 'dotnet':
      return `dotnet add package ${name}`;
    case 'bundler':
      return `bundle add ${name}${dev ? ' --group "development, test"' : ''}`;
    case 'go':
      return `go get ${name}`;
    case 'maven':
      return `add ${name} to pom.xml${dev ? ' (scope test)' : ''}`;
    case 'gradle':
      return `add ${name} to build.gradle${dev ? ' (testImplementation)' : ''}`;
  }
}

/** A package's binary through the package manager (`npx prisma`, `pnpm exec prisma`, `poetry run alembic`). */
export function exec(s: Stack, command: string): string {
  switch (s.packageManager.value) {
    case 'npm':
      return `npx ${command}`;
    case 'pnpm':
      return `pnpm exec ${command}`;
    case 'yarn':
      return `yarn ${command}`;
    case 'bun':
      return `bunx ${command}`;
    case 'poetry':
      return `poetry run ${command}`;
    case 'uv':
      return `uv run ${command}`;
    case 'pipenv':
      return `pipenv run ${command}`;
    default:
      return command;
  }
}

/** A package.json script through the package manager (`npm run seed`, `pnpm seed`). */
export function runScript(s: Stack, script: string): string {
  const pm = s.packageManager.value;
  if (pm === 'npm') return script === 'test' || script === 'start' ? `npm ${script}` : `npm run ${script}`;
  if (pm === 'bun') return `bun run ${script}`;
  return `${pm} ${script}`;
}

/** The command that runs the tests: the project's own, else the ecosystem's runner. */
export function testCommand(s: Stack): string {
  if (s.test) return s.test.value;
  switch (s.ecosystem) {
    case 'javascript':
      return runScript(s, 'test');
    case 'python':
      return exec(s, 'pytest');
    case 'java':
      return s.packageManager.value === 'maven' ? `${s.present.has('mvnw') ? './mvnw' : 'mvn'} test` : `${s.present.has('gradlew') ? './gradlew' : 'gradle'} test`;
    case 'go':
      return 'go test ./...';
    case 'php':
      return s.framework?.id === 'laravel' ? 'php artisan test' : 'vendor/bin/phpunit';
    case 'csharp':
      return 'dotnet test';
    case 'ruby':
      return s.framework?.id === 'rails' ? 'bin/rails test' : 'bundle exec rspec';
  }
}

/** The production start command, in shell form. */
export function startCommand(s: Stack): string | undefined {
  return s.start?.value.join(' ');
}

/** Exec form for a Dockerfile's CMD. */
export function cmd(s: Stack): string | undefined {
  return s.start ? `CMD ${JSON.stringify(s.start.value)}` : undefined;
}

/** The Maven/Gradle command, wrapper first. */
export function buildTool(s: Stack): string {
  if (s.packageManager.value === 'maven') return s.present.has('mvnw') ? './mvnw' : 'mvn';
  return s.present.has('gradlew') ? './gradlew' : 'gradle';
}

const DATABASE_NAMES = { postgres: 'PostgreSQL', mysql: 'MySQL', mongo: 'MongoDB', sqlserver: 'SQL Server', sqlite: 'SQLite' } as const;

/** The database's name ("PostgreSQL" when the code names none). */
export function databaseName(s: Stack): string {
  return DATABASE_NAMES[s.database?.value ?? 'postgres'];
}

/** The Compose service image for the database in use. */
export function databaseImage(s: Stack): string {
  return { postgres: 'postgres:17', mysql: 'mysql:8.4', mongo: 'mongo:8', sqlserver: 'mcr.microsoft.com/mssql/server:2022-latest', sqlite: 'postgres:17' }[s.database?.value ?? 'postgres'];
}

/** A database URL for the Compose network (host `db`). */
export function databaseUrl(s: Stack): string {
  return { postgres: 'postgres://app:app@db:5432/app', mysql: 'mysql://app:app@db:3306/app', mongo: 'mongodb://db:27017/app', sqlserver: 'Server=db;Database=app;User Id=sa;Password=…', sqlite: 'postgres://app:app@db:5432/app' }[s.database?.value ?? 'postgres'];
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Advice written for Spring Boot, the Java stack most projects use: a Java project on another
 * framework (Ktor, Quarkus) gets the rule's generic fix instead of Spring's tools.
 */
export function springBoot(text: string | ((stack: Stack) => string | undefined)): (stack: Stack) => string | undefined {
  return (s) => (s.framework && s.framework.id !== 'spring-boot' ? undefined : typeof text === 'string' ? text : text(s));
}
