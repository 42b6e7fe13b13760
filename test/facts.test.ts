import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCiFiles, parseCiFile } from '../src/facts/ci.js';
import { classifySubject, isIgnoredCommit } from '../src/facts/commits.js';
import { parseDotenv } from '../src/facts/env.js';
import { RepositoryFacts, resolveRelativeLink, type Facts } from '../src/facts/facts.js';
import { isEnvTemplate, isExampleOrDocPath } from '../src/facts/path-roles.js';
import { FileIndex } from '../src/facts/file-index.js';
import { detectFrameworks } from '../src/facts/frameworks.js';
import { MANIFEST_PARSERS, type Manifest } from '../src/facts/manifests/index.js';
import { normalizeHeading, parseMarkdown } from '../src/facts/markdown.js';
import { findSections, isShellBlock, shellLines } from '../src/facts/readme-sections.js';
import { TextFile } from '../src/facts/text.js';
import type { Commit } from '../src/source/types.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from './helpers/repo.js';

/** Parses one manifest as Facts would: the parser is chosen by file name. */
function parseManifest(path: string, text: string): Manifest {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const parser = MANIFEST_PARSERS.find((p) => p.matches(base, path));
  if (!parser) throw new Error(`no parser for ${path}`);
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  return { path, dir, ecosystem: parser.ecosystem, ...parser.parse(new TextFile(path, text, false)) };
}

const deps = (m: Manifest) => m.dependencies.map((d) => [d.name, d.dev, d.line]);

describe('manifests', () => {
  it('package.json: dependencies, dev flags, scripts with lines, license', () => {
    const m = parseManifest(
      'package.json',
      `{
  "name": "shop-api",
  "license": "MIT",
  "scripts": {
    "test": "vitest run",
    "start": "node dist/server.js"
  },
  "dependencies": {
    "express": "^4.21.0"
  },
  "devDependencies": {
    "vitest": "^2.0.0"
  },
  "peerDependencies": { "pg": "^8" }
}
`,
    );
    expect(m.ecosystem).toBe('javascript');
    expect(m.error).toBeUndefined();
    expect(deps(m)).toEqual([
      ['express', false, 9],
      ['pg', false, 14],
      ['vitest', true, 12],
    ]);
    expect(m.scripts).toEqual({ test: { command: 'vitest run', line: 5 }, start: { command: 'node dist/server.js', line: 6 } });
    expect(m.license).toBe('MIT');
    expect(m.attributes).toEqual({ name: 'shop-api' });
  });

  it('pyproject.toml (PEP 621): names normalised, optional and group dependencies are dev', () => {
    const m = parseManifest(
      'pyproject.toml',
      `[project]
name = "notes"
license = { text = "MIT" }
dependencies = [
  "FastAPI>=0.110",
  "uvicorn[standard]>=0.29",
  "typing_extensions; python_version < '3.11'",
]

[project.optional-dependencies]
dev = ["pytest>=8"]

[dependency-groups]
lint = ["ruff"]

[tool.pytest.ini_options]
testpaths = ["tests"]
`,
    );
    expect(m.ecosystem).toBe('python');
    expect(deps(m)).toEqual([
      ['fastapi', false, 5],
      ['uvicorn', false, 6],
      ['typing-extensions', false, 7],
      ['pytest', true, 11],
      ['ruff', true, 14],
    ]);
    expect(m.license).toBe('MIT');
    expect(m.attributes.pytest).toBe('true');
  });

  it('pyproject.toml (Poetry): python is skipped, groups are dev', () => {
    const m = parseManifest(
      'pyproject.toml',
      `[tool.poetry]
name = "api"

[tool.poetry.dependencies]
python = "^3.12"
Django = "^5.0"
djangorestframework = { version = "^3.15" }

[tool.poetry.group.dev.dependencies]
pytest-django = "^4.8"

[tool.poetry.scripts]
serve = "api.main:run"
`,
    );
    expect(deps(m)).toEqual([
      ['django', false, 6],
      ['djangorestframework', false, 7],
      ['pytest-django', true, 10],
    ]);
    expect(m.attributes.scripts).toBe('true');
  });

  it('requirements.txt: comments, options and pins; *-dev files are dev', () => {
    const text = '# web\nDjango==5.0.1  # framework\n-r base.txt\n--index-url https://example.com\npsycopg[binary]>=3.1\n\ngunicorn\n';
    expect(deps(parseManifest('requirements.txt', text))).toEqual([
      ['django', false, 2],
      ['psycopg', false, 5],
      ['gunicorn', false, 7],
    ]);
    expect(parseManifest('requirements-dev.txt', 'pytest\n').dependencies[0]?.dev).toBe(true);
    expect(parseManifest('requirements/test.txt', 'pytest\n').dependencies[0]?.dev).toBe(true);
  });

  it('Pipfile: packages and dev-packages', () => {
    const m = parseManifest('Pipfile', '[packages]\nflask = "*"\n"Flask-Login" = "*"\n\n[dev-packages]\npytest = "*"\n');
    expect(deps(m)).toEqual([
      ['flask', false, 2],
      ['flask-login', false, 3],
      ['pytest', true, 6],
    ]);
  });

  it('setup.py: install_requires strings, never executed', () => {
    const m = parseManifest('setup.py', 'from setuptools import setup\nsetup(\n    name="x",\n    install_requires=[\n        "requests>=2",\n        "click",\n    ],\n)\n');
    expect(deps(m)).toEqual([
      ['requests', false, 5],
      ['click', false, 6],
    ]);
  });

  it('pom.xml: scopes, the Spring Boot parent, plugins, profiles and the license', () => {
    const m = parseManifest(
      'pom.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
  </parent>
  <licenses><license><name>Apache-2.0</name></license></licenses>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <profiles><profile><dependencies><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency></dependencies></profile></profiles>
  <build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin></plugins></build>
</project>
`,
    );
    expect(m.ecosystem).toBe('java');
    expect(deps(m)).toEqual([
      ['org.springframework.boot:spring-boot-starter-web', false, 11],
      ['org.junit.jupiter:junit-jupiter', true, 15],
      ['com.h2database:h2', false, 19],
      ['org.apache.maven.plugins:maven-surefire-plugin', true, 20],
      ['org.springframework.boot:spring-boot-starter-parent', false, 5],
    ]);
    expect(m.attributes.parent).toBe('org.springframework.boot:spring-boot-starter-parent');
    expect(m.license).toBe('Apache-2.0');
  });

  it('build.gradle (Groovy) and build.gradle.kts (Kotlin)', () => {
    const groovy = parseManifest(
      'build.gradle',
      "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n}\n\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n  testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n",
    );
    expect(deps(groovy)).toEqual([
      ['org.springframework.boot:spring-boot-starter-web', false, 6],
      ['org.springframework.boot:spring-boot-starter-test', true, 7],
      ['plugin:org.springframework.boot', true, 2],
    ]);
    const kotlin = parseManifest(
      'app/build.gradle.kts',
      'plugins {\n    id("io.quarkus")\n}\ndependencies {\n    implementation(platform("io.quarkus.platform:quarkus-bom:3.10.0"))\n    implementation("io.quarkus:quarkus-rest")\n}\n',
    );
    expect(deps(kotlin)).toEqual([
      ['io.quarkus.platform:quarkus-bom', false, 5],
      ['io.quarkus:quarkus-rest', false, 6],
      ['plugin:io.quarkus', true, 2],
    ]);
    expect(kotlin.dir).toBe('app/');
  });

  it('go.mod: require blocks and lines, // indirect kept', () => {
    const m = parseManifest(
      'go.mod',
      'module github.com/jane/api\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\t// a comment\n\tgolang.org/x/net v0.25.0 // indirect\n)\n',
    );
    expect(m.ecosystem).toBe('go');
    expect(m.dependencies).toEqual([
      { name: 'github.com/go-chi/chi/v5', dev: false, indirect: false, line: 5 },
      { name: 'github.com/gin-gonic/gin', dev: false, indirect: false, line: 8 },
      { name: 'golang.org/x/net', dev: false, indirect: true, line: 10 },
    ]);
    expect(m.attributes).toEqual({ module: 'github.com/jane/api', go: '1.22' });
  });

  it('composer.json: php and extensions skipped, script arrays joined, license arrays', () => {
    const m = parseManifest(
      'composer.json',
      `{
    "license": ["MIT", "GPL-3.0-or-later"],
    "require": {
        "php": "^8.2",
        "ext-json": "*",
        "Laravel/Framework": "^11.0"
    },
    "require-dev": {
        "phpunit/phpunit": "^11.0"
    },
    "scripts": {
        "test": ["@php artisan config:clear", "@php artisan test"]
    }
}
`,
    );
    expect(m.ecosystem).toBe('php');
    expect(deps(m)).toEqual([
      ['laravel/framework', false, 6],
      ['phpunit/phpunit', true, 9],
    ]);
    expect(m.scripts.test).toEqual({ command: '@php artisan config:clear && @php artisan test', line: 12 });
    expect(m.license).toBe('MIT OR GPL-3.0-or-later');
  });

  it('.csproj: the SDK, package references, test projects', () => {
    const web = parseManifest(
      'Api/Api.csproj',
      '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <UserSecretsId>abc</UserSecretsId>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="8.0.0" />\n    <PackageReference Include="Serilog" Version="3.1.1" />\n  </ItemGroup>\n</Project>\n',
    );
    expect(web.ecosystem).toBe('csharp');
    expect(deps(web)).toEqual([
      ['Microsoft.EntityFrameworkCore', false, 6],
      ['Serilog', false, 7],
    ]);
    expect(web.attributes).toEqual({ sdk: 'Microsoft.NET.Sdk.Web', userSecrets: 'true' });
    const tests = parseManifest('Api.Tests/Api.Tests.csproj', '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="xunit" Version="2.9.0" />\n  </ItemGroup>\n</Project>\n');
    expect(deps(tests)).toEqual([['xunit', true, 3]]);
  });

  it('Gemfile: groups and inline group options make dev dependencies', () => {
    const m = parseManifest(
      'Gemfile',
      `source "https://rubygems.org"

gem "rails", "~> 7.1"
gem "pg"

group :development, :test do
  gem "rspec-rails"
  platforms :mri do
    gem "debug"
  end
end

group :production do
  gem "lograge"
end

gem "rubocop", group: :development, require: false
gem "Puma" # web server
`,
    );
    expect(m.ecosystem).toBe('ruby');
    expect(deps(m)).toEqual([
      ['rails', false, 3],
      ['pg', false, 4],
      ['rspec-rails', true, 7],
      ['debug', true, 9],
      ['lograge', false, 14],
      ['rubocop', true, 17],
      ['puma', false, 18],
    ]);
  });

  describe('broken files give an error with a line, never a throw', () => {
    it.each([
      ['package.json', '{\n  "name": "x",\n  "dependencies": {\n    "express": "^4"\n  \n', 'invalid JSON'],
      ['composer.json', '{\n  "require": {\n    "slim/slim": "^4",\n  }\n}\n', 'invalid JSON'],
      ['pyproject.toml', '[project]\nname = "x"\ndependencies = ["a"\n\n[tool.x]\n', 'invalid TOML'],
      ['Pipfile', '[packages]\nflask = \n', 'invalid TOML'],
      ['pom.xml', '<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n', 'invalid XML'],
      ['App.csproj', '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="x">\n</Project>\n', 'invalid XML'],
      ['go.mod', 'go 1.22\n', 'no module directive'],
    ])('%s', (path, text, message) => {
      let m: Manifest | undefined;
      expect(() => {
        m = parseManifest(path, text);
      }).not.toThrow();
      expect(m!.error?.message).toContain(message);
      expect(m!.error?.line).toBeGreaterThanOrEqual(1);
      expect(m!.error?.line).toBeLessThanOrEqual(text.split('\n').length);
      expect(m!.dependencies).toEqual([]);
    });

    it('a package.json that is not an object', () => {
      expect(parseManifest('package.json', '[1, 2]').error).toEqual({ message: 'package.json is not a JSON object', line: 1 });
      expect(parseManifest('package.json', 'null').error).toEqual({ message: 'package.json is not a JSON object', line: 1 });
    });

    it('an empty file', () => {
      expect(parseManifest('package.json', '').error?.message).toMatch(/invalid JSON/);
      expect(parseManifest('pyproject.toml', '').error).toBeUndefined();
    });
  });
});

describe('Facts over a repository', () => {
  let dir: string;
  let facts: Facts;
  const FILES: FileMap = {
    'package.json': '{ "name": "web", "dependencies": { "express": "^4" }, "devDependencies": { "fastify": "^4" } }\n',
    'api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi", "django", "djangorestframework"]\n',
    'svc/go.mod': 'module example.com/svc\n\nrequire github.com/gin-gonic/gin v1.10.0 // indirect\n',
    'admin/composer.json': '{ "require": { "laravel/framework": "^11" } }\n',
    'shop/Gemfile': 'gem "rails"\n',
    'Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
    'java/build.gradle': "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n}\n",
    'broken/package.json': '{ "name": ',
    'broken/pom.xml': '<project>',
    'examples/demo/package.json': '{ "dependencies": { "koa": "^2" } }\n',
    'node_modules/left-pad/package.json': '{}',
  };

  beforeAll(() => {
    dir = makeTempDir('pc-facts-');
    buildRepo(dir, { files: FILES });
    facts = new RepositoryFacts(new WorkingTreeSource(dir));
  });
  afterAll(() => removeDir(dir));

  it('parses every manifest once, broken ones carrying error, examples and node_modules skipped', async () => {
    const manifests = await facts.manifests();
    expect(manifests.map((m) => [m.path, m.ecosystem, Boolean(m.error)])).toEqual([
      ['Web/Web.csproj', 'csharp', false],
      ['admin/composer.json', 'php', false],
      ['api/pyproject.toml', 'python', false],
      ['broken/package.json', 'javascript', true],
      ['broken/pom.xml', 'java', true],
      ['java/build.gradle', 'java', false],
      ['package.json', 'javascript', false],
      ['shop/Gemfile', 'ruby', false],
      ['svc/go.mod', 'go', false],
    ]);
    expect(await facts.manifests()).toBe(manifests);
  });

  it('detects ecosystems in a fixed order and frameworks from runtime dependencies', async () => {
    const eco = await facts.ecosystems();
    expect(eco.ecosystems).toEqual(['javascript', 'python', 'java', 'go', 'php', 'csharp', 'ruby']);
    // fastify is a dev dependency and koa lives in examples/: neither counts.
    expect(eco.frameworks.map((f) => f.id)).toEqual(['express', 'fastapi', 'django', 'django-rest-framework', 'spring-boot', 'gin', 'laravel', 'aspnet-core', 'rails']);
    expect(eco.http).toBe(true);
  });

  it('falls back to source extensions when there is no manifest', async () => {
    const plain = makeTempDir('pc-facts-');
    try {
      buildRepo(plain, { files: { 'main.go': 'package main\n', 'scripts/tool.py': 'print(1)\n', 'docs/example.rb': 'puts 1\n' } });
      const eco = await new RepositoryFacts(new WorkingTreeSource(plain)).ecosystems();
      expect(eco).toEqual({ ecosystems: ['python', 'go'], frameworks: [], http: false });
    } finally {
      removeDir(plain);
    }
  });

  it('detectFrameworks: Spring Boot from a parent, ASP.NET Core from a package', () => {
    const spring = parseManifest('pom.xml', '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>');
    expect(detectFrameworks([spring]).map((f) => f.id)).toEqual(['spring-boot']);
    const aspnet = parseManifest('Api.csproj', '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.AspNetCore.OpenApi" /></ItemGroup></Project>');
    expect(detectFrameworks([aspnet]).map((f) => f.id)).toEqual(['aspnet-core']);
    expect(detectFrameworks([parseManifest('package.json', '{ "devDependencies": { "express": "4" } }')])).toEqual([]);
  });

  it.each([
    ['examples/app/main.py', true],
    ['docs/conf.py', true],
    ['docs_src/sql_databases/tutorial001.py', true],
    ['src/test-fixtures/a.ts', true],
    ['src/main/java/org/example/samples/petclinic/App.java', false],
    ['app/docs_controller.rb', false],
  ])('isExampleOrDocPath(%s) is %s', (path, expected) => {
    expect(isExampleOrDocPath(path)).toBe(expected);
  });
});

describe('Markdown and README sections', () => {
  const README = `Intro line before any heading.

Getting Started
===============

Clone it first.

Install
-------

\`\`\`Bash
$ npm install
# a comment
> npm start
\`\`\`

**Configuration**

Copy [the template](.env.example) and see <a href="docs/CONFIG.md">config</a>.

This is a **bold** sentence, not a heading.

**A bold line that ends like a sentence.**

## 🚀 2. Running the tests!

\`\`\`
npm test
\`\`\`

# Next top-level
`;
  const doc = parseMarkdown('README.md', README);

  it('splits setext, ATX and bold pseudo-headings into sections with lines', () => {
    expect(doc.sections.map((s) => [s.title, s.normalized, s.depth, s.line])).toEqual([
      ['', '', 0, 1],
      ['Getting Started', 'getting started', 1, 3],
      ['Install', 'install', 2, 8],
      ['Configuration', 'configuration', 6, 17],
      ['🚀 2. Running the tests!', 'running the tests', 2, 25],
      ['Next top-level', 'next top-level', 1, 31],
    ]);
  });

  it('a section spans its subsections until a heading of the same or lower depth', () => {
    const getting = doc.sections[1]!;
    expect(getting.text).toContain('Clone it first.');
    expect(getting.text).toContain('npm install');
    expect(getting.text).toContain('npm test');
    expect(getting.code.map((c) => c.line)).toEqual([11, 27]);
    expect(doc.sections[2]!.code).toHaveLength(1);
    expect(doc.sections[5]!.text).toBe('');
  });

  it('collects code blocks with lower-cased languages and links, HTML ones included', () => {
    expect(doc.code).toEqual([
      { lang: 'bash', value: '$ npm install\n# a comment\n> npm start', line: 11 },
      { lang: null, value: 'npm test', line: 27 },
    ]);
    expect(doc.links).toEqual([
      { url: '.env.example', text: 'the template', line: 19, image: false },
      { url: 'docs/CONFIG.md', text: '', line: 19, image: false },
    ]);
  });

  it('counts words across block boundaries', () => {
    expect(parseMarkdown('x.md', '# Title\n\n- one\n- two\n\nend').wordCount).toBe(4);
  });

  it.each([
    ['🚀 Getting Started', 'getting started'],
    ['1. Installation', 'installation'],
    ['2) Set-up & run', 'set-up run'],
    ['⚙️ Configuration:', 'configuration'],
    ['**Usage**', 'usage'],
  ])('normalizeHeading(%s) is %s', (title, expected) => {
    expect(normalizeHeading(title)).toBe(expected);
  });

  it('finds setup sections, exact titles before keyword matches', () => {
    const md = parseMarkdown('README.md', '# App\n\n## How to run the API\n\ntext\n\n## Installation\n\ntext\n\n## Testing\n');
    expect(findSections([md], 'setup').map((m) => [m.section.title, m.strength])).toEqual([
      ['Installation', 'exact'],
      ['How to run the API', 'keyword'],
    ]);
    expect(findSections([md], 'testing').map((m) => m.section.title)).toEqual(['Testing']);
  });

  it('recognises shell blocks and strips prompts and comments', () => {
    expect(['bash', 'console', 'powershell', null].map(isShellBlock)).toEqual([true, true, true, true]);
    expect(['js', 'python', 'json'].map(isShellBlock)).toEqual([false, false, false]);
    expect(shellLines(doc.code[0]!.value)).toEqual(['npm install', 'npm start']);
    expect(shellLines('PS C:\\app> dotnet run\n% make dev')).toEqual(['dotnet run', 'make dev']);
  });

  it.each([
    ['README.md', 'docs/SETUP.md', 'docs/SETUP.md'],
    ['docs/README.md', '../api/README.md#setup', 'api/README.md'],
    ['docs/README.md', './guide%20one.md?plain=1', 'docs/guide one.md'],
    ['README.md', '/backend/', 'backend'],
    ['README.md', '../outside.md', undefined],
    ['README.md', 'https://example.com/a.md', undefined],
    ['README.md', '#usage', undefined],
    ['README.md', 'mailto:me@example.com', undefined],
  ])('resolveRelativeLink(%s, %s) is %s', (from, url, expected) => {
    expect(resolveRelativeLink(from, url)).toBe(expected);
  });

  describe('over a repository', () => {
    let dir: string;
    beforeAll(() => {
      dir = makeTempDir('pc-readme-');
      buildRepo(dir, {
        files: {
          'README': 'plain readme without extension',
          'README.md': '# Root\n\nSee [setup](docs/SETUP.md), [backend](backend/), [again](./docs/SETUP.md) and [site](https://example.com).\n',
          'docs/README.md': '# Docs readme\n',
          'docs/SETUP.md': '# Setup\n',
          'backend/README.md': '# Backend\n',
        },
      });
    });
    afterAll(() => removeDir(dir));

    it('prefers the root README.md and follows its relative links once', async () => {
      const facts = new RepositoryFacts(new WorkingTreeSource(dir));
      expect((await facts.readme())?.path).toBe('README.md');
      expect((await facts.documentation()).map((d) => d.path)).toEqual(['README.md', 'docs/SETUP.md', 'backend/README.md']);
    });
  });
});

describe('CI configuration', () => {
  const ci = (path: string, text: string, system = 'GitHub Actions') => parseCiFile(new TextFile(path, text, false), system);

  it('GitHub Actions: triggers, steps with lines and jobs, uses, continue-on-error and if: false', () => {
    const config = ci(
      '.github/workflows/ci.yml',
      `name: CI
on:
  push:
  pull_request:
jobs:
  lint:
    runs-on: ubuntu-latest
    continue-on-error: true
    steps:
      - uses: actions/checkout@v4
      - run: npm run lint
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
      - name: Unit tests
        run: |
          npm ci
          npm test
      - run: npm run e2e
        continue-on-error: true
      - if: false
        run: npm run flaky
`,
    );
    expect(config.error).toBeUndefined();
    expect(config.triggers).toEqual(['push', 'pull_request']);
    expect(config.commands.map((c) => [c.line, c.job, c.command.trim(), c.allowedToFail, c.disabled])).toEqual([
      [11, 'lint', 'npm run lint', true, false],
      [17, 'test', 'npm ci\nnpm test', false, false],
      [20, 'test', 'npm run e2e', true, false],
      [23, 'test', 'npm run flaky', false, true],
    ]);
    expect(config.uses).toEqual([
      { ref: 'actions/checkout@v4', line: 10, job: 'lint' },
      { ref: 'actions/setup-node@v4', line: 15, job: 'test' },
    ]);
  });

  it.each([
    ['on: push', ['push']],
    ['on: [push, pull_request]', ['push', 'pull_request']],
    ['on:\n  workflow_dispatch:\n  schedule:\n    - cron: "0 0 * * *"', ['workflow_dispatch', 'schedule']],
    ['name: no trigger', []],
  ])('GitHub triggers of %j', (header, expected) => {
    expect(ci('.github/workflows/x.yml', `${header}\njobs: {}\n`).triggers).toEqual(expected);
  });

  it('GitLab CI: root keys name jobs, allow_failure, script lists', () => {
    const config = ci(
      '.gitlab-ci.yml',
      `stages: [test]
before_script:
  - pip install -r requirements.txt
unit:
  script:
    - pytest
integration:
  allow_failure: true
  script:
    - pytest tests/integration
`,
      'GitLab CI',
    );
    expect(config.triggers).toBeNull();
    expect(config.commands.map((c) => [c.line, c.job, c.command, c.allowedToFail])).toEqual([
      [3, 'before_script', 'pip install -r requirements.txt', false],
      [6, 'unit', 'pytest', false],
      [10, 'integration', 'pytest tests/integration', true],
    ]);
  });

  it('invalid YAML is an error with a line', () => {
    const config = ci('.github/workflows/ci.yml', 'on: push\njobs:\n  test:\n    steps:\n      - run: a\n     - run: b\n');
    expect(config.error?.message).toMatch(/^invalid YAML: /);
    expect(config.error?.line).toBe(6);
    expect(config.commands).toEqual([]);
  });

  it('a YAML document that is not a mapping is an error on line 1', () => {
    expect(ci('.travis.yml', '- script: make test\n', 'Travis CI').error).toEqual({ message: 'the file is not a YAML mapping', line: 1 });
    expect(ci('.travis.yml', '', 'Travis CI').error).toEqual({ message: 'the file is not a YAML mapping', line: 1 });
  });

  it('Jenkinsfile sh/bat steps with lines', () => {
    const config = ci('Jenkinsfile', "pipeline {\n  stages {\n    stage('Test') {\n      steps {\n        sh 'npm ci'\n        sh \"\"\"\n          npm test\n        \"\"\"\n        bat(script: 'gradlew.bat check')\n      }\n    }\n  }\n}\n", 'Jenkins');
    expect(config.commands.map((c) => [c.line, c.command.trim()])).toEqual([
      [5, 'npm ci'],
      [6, 'npm test'],
      [9, 'gradlew.bat check'],
    ]);
  });

  it('finds CI files at their conventional paths only', () => {
    const files = new FileIndex(
      ['.github/workflows/ci.yml', '.github/workflows/release.yaml', '.github/workflows/README.md', '.github/dependabot.yml', '.gitlab-ci.yml', 'Jenkinsfile', '.circleci/config.yml', 'ci/pipeline.yml', 'azure-pipelines.yml'].map(
        (path) => ({ path, size: 1, symlink: false, tracked: null }),
      ),
    );
    expect(findCiFiles(files)).toEqual([
      { path: '.github/workflows/ci.yml', system: 'GitHub Actions' },
      { path: '.github/workflows/release.yaml', system: 'GitHub Actions' },
      { path: '.gitlab-ci.yml', system: 'GitLab CI' },
      { path: 'Jenkinsfile', system: 'Jenkins' },
      { path: '.circleci/config.yml', system: 'CircleCI' },
      { path: 'azure-pipelines.yml', system: 'Azure Pipelines' },
    ]);
  });

  it('Facts.ci parses each CI file of a repository', async () => {
    const dir = makeTempDir('pc-ci-');
    try {
      buildRepo(dir, { files: { '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    steps:\n      - run: go test ./...\n', '.github/workflows/bad.yml': 'on: [push\n' } });
      const configs = await new RepositoryFacts(new WorkingTreeSource(dir)).ci();
      expect(configs.map((c) => [c.path, c.commands.length, Boolean(c.error)])).toEqual([
        ['.github/workflows/bad.yml', 0, true],
        ['.github/workflows/ci.yml', 1, false],
      ]);
    } finally {
      removeDir(dir);
    }
  });
});

describe('dotenv files', () => {
  it('parses KEY=VALUE lines with quotes, export and comments', () => {
    expect(parseDotenv('# comment\nexport A=1\nB="two words"\nC=\'x\' \nD=val # note\nnot a line\nE=\n')).toEqual([
      { key: 'A', value: '1', line: 2 },
      { key: 'B', value: 'two words', line: 3 },
      { key: 'C', value: 'x', line: 4 },
      { key: 'D', value: 'val', line: 5 },
      { key: 'E', value: '', line: 7 },
    ]);
  });

  it.each([
    ['.env.example', true],
    ['.env.sample', true],
    ['.env.local.example', true],
    ['env.example', true],
    ['.env.dev-sample', true], // testdrivenio/flask-on-docker
    ['.env.prod.db-sample', true],
    ['.env_template', true],
    ['.env.exemple', true], // lucasemanuel/todo-api-clean-architecture
    ['.env', false],
    ['.env.production', false],
    ['.env.examples-not', false],
  ])('isEnvTemplate(%s) is %s', (base, expected) => {
    expect(isEnvTemplate(base)).toBe(expected);
  });
});

describe('commit subjects', () => {
  it.each([
    ['Add JWT refresh endpoint', 'descriptive'],
    ['feat(auth): add refresh tokens', 'descriptive'],
    ['wip', 'vague'],
    ['fix: fix', 'vague'],
    ['Update', 'vague'],
    ['minor changes', 'vague'],
    ['Update README.md', 'web-ui'],
    ['Add files via upload', 'web-ui'],
    ['Rename a.py to b.py', 'web-ui'],
    ['fix: Update url.py', 'verb-filename'],
    ['Login', 'too-short'],
    ['修复登录页面的错误', 'descriptive'],
  ])('classifySubject(%j) is %s', (subject, expected) => {
    expect(classifySubject(subject)).toBe(expected);
  });

  const commitOf = (fields: Partial<Commit>): Commit => ({
    hash: 'h',
    parents: ['p'],
    authorName: 'Jane',
    authorEmail: 'jane@example.com',
    authorDate: '',
    committerDate: '',
    subject: 'Add things',
    body: '',
    ...fields,
  });

  it('ignores merges, bots, reverts and releases', () => {
    expect(isIgnoredCommit(commitOf({ parents: ['a', 'b'] }))).toBe(true);
    expect(isIgnoredCommit(commitOf({ authorName: 'renovate[bot]' }))).toBe(true);
    expect(isIgnoredCommit(commitOf({ subject: 'Merge pull request #4 from jane/x' }))).toBe(true);
    expect(isIgnoredCommit(commitOf({ subject: 'Revert "Add cache"' }))).toBe(true);
    expect(isIgnoredCommit(commitOf({ subject: 'v1.2.3' }))).toBe(true);
    expect(isIgnoredCommit(commitOf({}))).toBe(false);
  });
});

describe('TextFile', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const file = new TextFile('a.txt', 'one\ntwo\r\nthree', false);
    expect(file.position(0)).toEqual({ line: 1, column: 1 });
    expect(file.position(4)).toEqual({ line: 2, column: 1 });
    expect(file.position(9)).toEqual({ line: 3, column: 1 });
    expect(file.findLine('three')).toBe(3);
    expect(file.findLine(/t\w+/)).toBe(2);
    expect(file.findLine('one', 1)).toBeUndefined();
    expect(file.lines()).toEqual(['one', 'two', 'three']);
  });
});
