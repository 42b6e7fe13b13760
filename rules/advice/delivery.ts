import type { Stack } from '../../src/facts/stack.js';
import type { RuleAdvice, StackAdvice } from '../../src/engine/advice.js';
import { buildTool, cmd, databaseImage, databaseName, databaseUrl, startCommand, testCommand, springBoot } from './commands.js';

/** Advice for the delivery rules: CI, containers, Compose, deployment and the repository's hygiene. */

/** The CI steps for a stack: setup action, install, tests. */
function ciSteps(s: Stack): string {
  const setup = {
    javascript: `${s.packageManager.value === 'pnpm' ? 'pnpm/action-setup, then ' : s.packageManager.value === 'bun' ? 'oven-sh/setup-bun, then ' : ''}actions/setup-node (node-version: ${s.runtime.value}, cache: ${s.packageManager.value === 'bun' ? 'npm' : s.packageManager.value})`,
    python: `actions/setup-python (python-version: "${s.runtime.value}")${s.packageManager.value === 'uv' ? ' and astral-sh/setup-uv' : s.packageManager.value === 'poetry' ? ' and pipx install poetry' : ''}`,
    java: `actions/setup-java (distribution: temurin, java-version: ${s.runtime.value}, cache: ${s.packageManager.value})`,
    go: 'actions/setup-go (go-version-file: go.mod)',
    php: `shivammathur/setup-php (php-version: "${s.runtime.value}")`,
    csharp: `actions/setup-dotnet (dotnet-version: ${s.runtime.value}.x)`,
    ruby: 'ruby/setup-ruby (bundler-cache: true, which also runs bundle install)',
  }[s.ecosystem];
  const install = s.ecosystem === 'ruby' ? '' : `, \`${s.install}\``;
  return `actions/checkout, ${setup}${install}, then \`${testCommand(s)}\`${s.database && s.database.value !== 'sqlite' ? ` with a ${databaseName(s)} service container` : ''}`;
}

const SETUP_DOCS: Record<Stack['ecosystem'], string> = {
  javascript: 'https://github.com/actions/setup-node#caching-global-packages-data',
  python: 'https://github.com/actions/setup-python#caching-packages-dependencies',
  java: 'https://github.com/actions/setup-java#caching-packages-dependencies',
  go: 'https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file',
  php: 'https://github.com/shivammathur/setup-php#usage',
  csharp: 'https://github.com/actions/setup-dotnet#caching-nuget-packages',
  ruby: 'https://github.com/ruby/setup-ruby#caching-bundle-install-automatically',
};

function perEcosystem(make: (ecosystem: Stack['ecosystem']) => StackAdvice): RuleAdvice['ecosystems'] {
  return Object.fromEntries((['javascript', 'python', 'java', 'go', 'php', 'csharp', 'ruby'] as const).map((e) => [e, make(e)]));
}

export const ciPresent: RuleAdvice = {
  ecosystems: perEcosystem((e) => ({ fix: (s) => `Add .github/workflows/ci.yml, on push and pull_request: ${ciSteps(s)}.`, docs: SETUP_DOCS[e] })),
};

export const ciRunsTests: RuleAdvice = {
  ecosystems: perEcosystem((e) => ({
    fix: (s) => `Add a step that runs \`${testCommand(s)}\` to a workflow triggered on push and pull_request (${ciSteps(s)}).`,
    docs: SETUP_DOCS[e],
  })),
};

/** The no-CMD finding: the stack's start command when it is known. */
const START = { start: (s: Stack) => (s.start ? `End the Dockerfile with ${cmd(s)}.` : undefined) };

export const containerPresent: RuleAdvice = {
  ecosystems: {
    javascript: {
      fix: (s) => `Add a Dockerfile: FROM node:${s.runtime.value}-alpine, COPY package.json and the lockfile, RUN ${s.install}, COPY the source${s.build ? `, RUN ${s.build.value}` : ''}, USER node, EXPOSE ${s.port.value}, ${cmd(s) ?? 'CMD ["node", "<entry file>"]'}.`,
      docs: 'https://docs.docker.com/guides/nodejs/containerize/',
      findings: START,
    },
    python: {
      fix: (s) => `Add a Dockerfile: FROM python:${s.runtime.value}-slim, COPY the dependency files, RUN ${s.install.replace(/^pip install/, 'pip install --no-cache-dir')}, COPY the source, a non-root USER, EXPOSE ${s.port.value}, ${cmd(s) ?? 'CMD with your start command'}.`,
      docs: 'https://docs.docker.com/guides/python/containerize/',
      findings: START,
    },
    java: {
      fix: (s) => `Add a multi-stage Dockerfile: FROM eclipse-temurin:${s.runtime.value}-jdk runs \`${s.build?.value ?? `${buildTool(s)} package`}\`, then FROM eclipse-temurin:${s.runtime.value}-jre copies the jar, a non-root USER, EXPOSE ${s.port.value}, CMD ["java", "-jar", "app.jar"].`,
      docs: 'https://docs.spring.io/spring-boot/reference/packaging/container-images/dockerfiles.html',
      findings: START,
    },
    go: {
      fix: (s) => `Add a multi-stage Dockerfile: FROM golang:${s.runtime.value} runs \`go mod download\` and \`CGO_ENABLED=0 ${s.build?.value ?? 'go build -o /out/app .'}\`, then FROM gcr.io/distroless/static-debian12:nonroot copies the binary, EXPOSE ${s.port.value}, CMD ["/app"].`,
      docs: 'https://docs.docker.com/guides/golang/build-images/',
      findings: START,
    },
    php: {
      fix: (s) => `Add a Dockerfile: FROM php:${s.runtime.value}-cli (or -apache serving public/), COPY --from=composer:2 /usr/bin/composer, RUN composer install --no-dev --optimize-autoloader, USER www-data, EXPOSE ${s.port.value}, ${cmd(s) ?? 'CMD with your start command'}.`,
      docs: 'https://hub.docker.com/_/php',
      findings: START,
    },
    csharp: {
      fix: (s) => `Add a multi-stage Dockerfile: FROM mcr.microsoft.com/dotnet/sdk:${s.runtime.value} runs \`${s.build?.value ?? 'dotnet publish -c Release -o /app/publish'}\`, then FROM mcr.microsoft.com/dotnet/aspnet:${s.runtime.value} copies the output, USER $APP_UID, EXPOSE ${s.port.value}, ENTRYPOINT ${s.start ? JSON.stringify(s.start.value) : '["dotnet", "<App>.dll"]'}.`,
      docs: 'https://learn.microsoft.com/en-us/dotnet/core/docker/build-container',
      findings: START,
    },
    ruby: {
      fix: (s) => `Add a Dockerfile: FROM ruby:${s.runtime.value}-slim, COPY Gemfile and Gemfile.lock, RUN bundle config set without "development test" && bundle install, COPY the source, a non-root USER, EXPOSE ${s.port.value}, ${cmd(s) ?? 'CMD with your start command'}.`,
      docs: 'https://docs.docker.com/guides/ruby/containerize/',
      findings: START,
    },
  },
  frameworks: {
    rails: {
      fix: (s) => `Add the Dockerfile Rails generates (new apps have one): \`bundle add dockerfile-rails --group development\` then \`bin/rails generate dockerfile\`, which builds on ruby:${s.runtime.value}-slim, runs as a rails user and starts ${startCommand(s) ?? 'bin/rails server'}.`,
      docs: 'https://github.com/fly-apps/dockerfile-rails',
      findings: START,
    },
  },
};

export const dockerfilePractices: RuleAdvice = {
  ecosystems: {
    javascript: {
      fix: (s) => `Pin the base image (node:${s.runtime.value}-alpine), install with \`${s.install}\` (production dependencies only in the final stage), run as USER node, add a .dockerignore (.git, node_modules, .env*), and pass secrets at runtime.`,
      docs: 'https://docs.docker.com/guides/nodejs/containerize/',
      findings: { root: 'Switch to the unprivileged user the Node images ship: USER node before CMD.', dockerignore: 'Add a .dockerignore listing .git, node_modules, dist, .env* and npm-debug.log*.' },
    },
    python: {
      fix: (s) => `Pin the base image (python:${s.runtime.value}-slim), pip install --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1), create a user (useradd --create-home app) and USER app, add a .dockerignore (.git, .venv, __pycache__, .env*), and pass secrets at runtime.`,
      docs: 'https://docs.docker.com/guides/python/containerize/',
      findings: { root: 'Create a user and switch to it before CMD: RUN useradd --create-home app, then USER app.', dockerignore: 'Add a .dockerignore listing .git, .venv, __pycache__, *.pyc, .pytest_cache and .env*.' },
    },
    java: {
      fix: (s) => `Pin the base images (eclipse-temurin:${s.runtime.value}-jdk to build, eclipse-temurin:${s.runtime.value}-jre to run), copy only the jar into the final stage, create a user and USER it, add a .dockerignore (.git, ${s.packageManager.value === 'maven' ? 'target' : 'build, .gradle'}, .env*), and pass secrets at runtime.`,
      docs: 'https://docs.spring.io/spring-boot/reference/packaging/container-images/dockerfiles.html',
      findings: { root: 'Create a user and switch to it before CMD: RUN useradd --system spring (adduser -S spring on Alpine), then USER spring.', dockerignore: 'Add a .dockerignore listing .git, target, build, .gradle, .idea and .env*.' },
    },
    go: {
      fix: (s) => `Build in golang:${s.runtime.value} and run the static binary in gcr.io/distroless/static-debian12:nonroot (pinned, no shell, non-root), add a .dockerignore (.git, .env*, local binaries), and pass secrets at runtime.`,
      docs: 'https://github.com/GoogleContainerTools/distroless#docker',
      findings: { root: 'Run the binary as non-root: FROM gcr.io/distroless/static-debian12:nonroot for the final stage, or USER 65532:65532.', dockerignore: 'Add a .dockerignore listing .git, .env*, the built binary and coverage files.' },
    },
    php: {
      fix: (s) => `Pin the base image (php:${s.runtime.value}-fpm-alpine or -apache), composer install --no-dev --optimize-autoloader, USER www-data, add a .dockerignore (.git, vendor, node_modules, .env*), and pass secrets at runtime.`,
      docs: 'https://hub.docker.com/_/php',
      findings: { root: 'Switch to the images\' www-data user before CMD: USER www-data.', dockerignore: 'Add a .dockerignore listing .git, vendor, node_modules, storage/logs and .env*.' },
    },
    csharp: {
      fix: (s) => `Pin the images (mcr.microsoft.com/dotnet/sdk:${s.runtime.value} to publish, mcr.microsoft.com/dotnet/aspnet:${s.runtime.value} to run), switch to the images' non-root user with USER $APP_UID, add a .dockerignore (.git, bin, obj, .env*), and pass secrets at runtime.`,
      docs: 'https://learn.microsoft.com/en-us/dotnet/core/docker/container-images',
      findings: { root: 'Switch to the non-root user of the .NET 8+ images before ENTRYPOINT: USER $APP_UID.', dockerignore: 'Add a .dockerignore listing .git, bin, obj, .vs and .env*.' },
    },
    ruby: {
      fix: (s) => `Pin the base image (ruby:${s.runtime.value}-slim), bundle install without development and test and remove the gem cache in the same RUN, create a user and USER it, add a .dockerignore (.git, log, tmp, .env*), and pass secrets at runtime (RAILS_MASTER_KEY).`,
      docs: 'https://docs.docker.com/guides/ruby/containerize/',
      findings: { root: 'Create a user and switch to it before CMD: RUN useradd rails --create-home, then USER rails.', dockerignore: 'Add a .dockerignore listing .git, log, tmp, vendor/bundle, config/master.key and .env*.' },
    },
  },
};

export const dockerfileExposePort: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Make EXPOSE name the port the server listens on: EXPOSE ${s.port.value}, with ENV PORT=${s.port.value} when the app reads process.env.PORT.`, docs: 'https://docs.docker.com/reference/dockerfile/#expose' },
    python: { fix: (s) => `Make EXPOSE ${s.port.value} match the port the server binds (${startCommand(s) ?? 'gunicorn --bind 0.0.0.0:8000 / uvicorn --port 8000'}).`, docs: 'https://docs.docker.com/reference/dockerfile/#expose' },
    java: { fix: springBoot((s) => `Make EXPOSE ${s.port.value} match server.port (Spring Boot listens on 8080 unless server.port or SERVER_PORT says otherwise).`), docs: 'https://docs.spring.io/spring-boot/how-to/webserver.html#howto.webserver.change-port' },
    go: { fix: (s) => `Make EXPOSE ${s.port.value} match the address the server listens on (http.ListenAndServe(":${s.port.value}", …), or the PORT variable it reads).`, docs: 'https://docs.docker.com/reference/dockerfile/#expose' },
    php: { fix: (s) => `Make EXPOSE ${s.port.value} match the port the server listens on (${startCommand(s) ?? 'php -S 0.0.0.0:8000 -t public'}).`, docs: 'https://docs.docker.com/reference/dockerfile/#expose' },
    csharp: { fix: 'Make EXPOSE name the port Kestrel listens on: 8080 in the .NET 8+ images (ASPNETCORE_HTTP_PORTS), or set ASPNETCORE_HTTP_PORTS to the port you expose.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/compatibility/containers/8.0/aspnet-port' },
    ruby: { fix: (s) => `Make EXPOSE ${s.port.value} match the port Puma binds (${startCommand(s) ?? 'bin/rails server -b 0.0.0.0 -p 3000'}, or PORT in config/puma.rb).`, docs: 'https://docs.docker.com/reference/dockerfile/#expose' },
  },
};

/** The environment that points the app at the Compose database, in the stack's own configuration names. */
function databaseEnvironment(s: Stack): string {
  const fw = s.framework?.id;
  if (s.ecosystem === 'java' && (!fw || fw === 'spring-boot')) return s.database?.value === 'mongo' ? 'SPRING_DATA_MONGODB_URI: mongodb://db:27017/app' : `SPRING_DATASOURCE_URL: jdbc:${s.database?.value === 'mysql' ? 'mysql://db:3306' : 'postgresql://db:5432'}/app with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD`;
  if (fw === 'laravel') return `DB_CONNECTION: ${s.database?.value === 'mysql' ? 'mysql' : 'pgsql'}, DB_HOST: db, DB_DATABASE, DB_USERNAME and DB_PASSWORD`;
  if (s.ecosystem === 'csharp') return 'ConnectionStrings__DefaultConnection: "Host=db;Database=app;Username=app;Password=app" (the double underscore maps to ConnectionStrings:DefaultConnection)';
  return `DATABASE_URL: ${databaseUrl(s)}`;
}

export const composePresent: RuleAdvice = {
  ecosystems: perEcosystem((e) => ({
    fix: (s) => `Add a compose.yaml with the app (build: ., ports "${s.port.value}:${s.port.value}", env_file: .env, depends_on the database with condition: service_healthy) and a db service (image: ${databaseImage(s)}, a health check and a named volume); point the app at it with ${databaseEnvironment(s)}.`,
    docs: (s) => (e === 'java' && (!s.framework || s.framework.id === 'spring-boot') ? 'https://docs.spring.io/spring-boot/reference/features/dev-services.html#features.dev-services.docker-compose' : 'https://docs.docker.com/compose/how-tos/startup-order/'),
  })),
  frameworks: {
    laravel: {
      fix: (s) => `Add Laravel Sail, the official Compose setup: \`composer require laravel/sail --dev\` and \`php artisan sail:install\` (pick ${s.database?.value === 'mysql' ? 'mysql' : 'pgsql'}) write compose.yaml with the app and its database, wired through DB_HOST and the other DB_ variables of .env.`,
      docs: 'https://laravel.com/docs/sail#installing-sail-into-existing-applications',
    },
  },
};

export const deployConfig: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Deploy it (Render, Fly.io, Railway…) and commit the platform config: a render.yaml web service with buildCommand \`${s.install}${s.build ? ` && ${s.build.value}` : ''}\` and startCommand \`${startCommand(s) ?? 'npm start'}\`, or the fly.toml \`fly launch\` writes. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/deploy-node-express-app' },
    python: { fix: (s) => `Deploy it and commit the platform config: a render.yaml web service with buildCommand \`${s.install}\` and startCommand \`${startCommand(s) ?? 'gunicorn app:app'}\`${s.migrate ? `, preDeployCommand \`${s.migrate}\`` : ''}, or the fly.toml \`fly launch\` writes. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/blueprint-spec' },
    java: { fix: (s) => `Deploy the container and commit its config: \`fly launch\` writes fly.toml for the Dockerfile (internal_port = ${s.port.value}), or a render.yaml Docker web service. Put the live URL at the top of the README.`, docs: 'https://fly.io/docs/languages-and-frameworks/dockerfile/' },
    go: { fix: (s) => `Deploy it and commit the platform config: a render.yaml web service with buildCommand \`${s.build?.value.replace('/out/app', 'app') ?? 'go build -o app .'}\` and startCommand \`./app\`, or the fly.toml \`fly launch\` writes. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/deploy-go-gin' },
    php: { fix: 'Deploy it and commit the platform config (the fly.toml `fly launch` writes, or a render.yaml Docker web service). Put the live URL at the top of the README.', docs: 'https://fly.io/docs/languages-and-frameworks/dockerfile/' },
    csharp: { fix: 'Deploy it and commit how: a GitHub Actions job with azure/webapps-deploy for Azure App Service (`az webapp up` creates the app), or the fly.toml `fly launch` writes for the Dockerfile. Put the live URL at the top of the README.', docs: 'https://learn.microsoft.com/en-us/azure/app-service/quickstart-dotnetcore' },
    ruby: { fix: 'Deploy it and commit the platform config (a render.yaml web service running bin/rails server with a pre-deploy `bin/rails db:migrate`, or the fly.toml `fly launch` writes). Put the live URL at the top of the README.', docs: 'https://render.com/docs/deploy-rails' },
  },
  frameworks: {
    laravel: { fix: 'Deploy it and commit the platform config: `fly launch` detects Laravel and writes fly.toml and a Dockerfile (run `php artisan migrate --force` as the release command). Put the live URL at the top of the README.', docs: 'https://fly.io/docs/laravel/' },
    django: { fix: (s) => `Deploy it and commit the platform config: a render.yaml web service with buildCommand \`${s.install} && python manage.py collectstatic --noinput\`, preDeployCommand \`python manage.py migrate\` and startCommand \`${startCommand(s) ?? 'gunicorn <project>.wsgi:application'}\`. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/deploy-django' },
    fastapi: { fix: (s) => `Deploy it and commit the platform config: a render.yaml web service with buildCommand \`${s.install}\` and startCommand \`${startCommand(s)?.replace(/--port \d+/, '--port $PORT') ?? 'uvicorn main:app --host 0.0.0.0 --port $PORT'}\`. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/deploy-fastapi' },
    flask: { fix: (s) => `Deploy it and commit the platform config: a render.yaml web service with buildCommand \`${s.install}\` and startCommand \`${startCommand(s)?.replace(/ --bind \S+/, '') ?? 'gunicorn app:app'}\`. Put the live URL at the top of the README.`, docs: 'https://render.com/docs/deploy-flask' },
    rails: { fix: 'Deploy it with Kamal, the Rails default (config/deploy.yml with your server and registry, then `bin/kamal setup`), or a render.yaml with a pre-deploy `bin/rails db:migrate`. Put the live URL at the top of the README.', docs: 'https://kamal-deploy.org/docs/installation/' },
  },
};

const GITIGNORE = 'https://github.com/github/gitignore/blob/main/';

export const gitignorePresent: RuleAdvice = {
  ecosystems: {
    javascript: { fix: 'Add a .gitignore from github/gitignore\'s Node.gitignore (node_modules/, dist/, coverage/, *.log) and add .env to it.', docs: `${GITIGNORE}Node.gitignore` },
    python: { fix: 'Add a .gitignore from github/gitignore\'s Python.gitignore (__pycache__/, .venv/, *.egg-info/, .pytest_cache/, db.sqlite3 for Django) and add .env to it.', docs: `${GITIGNORE}Python.gitignore` },
    java: { fix: (s) => (s.packageManager.value === 'maven' ? 'Add a .gitignore from github/gitignore\'s Maven.gitignore (target/) plus your IDE\'s files (.idea/, *.iml) and .env.' : 'Add a .gitignore from github/gitignore\'s Gradle.gitignore (.gradle/, build/) plus your IDE\'s files (.idea/, *.iml) and .env.'), docs: (s) => `${GITIGNORE}${s.packageManager.value === 'maven' ? 'Maven' : 'Gradle'}.gitignore` },
    go: { fix: 'Add a .gitignore from github/gitignore\'s Go.gitignore (built binaries, *.test, coverage.out) and add .env to it.', docs: `${GITIGNORE}Go.gitignore` },
    php: { fix: 'Add a .gitignore from github/gitignore\'s Composer.gitignore (/vendor/) and add .env to it.', docs: `${GITIGNORE}Composer.gitignore` },
    csharp: { fix: 'Run `dotnet new gitignore` (bin/, obj/, .vs/, *.user) and add .env and appsettings.*.local.json to it.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-new-sdk-templates' },
    ruby: { fix: 'Add a .gitignore from github/gitignore\'s Ruby.gitignore (/.bundle/, /vendor/bundle, /log/, /tmp/) and add .env to it.', docs: `${GITIGNORE}Ruby.gitignore` },
  },
  frameworks: {
    laravel: { fix: 'Add a .gitignore from github/gitignore\'s Laravel.gitignore (/vendor/, /node_modules/, /public/storage, /storage/*.key, .env).', docs: `${GITIGNORE}Laravel.gitignore` },
    rails: { fix: 'Add a .gitignore from github/gitignore\'s Rails.gitignore (/log/*, /tmp/*, /storage/*, /config/master.key, .env).', docs: `${GITIGNORE}Rails.gitignore` },
  },
};

export const noCommittedArtifacts: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `\`git rm -r --cached node_modules\` (and dist/, coverage/), add them to .gitignore, and let \`${s.install}\`${s.build ? ` and \`${s.build.value}\`` : ''} recreate them.`, docs: 'https://docs.npmjs.com/cli/commands/npm-ci' },
    python: { fix: (s) => `\`git rm -r --cached\` the virtualenv, __pycache__/ and *.pyc files, add them to .gitignore, and install with \`${s.install}\`.`, docs: 'https://docs.python.org/3/library/venv.html' },
    java: { fix: (s) => `\`git rm -r --cached ${s.packageManager.value === 'maven' ? 'target' : 'build'}\` and any committed jars or .class files, ignore them, and let \`${s.build?.value ?? `${buildTool(s)} package`}\` produce them.`, docs: (s) => `${GITIGNORE}${s.packageManager.value === 'maven' ? 'Maven' : 'Gradle'}.gitignore` },
    go: { fix: 'Remove built binaries from git and ignore them; build with `go build` in CI and publish binaries as release assets (GoReleaser).', docs: 'https://goreleaser.com/quick-start/' },
    php: { fix: '`git rm -r --cached vendor`, add /vendor/ to .gitignore, and install with `composer install` (commit composer.lock instead).', docs: 'https://getcomposer.org/doc/faqs/should-i-commit-the-dependencies-in-my-vendor-directory.md' },
    csharp: { fix: '`git rm -r --cached bin obj`, ignore them (`dotnet new gitignore`), and let `dotnet build` recreate them.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-new-sdk-templates' },
    ruby: { fix: '`git rm -r --cached vendor/bundle log tmp`, ignore them, and install with `bundle install` (commit Gemfile.lock instead).', docs: 'https://bundler.io/guides/deploying.html' },
  },
};

export const manifestsValid: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Fix the JSON at the reported line, then run \`${s.install}\`: it refuses a package.json it cannot parse.`, docs: 'https://docs.npmjs.com/cli/configuring-npm/package-json' },
    python: { fix: (s) => `Fix the syntax at the reported line, then run \`${s.packageManager.value === 'poetry' ? 'poetry check' : s.install}\` to confirm it reads the file.`, docs: 'https://packaging.python.org/en/latest/specifications/pyproject-toml/' },
    java: { fix: (s) => `Fix the syntax at the reported line, then run \`${buildTool(s)} ${s.packageManager.value === 'maven' ? '-B validate' : 'help'}\` to confirm it reads the build file.`, docs: 'https://maven.apache.org/pom.html' },
    go: { fix: 'Fix go.mod at the reported line, then run `go mod tidy` to confirm it reads the file.', docs: 'https://go.dev/ref/mod#go-mod-file' },
    php: { fix: 'Fix composer.json at the reported line, then run `composer validate`.', docs: 'https://getcomposer.org/doc/03-cli.md#validate' },
    csharp: { fix: 'Fix the project file at the reported line, then run `dotnet restore` to confirm MSBuild reads it.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-restore' },
    ruby: { fix: 'Fix the Gemfile at the reported line, then run `bundle install` to confirm Bundler reads it.', docs: 'https://bundler.io/guides/gemfile.html' },
  },
};
