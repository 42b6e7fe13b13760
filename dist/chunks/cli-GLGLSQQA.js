#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  COMMIT_STATS_LIMIT,
  ConfigError,
  Facts,
  LARAVEL_GENERATED_CONFIG,
  NPM_PLACEHOLDER_TEST,
  WorkingTreeSource,
  checkSource,
  codePort,
  declaredDependencies,
  envFacts,
  findSections,
  formatProblem,
  loadConfig,
  require_dist,
  require_ignore,
  testFacts
} from "./chunk-UYJSVJQN.js";
import "./chunk-TFEECQPW.js";
import "./chunk-OD7Z3KTL.js";
import "./chunk-GE6FNV7H.js";
import {
  __toESM
} from "./chunk-FDRXJHTK.js";

// src/fix/cli.ts
import { stat } from "node:fs/promises";
import path3 from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

// src/fix/diff.ts
var CONTEXT = 3;
function lines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function unifiedDiff(file) {
  const before = file.mode === "append" ? file.before ?? "" : "";
  const after = before + file.content;
  const oldLines = lines(before);
  const newLines = lines(after);
  let first = 0;
  while (first < oldLines.length && first < newLines.length && oldLines[first] === newLines[first]) first++;
  const start = Math.max(0, first - CONTEXT);
  const oldCount = oldLines.length - start;
  const newCount = newLines.length - start;
  const range = (from, count) => count === 0 ? `${from},0` : `${from + 1},${count}`;
  const out = [file.mode === "create" ? `diff --git a/${file.path} b/${file.path}
new file mode 100644
--- /dev/null
` : `diff --git a/${file.path} b/${file.path}
--- a/${file.path}
`, `+++ b/${file.path}
`, `@@ -${range(start, oldCount)} +${range(start, newCount)} @@
`];
  const emit = (prefix, line) => {
    out.push(prefix + line);
    if (!line.endsWith("\n")) out.push("\n\\ No newline at end of file\n");
  };
  for (let i = start; i < first; i++) emit(" ", oldLines[i]);
  for (let i = first; i < oldLines.length; i++) emit("-", oldLines[i]);
  for (let i = first; i < newLines.length; i++) emit("+", newLines[i]);
  return out.join("");
}

// src/fix/generators/license.ts
var LICENSE_TEXTS = {
  MIT: (year, holder) => `MIT License

Copyright (c) ${year} ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`,
  ISC: (year, holder) => `ISC License

Copyright (c) ${year} ${holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`,
  "BSD-2-Clause": (year, holder) => `BSD 2-Clause License

Copyright (c) ${year}, ${holder}

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`,
  "BSD-3-Clause": (year, holder) => `BSD 3-Clause License

Copyright (c) ${year}, ${holder}

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`,
  "0BSD": (year, holder) => `Zero-Clause BSD

Copyright (C) ${year} by ${holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`
};
function knownLicense(id) {
  return Object.keys(LICENSE_TEXTS).find((k) => k.toLowerCase() === id.toLowerCase());
}
var license = {
  id: "license",
  rules: ["license-present"],
  async generate(context) {
    const rule = context.result.rules.find((r) => r.id === "license-present");
    if (rule?.outcome === "partial" && !rule.findings.some((f) => /no LICENSE file holds its text/.test(f.message))) return { skipped: "the LICENSE file exists (fill in its placeholders by hand)" };
    if (["LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING"].some((p) => context.exists(p))) return { skipped: "a LICENSE file exists" };
    const declared = (await context.facts.manifests()).find((m) => m.dir === "" && m.license)?.license;
    const id = knownLicense(context.license) ?? "MIT";
    const chosen = context.license === "MIT" && declared && knownLicense(declared) ? knownLicense(declared) : id;
    if (context.license === "MIT" && declared && !knownLicense(declared) && declared !== "UNLICENSED") return { skipped: `${declared} is declared, and fix writes only ${Object.keys(LICENSE_TEXTS).join(", ")}: add its text from https://spdx.org/licenses/${declared}.html` };
    const holder = await copyrightHolder(context);
    return { files: [{ path: "LICENSE", mode: "create", content: LICENSE_TEXTS[chosen](context.year, holder.name), rules: this.rules, summary: `${chosen}, \xA9 ${context.year} ${holder.name} (${holder.source})` }] };
  }
};
async function copyrightHolder(context) {
  const history = await context.facts.history();
  const top = history.available ? history.summary.authors.find((a) => a.name.trim()) : void 0;
  if (top) return { name: oneLine(top.name), source: `author of ${top.commits} commit(s)` };
  return { name: `the ${oneLine(context.projectName)} authors`, source: "no git history" };
}
function oneLine(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[^\p{L}\p{N} .,'@()_-]/gu, "").slice(0, 100).trim() || "the authors";
}

// src/fix/overlay-source.ts
var OverlaySource = class {
  constructor(inner, files) {
    this.inner = inner;
    this.kind = inner.kind;
    this.name = inner.name;
    this.planned = new Map(files.map((f) => [f.path, Buffer.from((f.mode === "append" ? f.before ?? "" : "") + f.content)]));
    if (inner.addedLines) this.addedLines = inner.addedLines.bind(inner);
    const readEach = inner.readEach?.bind(inner);
    if (readEach) {
      this.readEach = (paths, maxBytes, visit) => {
        readEach(paths.filter((p) => !this.planned.has(p)), maxBytes, visit);
        for (const p of paths) {
          const bytes = this.planned.get(p);
          if (bytes) visit(p, bytes.subarray(0, maxBytes));
        }
      };
    }
  }
  inner;
  kind;
  name;
  planned;
  addedLines;
  readEach;
  async listFiles(skipDirs) {
    const listed = await this.inner.listFiles(skipDirs);
    const out = listed.map((f) => this.planned.has(f.path) ? { ...f, size: this.planned.get(f.path).length } : f);
    const known = new Set(listed.map((f) => f.path));
    const git = listed.some((f) => f.tracked !== null);
    for (const [path4, bytes] of this.planned) if (!known.has(path4)) out.push({ path: path4, size: bytes.length, symlink: false, tracked: git ? false : null });
    return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  async readFile(path4, options) {
    const bytes = this.planned.get(path4);
    if (!bytes) return this.inner.readFile(path4, options);
    return { bytes: bytes.subarray(0, options.maxBytes), size: bytes.length, truncated: bytes.length > options.maxBytes };
  }
  history(options) {
    return this.inner.history(options);
  }
  head() {
    return this.inner.head();
  }
  trackedPaths() {
    return this.inner.trackedPaths();
  }
};

// src/fix/plan.ts
import { existsSync, lstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/facts/stack.ts
var DEFAULT_RUNTIME = { javascript: "22", python: "3.12", java: "21", go: "1.23", php: "8.3", csharp: "8.0", ruby: "3.3" };
var MANIFEST_RANK = { "package.json": 0, "pyproject.toml": 0, "requirements.txt": 1, pipfile: 1, "setup.py": 2, "pom.xml": 0, "build.gradle": 0, "build.gradle.kts": 0, "go.mod": 0, "composer.json": 0, gemfile: 0 };
var DATABASE_DEPENDENCIES = [
  ["postgres", /^(pg|postgres|psycopg2?(-binary)?|psycopg|asyncpg|org\.postgresql:postgresql|github\.com\/jackc\/pgx(\/v\d)?|github\.com\/lib\/pq|gorm\.io\/driver\/postgres|npgsql(\.entityframeworkcore\.postgresql)?|@neondatabase\/serverless)$/i],
  ["mysql", /^(mysql2?|pymysql|mysqlclient|aiomysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client|github\.com\/go-sql-driver\/mysql|gorm\.io\/driver\/mysql|pomelo\.entityframeworkcore\.mysql|mysqlconnector|trilogy)$/i],
  ["sqlserver", /^(mssql|tedious|microsoft\.entityframeworkcore\.sqlserver|microsoft\.data\.sqlclient|com\.microsoft\.sqlserver:mssql-jdbc)$/i],
  ["mongo", /^(mongoose|mongodb|@nestjs\/mongoose|pymongo|motor|mongoengine|beanie|odmantic|org\.springframework\.boot:spring-boot-starter-data-mongodb|go\.mongodb\.org\/mongo-driver(\/v2)?|mongoid|mongodb\.driver|mongodb\/laravel-mongodb)$/i],
  ["sqlite", /^(sqlite3|better-sqlite3|org\.xerial:sqlite-jdbc|github\.com\/mattn\/go-sqlite3|gorm\.io\/driver\/sqlite|microsoft\.entityframeworkcore\.sqlite)$/i]
];
var DATABASE_TEXT = [
  ["postgres", /django\.db\.backends\.postgresql|adapter:\s*postgres|jdbc:postgresql:|provider\s*=\s*"postgresql"|DB_CONNECTION=pgsql|postgres(ql)?:\/\//],
  ["mysql", /django\.db\.backends\.mysql|adapter:\s*(mysql2|trilogy)|jdbc:(mysql|mariadb):|provider\s*=\s*"mysql"|DB_CONNECTION=(mysql|mariadb)|mysql:\/\//],
  ["sqlserver", /jdbc:sqlserver:|provider\s*=\s*"sqlserver"|DB_CONNECTION=sqlsrv/],
  ["mongo", /mongodb(\+srv)?:\/\//],
  ["sqlite", /django\.db\.backends\.sqlite3|adapter:\s*sqlite3|provider\s*=\s*"sqlite"|DB_CONNECTION=sqlite/]
];
var DATABASE_CONFIGS = /(^|\/)(settings\.py|database\.yml|application(-\w+)?\.(properties|ya?ml)|schema\.prisma|\.env\.example|appsettings(\.\w+)?\.json)$/;
function stackFacts(facts) {
  return facts.derive("stack", async () => {
    const [{ ecosystems, frameworks }, manifests, files] = await Promise.all([facts.ecosystems(), facts.manifests(), facts.files()]);
    const manifest = primaryManifest(manifests.filter((m) => !m.error), frameworks);
    const ecosystem = manifest?.ecosystem ?? ecosystems[0];
    if (!ecosystem) return void 0;
    const dir = manifest?.dir ?? "";
    const present = new Set(files.all.filter((f) => f.path.startsWith(dir)).map((f) => f.path.slice(dir.length)));
    const framework = frameworks.find((f) => f.ecosystem === ecosystem && f.http);
    const deps = new Set((await declaredDependencies(facts)).filter((d) => !d.indirect).map((d) => d.name.toLowerCase()));
    const siblings = manifests.filter((m) => m.dir === dir && m.ecosystem === ecosystem);
    const read = async (name) => present.has(name) ? (await facts.read(dir + name, 256 * 1024))?.text : void 0;
    const ctx = { facts, dir, present, deps, siblings, framework, read };
    const detail = await ECOSYSTEM_STACKS[ecosystem](ctx);
    const port = await codePort(facts, dir) ?? await literalPort(facts, dir, ecosystem) ?? { port: detail.defaultPort, source: "default" };
    const database = await databaseKind(facts, deps);
    const tests = await testFacts(facts);
    const hasTests = tests.files.length > 0;
    return {
      ecosystem,
      ...framework ? { framework } : {},
      dir,
      manifest: manifest?.path ?? "",
      packageManager: detail.packageManager,
      install: detail.install,
      runtime: detail.runtime,
      ...detail.test && (hasTests || detail.test.source !== "default") ? { test: detail.test } : {},
      ...detail.build ? { build: detail.build } : {},
      ...detail.start ? { start: { value: withPort(detail.start.value, port.port), source: detail.start.source } } : {},
      port: portOf(port),
      ...database ? { database } : {},
      ...detail.migrate ? { migrate: detail.migrate } : {},
      present
    };
  });
}
function withPort(args, port) {
  return args.map((arg, i) => {
    if (/^\d{2,5}$/.test(arg) && /^(--port|-p)$/.test(args[i - 1] ?? "")) return String(port);
    return arg.replace(/^(--port=|0\.0\.0\.0:)\d{2,5}$/, `$1${port}`);
  });
}
function portOf(port) {
  return { value: port.port, source: port.source };
}
function primaryManifest(manifests, frameworks) {
  const http = new Set(frameworks.filter((f) => f.http).map((f) => f.ecosystem));
  const depth = (m) => m.dir.split("/").length;
  const base = (m) => m.path.slice(m.path.lastIndexOf("/") + 1).toLowerCase();
  const rank = (m) => depth(m) * 100 + (http.has(m.ecosystem) ? 0 : 10) + (MANIFEST_RANK[base(m)] ?? (base(m).endsWith(".csproj") ? /test/i.test(m.path) ? 5 : 0 : 3));
  return manifests.filter((m) => !/(^|\/)(tests?|spec)\//i.test(m.path) && m.attributes.isTestProject !== "true").sort((a, b) => rank(a) - rank(b))[0];
}
var ECOSYSTEM_STACKS = {
  javascript: javascriptStack,
  python: pythonStack,
  java: javaStack,
  go: goStack,
  php: phpStack,
  csharp: csharpStack,
  ruby: rubyStack
};
function versionIn(text, parts) {
  const m = /(\d+)(?:\.(\d+))?/.exec(text ?? "");
  if (!m) return void 0;
  return parts === 1 || m[2] === void 0 ? m[1] : `${m[1]}.${m[2]}`;
}
async function javascriptStack({ dir, present, siblings, read, deps }) {
  const pkgText = await read("package.json");
  let pkg = {};
  try {
    pkg = JSON.parse(pkgText ?? "{}");
  } catch {
  }
  const declared = typeof pkg.packageManager === "string" ? /^(npm|pnpm|yarn|bun)@/.exec(pkg.packageManager)?.[1] : void 0;
  const byLock = [["pnpm-lock.yaml", "pnpm"], ["yarn.lock", "yarn"], ["bun.lock", "bun"], ["bun.lockb", "bun"], ["package-lock.json", "npm"]];
  const lock = byLock.find(([file]) => present.has(file));
  const pm = declared ? { value: declared, source: `${dir}package.json packageManager` } : lock ? { value: lock[1], source: dir + lock[0] } : { value: "npm", source: "default" };
  const install = {
    npm: lock?.[1] === "npm" ? "npm ci" : "npm install",
    pnpm: "pnpm install --frozen-lockfile",
    yarn: present.has(".yarnrc.yml") ? "yarn install --immutable" : "yarn install --frozen-lockfile",
    bun: "bun install --frozen-lockfile"
  }[pm.value];
  const nvm = present.has(".nvmrc") ? ".nvmrc" : present.has(".node-version") ? ".node-version" : void 0;
  const nvmVersion = nvm ? versionIn(await read(nvm), 1) : void 0;
  const engines = typeof pkg.engines?.node === "string" ? versionIn(pkg.engines.node, 1) : void 0;
  const floor = engines && /^\s*(>=|\^|~)?\s*\d/.test(pkg.engines.node) && /^\s*>=/.test(pkg.engines.node) ? Math.max(Number(engines), Number(DEFAULT_RUNTIME.javascript)) : engines;
  const runtime = nvmVersion ? { value: nvmVersion, source: dir + nvm } : floor ? { value: String(floor), source: `${dir}package.json engines.node` } : { value: DEFAULT_RUNTIME.javascript, source: "default" };
  const scripts = Object.fromEntries(siblings.flatMap((m) => Object.entries(m.scripts).map(([k, v]) => [k, v.command])));
  const run = (script) => pm.value === "npm" ? script === "test" || script === "start" ? `npm ${script}` : `npm run ${script}` : pm.value === "bun" ? `bun run ${script}` : `${pm.value} ${script}`;
  const test = scripts.test && !NPM_PLACEHOLDER_TEST.test(scripts.test) ? { value: run("test"), source: `${dir}package.json scripts.test` } : void 0;
  const build = scripts.build ? { value: run("build"), source: `${dir}package.json scripts.build` } : void 0;
  let start;
  for (const name of ["start:prod", "start"]) {
    const command = scripts[name];
    if (!command) continue;
    const node = /^\s*node\s+((?:--?[\w-]+(?:=\S+)?\s+)*)([\w./@-]+)\s*$/.exec(command);
    start = node ? { value: ["node", ...node[1].trim().split(/\s+/).filter(Boolean), node[2]], source: `${dir}package.json scripts.${name}` } : { value: [pm.value, ...pm.value === "npm" && name === "start" ? ["start"] : ["run", name]], source: `${dir}package.json scripts.${name}` };
    break;
  }
  if (!start && typeof pkg.main === "string" && !/\.tsx?$/.test(pkg.main)) start = { value: ["node", pkg.main], source: `${dir}package.json main` };
  if (!start) {
    const entry2 = ["server.js", "app.js", "index.js", "main.js"].find((f) => present.has(f));
    if (entry2) start = { value: ["node", entry2], source: dir + entry2 };
  }
  void deps;
  return { packageManager: pm, install, runtime, ...test ? { test } : {}, ...build ? { build } : {}, ...start ? { start } : {}, ...migrateJs(deps, run, scripts), defaultPort: 3e3 };
}
function migrateJs(deps, run, scripts) {
  const script = Object.keys(scripts).find((s) => /^(db:)?migrate(:(up|run|latest|deploy))?$/.test(s));
  if (script) return { migrate: run(script) };
  if (deps.has("prisma") || deps.has("@prisma/client")) return { migrate: "npx prisma migrate deploy" };
  if (deps.has("sequelize")) return { migrate: "npx sequelize-cli db:migrate" };
  if (deps.has("knex")) return { migrate: "npx knex migrate:latest" };
  if (deps.has("typeorm")) return { migrate: "npx typeorm migration:run -d <data-source file>" };
  if (deps.has("drizzle-orm")) return { migrate: "npx drizzle-kit migrate" };
  return {};
}
async function pythonStack({ facts, dir, present, deps, framework, read }) {
  const pyproject = await read("pyproject.toml");
  const pm = present.has("uv.lock") ? { value: "uv", source: `${dir}uv.lock` } : present.has("poetry.lock") || /\[tool\.poetry\]/.test(pyproject ?? "") ? { value: "poetry", source: present.has("poetry.lock") ? `${dir}poetry.lock` : `${dir}pyproject.toml` } : present.has("Pipfile") ? { value: "pipenv", source: `${dir}Pipfile` } : { value: "pip", source: present.has("requirements.txt") ? `${dir}requirements.txt` : "default" };
  const install = { uv: "uv sync --frozen", poetry: "poetry install --no-interaction", pipenv: "pipenv install --deploy --dev", pip: present.has("requirements.txt") ? "pip install -r requirements.txt" : "pip install ." }[pm.value];
  const runner = { uv: "uv run ", poetry: "poetry run ", pipenv: "pipenv run ", pip: "" }[pm.value];
  const versionFile = present.has(".python-version") ? ".python-version" : present.has("runtime.txt") ? "runtime.txt" : void 0;
  const fileVersion = versionFile ? versionIn(await read(versionFile), 2) : void 0;
  const requires = /requires-python\s*=\s*["']([^"']+)["']/.exec(pyproject ?? "")?.[1] ?? /^\s*python\s*=\s*["']([^"']+)["']/m.exec(pyproject ?? "")?.[1];
  const requiresVersion = requires ? versionIn(requires, 2) : void 0;
  const runtime = fileVersion ? { value: fileVersion, source: dir + versionFile } : requiresVersion && /\./.test(requiresVersion) ? { value: requiresVersion, source: `${dir}pyproject.toml requires-python` } : { value: DEFAULT_RUNTIME.python, source: "default" };
  const django = framework?.id === "django" || framework?.id === "django-rest-framework";
  const manage = present.has("manage.py");
  const test = deps.has("pytest") || /\[tool\.pytest/.test(pyproject ?? "") || present.has("pytest.ini") ? { value: `${runner}pytest`, source: deps.has("pytest") ? "pytest in the dependencies" : "pytest configuration" } : django && manage ? { value: `${runner}python manage.py test`, source: `${dir}manage.py` } : { value: `${runner}python -m unittest discover`, source: "default" };
  let start;
  let defaultPort = 8e3;
  if (django) {
    const wsgi = (await facts.files()).all.find((f) => f.path.startsWith(dir) && f.base === "wsgi.py");
    if (wsgi) {
      const module = wsgi.path.slice(dir.length, -3).replace(/\//g, ".");
      start = { value: ["gunicorn", `${module}:application`, "--bind", "0.0.0.0:8000"], source: wsgi.path };
    }
  } else if (framework?.id === "fastapi" || framework?.id === "flask" || framework?.id === "starlette") {
    const app = await findAppObject(facts, dir, framework.id === "flask" ? /^(\w+)\s*=\s*Flask\(/m : /^(\w+)\s*=\s*(FastAPI|Starlette|Litestar)\(/m);
    if (app) {
      if (framework.id === "flask") {
        defaultPort = 5e3;
        start = { value: ["gunicorn", app.target, "--bind", "0.0.0.0:5000"], source: app.where };
      } else start = { value: ["uvicorn", app.target, "--host", "0.0.0.0", "--port", "8000"], source: app.where };
    }
  }
  if (!start) {
    const entry2 = ["main.py", "app.py", "server.py", "run.py"].find((f) => present.has(f));
    if (entry2) start = { value: ["python", entry2], source: dir + entry2 };
  }
  const migrate = django && manage ? `${runner}python manage.py migrate` : deps.has("alembic") ? `${runner}alembic upgrade head` : deps.has("flask-migrate") ? `${runner}flask db upgrade` : void 0;
  return { packageManager: pm, install, runtime, test, ...start ? { start } : {}, ...migrate ? { migrate } : {}, defaultPort };
}
async function findAppObject(facts, dir, pattern) {
  const candidates = (await facts.sourceFiles(["python"])).filter((f) => f.path.startsWith(dir) && !/(^|\/)tests?\//.test(f.path)).slice(0, 300);
  candidates.sort((a, b) => Number(!/^(main|app|server|__init__)\.py$/.test(a.base)) - Number(!/^(main|app|server|__init__)\.py$/.test(b.base)) || a.path.length - b.path.length);
  for (const file of candidates) {
    const text = await facts.scan(file.path, 256 * 1024);
    const m = text && pattern.exec(text.text);
    if (!m) continue;
    const module = file.path.slice(dir.length, -3).replace(/\/__init__$/, "").replace(/^src\//, "").replace(/\//g, ".");
    return { target: `${module}:${m[1]}`, where: `${file.path}:${text.lineAt(m.index)}` };
  }
  return void 0;
}
async function javaStack({ dir, present, read, framework }) {
  const maven = present.has("pom.xml");
  const wrapper = maven ? present.has("mvnw") : present.has("gradlew");
  const tool = maven ? wrapper ? "./mvnw" : "mvn" : wrapper ? "./gradlew" : "gradle";
  const pm = { value: maven ? "maven" : "gradle", source: dir + (maven ? "pom.xml" : present.has("build.gradle.kts") ? "build.gradle.kts" : "build.gradle") };
  const buildFile = maven ? await read("pom.xml") : await read("build.gradle.kts") ?? await read("build.gradle");
  const declared = /<(?:java\.version|maven\.compiler\.(?:release|source|target)|release)>\s*(?:1\.)?(\d+)\s*</.exec(buildFile ?? "")?.[1] ?? /languageVersion(?:\.set\()?\s*[=(]?\s*JavaLanguageVersion\.of\((\d+)\)/.exec(buildFile ?? "")?.[1] ?? /(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?(\d+)|['"]?(?:1\.)?(\d+))/.exec(buildFile ?? "")?.slice(1).find(Boolean);
  const runtime = declared ? { value: declared, source: pm.source } : { value: DEFAULT_RUNTIME.java, source: "default" };
  const spring = framework?.id === "spring-boot";
  const build = maven ? { value: `${tool} -B -DskipTests package`, source: pm.source } : { value: `${tool} ${spring ? "bootJar" : "build"} -x test`, source: pm.source };
  const migrate = /flyway/i.test(buildFile ?? "") ? "Flyway runs the migrations in src/main/resources/db/migration at start-up" : /liquibase/i.test(buildFile ?? "") ? "Liquibase applies db/changelog at start-up" : void 0;
  return {
    packageManager: pm,
    install: maven ? `${tool} -B dependency:go-offline` : `${tool} dependencies`,
    runtime,
    test: { value: maven ? `${tool} -B test` : `${tool} test`, source: pm.source },
    build,
    start: { value: ["java", "-jar", "app.jar"], source: build.source },
    ...migrate ? { migrate } : {},
    defaultPort: 8080
  };
}
async function goStack({ facts, dir, read }) {
  const goMod = await read("go.mod");
  const declared = /^go\s+(\d+\.\d+)/m.exec(goMod ?? "")?.[1];
  const runtime = declared ? { value: declared, source: `${dir}go.mod` } : { value: DEFAULT_RUNTIME.go, source: "default" };
  const mains = [];
  for (const file of (await facts.sourceFiles(["go"])).filter((f) => f.path.startsWith(dir) && !f.base.endsWith("_test.go")).slice(0, 500)) {
    if (file.dir !== dir && !file.dir.startsWith(`${dir}cmd/`)) continue;
    const text = await facts.scan(file.path, 128 * 1024);
    if (text && /^package main\b/m.test(text.text) && /^func main\(\)/m.test(text.text)) mains.push(file.dir);
  }
  mains.sort((a, b) => a.length - b.length);
  const main = mains[0];
  const pkg = main === void 0 ? void 0 : main === dir ? "." : `./${main.slice(dir.length).replace(/\/$/, "")}`;
  return {
    packageManager: { value: "go", source: `${dir}go.mod` },
    install: "go mod download",
    runtime,
    test: { value: "go test ./...", source: `${dir}go.mod` },
    ...pkg ? { build: { value: `go build -o /out/app ${pkg}`, source: `${main}` } } : {},
    ...pkg ? { start: { value: ["/app"], source: `package main in ${main || "./"}` } } : {},
    ...await declaredDependenciesHas(facts, /golang-migrate|pressly\/goose/) ? { migrate: 'migrate -path db/migrations -database "$DATABASE_URL" up' } : {},
    defaultPort: 8080
  };
}
async function declaredDependenciesHas(facts, pattern) {
  return (await declaredDependencies(facts)).some((d) => pattern.test(d.name));
}
async function phpStack({ present, read, deps, framework, siblings, dir }) {
  const composer = await read("composer.json");
  let php;
  try {
    php = JSON.parse(composer ?? "{}").require?.php;
  } catch {
    php = void 0;
  }
  const version = php ? versionIn(php, 2) : void 0;
  const runtime = version && version.includes(".") ? { value: version, source: `${dir}composer.json require.php` } : { value: DEFAULT_RUNTIME.php, source: "default" };
  const laravel = framework?.id === "laravel" && present.has("artisan");
  const scripts = Object.fromEntries(siblings.flatMap((m) => Object.entries(m.scripts).map(([k, v]) => [k, v.command])));
  const test = laravel ? { value: "php artisan test", source: `${dir}artisan` } : scripts.test ? { value: "composer test", source: `${dir}composer.json scripts.test` } : deps.has("pestphp/pest") ? { value: "vendor/bin/pest", source: "pestphp/pest in composer.json" } : deps.has("phpunit/phpunit") ? { value: "vendor/bin/phpunit", source: "phpunit/phpunit in composer.json" } : void 0;
  const docroot = present.has("public/index.php") ? "public" : ".";
  const start = laravel ? { value: ["php", "artisan", "serve", "--host=0.0.0.0", "--port=8000"], source: `${dir}artisan` } : { value: ["php", "-S", "0.0.0.0:8000", "-t", docroot], source: docroot === "public" ? `${dir}public/index.php` : "default" };
  const migrate = laravel ? "php artisan migrate" : deps.has("doctrine/doctrine-migrations-bundle") ? "php bin/console doctrine:migrations:migrate" : void 0;
  return { packageManager: { value: "composer", source: `${dir}composer.json` }, install: "composer install --no-interaction --prefer-dist", runtime, ...test ? { test } : {}, start, ...migrate ? { migrate } : {}, defaultPort: 8e3 };
}
async function csharpStack({ dir, siblings, read, deps }) {
  const project = siblings.find((m) => m.path.endsWith(".csproj"));
  const projectFile = project?.path.slice(dir.length);
  const text = projectFile ? await read(projectFile) : void 0;
  const framework = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text ?? "")?.[1];
  const runtime = framework ? { value: framework, source: project.path } : { value: DEFAULT_RUNTIME.csharp, source: "default" };
  const assembly = /<AssemblyName>\s*([\w.-]+)\s*</.exec(text ?? "")?.[1] ?? projectFile?.replace(/^.*\//, "").replace(/\.csproj$/, "");
  const ef = [...deps].some((d) => d.startsWith("microsoft.entityframeworkcore"));
  return {
    packageManager: { value: "dotnet", source: project?.path ?? "default" },
    install: "dotnet restore",
    runtime,
    test: { value: "dotnet test", source: project?.path ?? "default" },
    ...projectFile ? { build: { value: `dotnet publish "${projectFile}" -c Release -o /app/publish`, source: project.path } } : {},
    ...assembly ? { start: { value: ["dotnet", `${assembly}.dll`], source: project.path } } : {},
    ...ef ? { migrate: "dotnet ef database update" } : {},
    defaultPort: 8080
  };
}
async function rubyStack({ dir, present, read, deps, framework }) {
  const gemfile = await read("Gemfile");
  const fileVersion = present.has(".ruby-version") ? versionIn(await read(".ruby-version"), 2) : void 0;
  const gemVersion = versionIn(/^\s*ruby\s+["']([^"']+)["']/m.exec(gemfile ?? "")?.[1], 2);
  const runtime = fileVersion ? { value: fileVersion, source: `${dir}.ruby-version` } : gemVersion ? { value: gemVersion, source: `${dir}Gemfile` } : { value: DEFAULT_RUNTIME.ruby, source: "default" };
  const rails = framework?.id === "rails";
  const binRails = present.has("bin/rails") && rails;
  const test = deps.has("rspec-rails") || deps.has("rspec") ? { value: "bundle exec rspec", source: "rspec in the Gemfile" } : rails ? { value: binRails ? "bin/rails test" : "bundle exec rails test", source: `${dir}Gemfile rails` } : { value: "bundle exec rake test", source: "default" };
  const start = rails ? { value: [binRails ? "bin/rails" : "rails", "server", "-b", "0.0.0.0", "-p", "3000"], source: `${dir}Gemfile rails` } : present.has("config.ru") ? { value: ["bundle", "exec", "rackup", "--host", "0.0.0.0", "--port", "4567"], source: `${dir}config.ru` } : void 0;
  return {
    packageManager: { value: "bundler", source: `${dir}Gemfile` },
    install: "bundle install",
    runtime,
    test,
    ...start ? { start } : {},
    ...rails ? { migrate: `${binRails ? "bin/rails" : "bundle exec rails"} db:migrate` } : {},
    defaultPort: rails ? 3e3 : 4567
  };
}
var LITERAL_PORT = {
  javascript: /\.listen\(\s*(\d{2,5})\b/,
  go: /(?:ListenAndServe|\.Run|\.Listen|\.Start)\(\s*"(?:0\.0\.0\.0|localhost)?:(\d{2,5})"/,
  python: /\.run\([^)]*\bport\s*=\s*(\d{2,5})\b/
};
async function literalPort(facts, dir, ecosystem) {
  const re = LITERAL_PORT[ecosystem];
  if (!re) return void 0;
  const ports = /* @__PURE__ */ new Map();
  const files = (await facts.sourceFiles([ecosystem])).filter((f) => f.path.startsWith(dir) && !/test|spec/i.test(f.path)).slice(0, 400);
  for (const file of files) {
    const text = await facts.scan(file.path, 128 * 1024);
    const m = text && re.exec(text.text);
    if (m) ports.set(Number(m[1]), `${file.path}:${text.lineAt(m.index)}`);
  }
  if (ports.size !== 1) return void 0;
  const [port, source] = [...ports][0];
  return { port, source };
}
async function databaseKind(facts, deps) {
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
  return void 0;
}

// src/fix/generators/adr.ts
var adrTemplate = {
  id: "adr-template",
  rules: ["readme-tradeoffs"],
  async generate(context) {
    const files = await context.facts.files();
    if (files.all.some((f) => /(^|\/)(adrs?|decisions)\//i.test(f.path))) return { skipped: "an ADR folder exists" };
    const path4 = "docs/adr/template.md";
    if (context.exists(path4)) return { skipped: `${path4} exists` };
    const content = `# NNNN. Title of the decision

Copy this file to \`docs/adr/NNNN-short-title.md\` for each significant decision.

- Status: proposed | accepted | superseded by [NNNN](NNNN-title.md)
- Date: YYYY-MM-DD

## Context

What forces are at play: the problem, the constraints, what the project needs.

## Decision

What was decided, in one or two sentences ("We will \u2026").

## Alternatives considered

What else was possible, and why it was not chosen.

## Consequences

What becomes easier or harder, what it costs, and what would make us revisit it.
`;
    return { files: [{ path: path4, mode: "create", content, rules: this.rules, summary: "context, decision, alternatives, consequences" }] };
  }
};

// src/fix/generators/ci-workflow.ts
var import_yaml = __toESM(require_dist(), 1);

// src/fix/database-service.ts
var DATABASE_IMAGES = {
  postgres: { image: "postgres:17-alpine", port: 5432, env: { POSTGRES_USER: "app", POSTGRES_PASSWORD: "app", POSTGRES_DB: "app" }, health: "pg_isready -U app -d app", data: "/var/lib/postgresql/data" },
  mysql: { image: "mysql:8.4", port: 3306, env: { MYSQL_USER: "app", MYSQL_PASSWORD: "app", MYSQL_DATABASE: "app", MYSQL_ROOT_PASSWORD: "app" }, health: "mysqladmin ping -h 127.0.0.1 -u app -papp", data: "/var/lib/mysql" },
  mongo: { image: "mongo:8", port: 27017, env: {}, health: "mongosh --quiet --eval 'db.runCommand({ ping: 1 })'", data: "/data/db" },
  sqlserver: { image: "mcr.microsoft.com/mssql/server:2022-latest", port: 1433, env: { ACCEPT_EULA: "Y", MSSQL_SA_PASSWORD: "Local-dev-only-1" }, health: `/opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -Q 'SELECT 1'`, data: "/var/opt/mssql" }
};
function databaseUrl(kind, host) {
  switch (kind) {
    case "postgres":
      return `postgres://app:app@${host}:5432/app`;
    case "mysql":
      return `mysql://app:app@${host}:3306/app`;
    case "mongo":
      return `mongodb://${host}:27017/app`;
    case "sqlserver":
      return `Server=${host},1433;Database=app;User Id=sa;Password=Local-dev-only-1;TrustServerCertificate=True`;
    case "sqlite":
      return "sqlite:///./app.db";
  }
}
function databaseEnv(kind, host, reads, spring) {
  const image = DATABASE_IMAGES[kind];
  const out = {};
  for (const name of reads) {
    if (/(DATABASE|DB|POSTGRES|PG|MYSQL|MONGO(DB)?)_?(URL|URI|DSN)$|CONNECTION_?STRING/.test(name)) out[name] = databaseUrl(kind, host);
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?HOST$/.test(name)) out[name] = host;
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?PORT$/.test(name)) out[name] = String(image.port);
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(USER|USERNAME)$/.test(name)) out[name] = kind === "sqlserver" ? "sa" : "app";
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(PASSWORD|PASS)$/.test(name)) out[name] = kind === "sqlserver" ? image.env.MSSQL_SA_PASSWORD : "app";
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(NAME|DATABASE)$|^(POSTGRES|MYSQL)_DB$/.test(name)) out[name] = "app";
  }
  if (spring && Object.keys(out).length === 0 && kind !== "mongo") {
    const jdbc = kind === "postgres" ? `jdbc:postgresql://${host}:5432/app` : kind === "mysql" ? `jdbc:mysql://${host}:3306/app` : `jdbc:sqlserver://${host}:1433;databaseName=app;trustServerCertificate=true`;
    out.SPRING_DATASOURCE_URL = jdbc;
    out.SPRING_DATASOURCE_USERNAME = kind === "sqlserver" ? "sa" : "app";
    out.SPRING_DATASOURCE_PASSWORD = kind === "sqlserver" ? image.env.MSSQL_SA_PASSWORD : "app";
  }
  if (spring && Object.keys(out).length === 0 && kind === "mongo") out.SPRING_DATA_MONGODB_URI = databaseUrl(kind, host);
  return out;
}

// src/fix/types.ts
function needsFix(rule) {
  return rule !== void 0 && (rule.outcome === "fail" || rule.outcome === "partial");
}

// src/fix/generators/env-example.ts
var envExample = {
  id: "env-example",
  rules: ["env-example"],
  async generate(context) {
    const reads = projectReads(context);
    if (reads.size === 0) return { skipped: "the code reads no environment variables" };
    const dir = context.stack?.dir ?? "";
    const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path) && t.path.startsWith(dir));
    const listed = new Set(context.env.templates.filter((t) => t === template).flatMap((t) => t.entries.map((e) => e.key)));
    const missing = [...reads].filter(([name]) => !listed.has(name)).sort(([a], [b]) => a < b ? -1 : 1);
    if (missing.length === 0) return { skipped: `${template.path} already lists every variable the code reads` };
    const body = missing.map(([name, list]) => entry(name, list, context.stack)).join("\n");
    if (template) {
      const before = await context.readExisting(template.path);
      if (before === void 0) return { skipped: `${template.path} cannot be read` };
      const file = {
        path: template.path,
        mode: "append",
        before,
        content: `${before.endsWith("\n") || before === "" ? "" : "\n"}
# Read by the code but missing here (added by portfolio-check fix)
${body}`,
        rules: this.rules,
        summary: `${missing.length} variable(s) the code reads`
      };
      return { files: [file] };
    }
    const path4 = `${dir}.env.example`;
    if (context.exists(path4)) return { skipped: `${path4} exists` };
    const header = "# Configuration the application reads from the environment.\n# Copy this file to .env and fill in real values; never commit .env.\n";
    return { files: [{ path: path4, mode: "create", content: `${header}
${body}`, rules: this.rules, summary: `${missing.length} variable(s) with where each is read` }] };
  }
};
function projectReads(context) {
  const laravel = context.stack?.framework?.id === "laravel";
  return new Map([...context.env.reads].filter(([, list]) => !(laravel && list.every((r) => LARAVEL_GENERATED_CONFIG.test(r.file)))));
}
function entry(name, reads, stack) {
  const first = reads[0];
  const more = reads.length > 1 ? ` and ${reads.length - 1} more place(s)` : "";
  const optional = reads.every((r) => r.hasDefault) ? " (optional: the code has a default)" : "";
  return `# Read in ${first.file}:${first.line}${more}${optional}
${name}=${placeholder(name, stack)}
`;
}
function placeholder(name, stack) {
  const db = stack?.database?.value;
  const service = db && db !== "sqlite" ? DATABASE_IMAGES[db] : void 0;
  if (name === "PORT" || name === "APP_PORT" || name === "SERVER_PORT") return String(stack?.port.value ?? 3e3);
  if (/PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?$|SALT/.test(name)) return /DB|DATABASE|POSTGRES|MYSQL|MONGO/.test(name) && service ? "app" : "change-me";
  if (/(DATABASE|DB|POSTGRES|PG|MYSQL|MONGO(DB)?)_?(URL|URI|DSN)$|^(DATABASE|DB)_CONNECTION_STRING$|CONNECTION_?STRING/.test(name) && db) return databaseUrl(db, "localhost");
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?HOST$/.test(name)) return "localhost";
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?PORT$/.test(name) && service) return String(service.port);
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(USER|USERNAME|NAME|DATABASE)$|^(POSTGRES|MYSQL)_DB$/.test(name)) return "app";
  if (/(REDIS|CACHE)_?URL$/.test(name)) return "redis://localhost:6379";
  if (/_URL$|_URI$/.test(name)) return "http://localhost";
  if (/_HOST$/.test(name)) return "localhost";
  return "";
}

// src/fix/generators/ci-workflow.ts
var ciWorkflow = {
  id: "ci-workflow",
  rules: ["ci-present", "ci-runs-tests"],
  wanted: (context) => needsFix(context.result.rules.find((r) => r.id === "ci-present")) || needsFix(context.result.rules.find((r) => r.id === "ci-runs-tests")),
  async generate(context) {
    const stack = context.stack;
    if (!stack) return { skipped: "no ecosystem detected" };
    if (!stack.test) return { skipped: "the project has no test command to run (no test script or test runner found)" };
    const ci = await context.facts.ci();
    if (ci.some((c) => c.system !== "GitHub Actions")) return { skipped: `CI runs on ${ci.find((c) => c.system !== "GitHub Actions").system}; add the test step there` };
    if (context.result.rules.find((r) => r.id === "ci-runs-tests")?.outcome === "pass") return { skipped: "CI already runs the tests" };
    const path4 = [".github/workflows/ci.yml", ".github/workflows/tests.yml"].find((p) => !context.exists(p) && !ci.some((c) => c.path === p));
    if (!path4) return { skipped: "both .github/workflows/ci.yml and tests.yml exist" };
    const job = { "runs-on": "ubuntu-latest" };
    const db = stack.database && stack.database.value !== "sqlite" ? stack.database.value : void 0;
    const env = {};
    if (db) {
      const image = DATABASE_IMAGES[db];
      job.services = {
        db: {
          image: image.image,
          ...Object.keys(image.env).length ? { env: image.env } : {},
          ports: [`${image.port}:${image.port}`],
          options: `--health-cmd "${image.health.replace(/"/g, '\\"')}" --health-interval 5s --health-timeout 5s --health-retries 20`
        }
      };
      Object.assign(env, databaseEnv(db, "localhost", projectReads(context).keys(), stack.framework?.id === "spring-boot"));
    }
    for (const [name, reads] of projectReads(context)) if (!(name in env) && !reads.every((r) => r.hasDefault)) env[name] = placeholder(name, stack) || "ci";
    if (stack.framework?.id === "rails") env.RAILS_ENV = "test";
    if (Object.keys(env).length) job.env = env;
    if (stack.dir) job.defaults = { run: { "working-directory": stack.dir.replace(/\/$/, "") } };
    job.steps = [{ uses: "actions/checkout@v4" }, ...setupSteps(stack, context), ...installSteps(stack, context), { name: "Run the tests", run: stack.test.value }];
    const doc = { name: "CI", on: { push: null, pull_request: null }, permissions: { contents: "read" }, jobs: { test: job } };
    const text = (0, import_yaml.stringify)(doc, { lineWidth: 0 }).replace(/^(\s+- )(\d+:\d+)$/gm, '$1"$2"').replace(/^(\s+)(push|pull_request): null$/gm, "$1$2:");
    const header = `# Generated by portfolio-check fix: runs ${stack.test.value} (${stack.test.source}) on every push and pull request.
`;
    return { files: [{ path: path4, mode: "create", content: header + text, rules: this.rules, summary: `${stack.packageManager.value} install, ${db ? `${db} service, ` : ""}\`${stack.test.value}\`` }] };
  }
};
function setupSteps(stack, context) {
  const v = stack.runtime.value;
  const at = (file) => stack.dir + file;
  switch (stack.ecosystem) {
    case "javascript": {
      const pm = stack.packageManager.value;
      if (pm === "bun") return [{ uses: "oven-sh/setup-bun@v2" }];
      const lock = { npm: "package-lock.json", pnpm: "pnpm-lock.yaml", yarn: "yarn.lock" }[pm];
      const cache = lock && stack.present.has(lock) ? { cache: pm, "cache-dependency-path": at(lock) } : {};
      return [...pm === "pnpm" || pm === "yarn" ? [{ run: "corepack enable" }] : [], { uses: "actions/setup-node@v4", with: { "node-version": v, ...cache } }];
    }
    case "python": {
      const pm = stack.packageManager.value;
      const tool = pm === "pip" ? [] : [{ run: `pipx install ${pm}` }];
      return [...tool, { uses: "actions/setup-python@v5", with: { "python-version": v } }];
    }
    case "java":
      return [{ uses: "actions/setup-java@v4", with: { distribution: "temurin", "java-version": v, cache: stack.packageManager.value } }];
    case "go":
      return [{ uses: "actions/setup-go@v5", with: { "go-version-file": at("go.mod") } }];
    case "php": {
      const ext = stack.database?.value === "postgres" ? "pdo_pgsql" : stack.database?.value === "mysql" ? "pdo_mysql" : stack.database?.value === "sqlite" ? "pdo_sqlite" : "";
      return [{ uses: "shivammathur/setup-php@v2", with: { "php-version": v, tools: "composer:v2", ...ext ? { extensions: ext } : {} } }];
    }
    case "csharp":
      return [{ uses: "actions/setup-dotnet@v4", with: { "dotnet-version": `${v}.x` } }];
    case "ruby":
      return [{ uses: "ruby/setup-ruby@v1", with: { "ruby-version": v, "bundler-cache": true, ...stack.dir ? { "working-directory": stack.dir.replace(/\/$/, "") } : {} } }];
  }
  void context;
  return [];
}
function installSteps(stack, context) {
  const steps = [];
  if (stack.ecosystem === "java") {
    if (stack.build?.value.startsWith("./")) steps.push({ name: "Make the build wrapper executable", run: `chmod +x ${stack.packageManager.value === "maven" ? "mvnw" : "gradlew"}` });
    return steps;
  }
  if (stack.ecosystem !== "ruby") {
    const install = stack.ecosystem === "python" && stack.packageManager.value === "pip" && !stack.present.has("requirements.txt") ? "pip install -e ." : stack.install;
    steps.push({ name: "Install dependencies", run: install });
  }
  const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path))?.path ?? context.planned.find((p) => p.path.endsWith(".env.example"))?.path;
  if (stack.framework?.id === "laravel" && template) steps.push({ name: "Configure the app", run: `cp ${template.slice(stack.dir.length)} .env && php artisan key:generate` });
  if (stack.framework?.id === "rails" && stack.database && stack.migrate) steps.push({ name: "Prepare the database", run: `${stack.migrate.replace(/db:migrate$/, "db:prepare")}` });
  return steps;
}

// src/fix/generators/compose.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/fix/generators/dockerfile.ts
var dockerfile = {
  id: "dockerfile",
  rules: ["container-present", "dockerfile-practices", "dockerfile-expose-port"],
  wanted: (context) => needsFix(context.result.rules.find((r) => r.id === "container-present")),
  async generate(context) {
    const stack = context.stack;
    if (!stack) return { skipped: "no ecosystem detected" };
    const path4 = `${stack.dir}Dockerfile`;
    if (hasDockerfile(context)) return { skipped: "a Dockerfile exists; it is left as it is" };
    if (!stack.start) return { skipped: `cannot tell how the app starts (no start script, main entry or framework entry point in ${stack.manifest || "the project"})` };
    const readsPort = context.env.reads.has("PORT");
    const body = DOCKERFILES[stack.ecosystem](stack, readsPort);
    if (!body) return { skipped: `the ${stack.ecosystem} build could not be determined` };
    const header = `# Generated by portfolio-check fix from ${[...new Set([stack.manifest, stack.runtime.source].filter((s) => s && s !== "default"))].join(" and ")}.
# Build: docker build -t app . \xB7 Run: docker run --rm -p ${stack.port.value}:${stack.port.value} app
`;
    return { files: [{ path: path4, mode: "create", content: header + body, rules: this.rules, summary: `${stack.ecosystem} ${stack.runtime.value}, ${stack.build ? "multi-stage, " : ""}non-root, EXPOSE ${stack.port.value}, CMD ${stack.start.value.join(" ")}` }] };
  }
};
function hasDockerfile(context) {
  const dir = context.stack?.dir ?? "";
  return context.result.rules.find((r) => r.id === "container-present")?.outcome === "pass" || context.exists(`${dir}Dockerfile`) || context.exists(`${dir}Containerfile`) || context.planned.some((p) => /(^|\/)Dockerfile$/.test(p.path));
}
var json = (args) => `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;
var portEnv = (stack, readsPort) => readsPort ? `ENV PORT=${stack.port.value}
` : "";
var tail = (stack, user, readsPort) => `${portEnv(stack, readsPort)}USER ${user}
EXPOSE ${stack.port.value}
CMD ${json(stack.start.value)}
`;
var existing = (stack, names) => names.filter((n) => stack.present.has(n));
var ADD_USER_DEBIAN = "RUN useradd --system --uid 1001 --no-create-home app";
var DOCKERFILES = {
  javascript(stack, readsPort) {
    const pm = stack.packageManager.value;
    const bun = pm === "bun";
    const base = bun ? `oven/bun:${"1"}-alpine` : `node:${stack.runtime.value}-alpine`;
    const user = bun ? "bun" : "node";
    const manifests = ["package.json", ...existing(stack, ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", ".yarnrc.yml", "bun.lock", "bun.lockb"])];
    const corepack = pm === "pnpm" || pm === "yarn" ? "RUN corepack enable\n" : "";
    const prodInstall = { npm: stack.install === "npm ci" ? "npm ci --omit=dev" : "npm install --omit=dev", pnpm: "pnpm install --prod --frozen-lockfile", yarn: stack.install.includes("immutable") ? "yarn workspaces focus --all --production" : "yarn install --production --frozen-lockfile", bun: "bun install --production" }[pm];
    if (!stack.build) {
      return `FROM ${base}
ENV NODE_ENV=production
WORKDIR /app
${corepack}COPY ${manifests.join(" ")} ./
RUN ${prodInstall}
COPY . .
${tail(stack, user, readsPort)}`;
    }
    const prune = { npm: "npm prune --omit=dev", pnpm: "pnpm prune --prod", yarn: `rm -rf node_modules && ${prodInstall}`, bun: "rm -rf node_modules && bun install --production" }[pm];
    return `FROM ${base} AS build
WORKDIR /app
${corepack}COPY ${manifests.join(" ")} ./
RUN ${stack.install}
COPY . .
RUN ${stack.build.value} && ${prune}

FROM ${base}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
${tail(stack, user, readsPort)}`;
  },
  python(stack, readsPort) {
    const base = `python:${stack.runtime.value}-slim`;
    const env = "ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1";
    const server = stack.start.value[0] === "gunicorn" || stack.start.value[0] === "uvicorn" ? stack.start.value[0] : void 0;
    const pm = stack.packageManager.value;
    if (pm === "pip" || pm === "pipenv") {
      const install = pm === "pipenv" ? `COPY Pipfile ${existing(stack, ["Pipfile.lock"]).join(" ")}
RUN pip install --no-cache-dir pipenv && pipenv install --deploy --system${server ? ` && pip install --no-cache-dir ${server}` : ""}
COPY . .` : stack.present.has("requirements.txt") ? `COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt${server ? ` ${server}` : ""}
COPY . .` : `COPY . .
RUN pip install --no-cache-dir .${server ? ` ${server}` : ""}`;
      return `FROM ${base}
${env}
WORKDIR /app
${install.replace(/^COPY Pipfile (.*)$/m, (_, lock) => `COPY Pipfile ${lock ? `${lock} ` : ""}./`)}
${ADD_USER_DEBIAN}
${tail(stack, "app", readsPort)}`;
    }
    const build = pm === "poetry" ? `RUN pip install --no-cache-dir poetry
COPY pyproject.toml ${existing(stack, ["poetry.lock"]).map((l) => `${l} `).join("")}./
RUN poetry config virtualenvs.in-project true && poetry install --only main --no-root --no-interaction${server ? ` && .venv/bin/pip install --no-cache-dir ${server}` : ""}` : `RUN pip install --no-cache-dir uv
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project${server ? ` && uv pip install --python .venv/bin/python ${server}` : ""}`;
    return `FROM ${base} AS build
${env}
WORKDIR /app
${build}

FROM ${base}
${env}
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
ENV PATH="/app/.venv/bin:$PATH"
COPY . .
${ADD_USER_DEBIAN}
${tail(stack, "app", readsPort)}`;
  },
  java(stack, readsPort) {
    const v = stack.runtime.value;
    const maven = stack.packageManager.value === "maven";
    const wrapper = stack.build.value.startsWith("./");
    const image = wrapper ? `eclipse-temurin:${v}-jdk` : maven ? `maven:3.9-eclipse-temurin-${v}` : `gradle:8-jdk${v}`;
    const chmod = wrapper ? `chmod +x ${maven ? "mvnw" : "gradlew"} && ` : "";
    const jar = maven ? "find target -maxdepth 1 -name '*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' -exec cp {} app.jar \\;" : "find build/libs -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' -exec cp {} app.jar \\;";
    return `FROM ${image} AS build
WORKDIR /app
COPY . .
RUN ${chmod}${stack.build.value} && ${jar}

FROM eclipse-temurin:${v}-jre
WORKDIR /app
${ADD_USER_DEBIAN}
COPY --from=build /app/app.jar app.jar
${tail(stack, "app", readsPort)}`;
  },
  go(stack, readsPort) {
    if (!stack.build) return void 0;
    const sums = existing(stack, ["go.sum"]);
    return `FROM golang:${stack.runtime.value}-alpine AS build
WORKDIR /src
COPY go.mod ${sums.map((s) => `${s} `).join("")}./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 ${stack.build.value.replace("go build", 'go build -trimpath -ldflags="-s -w"')}

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
${tail(stack, "nonroot:nonroot", readsPort)}`;
  },
  php(stack, readsPort) {
    const ext = stack.database?.value === "postgres" ? "RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && docker-php-ext-install pdo_pgsql && rm -rf /var/lib/apt/lists/*\n" : stack.database?.value === "mysql" ? "RUN docker-php-ext-install pdo_mysql\n" : "";
    const laravel = stack.start.value.includes("artisan");
    const writable = laravel ? " && mkdir -p storage bootstrap/cache && chown -R app storage bootstrap/cache" : "";
    return `FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json ${existing(stack, ["composer.lock"]).map((l) => `${l} `).join("")}./
RUN composer install --no-dev --no-scripts --no-autoloader --no-interaction --prefer-dist --ignore-platform-reqs
COPY . .
RUN composer dump-autoload --optimize --no-dev

FROM php:${stack.runtime.value}-cli
${ext}WORKDIR /app
COPY --from=vendor /app /app
${ADD_USER_DEBIAN}${writable}
${tail(stack, "app", readsPort)}`;
  },
  csharp(stack, readsPort) {
    if (!stack.build) return void 0;
    const v = stack.runtime.value;
    const modern = Number(v.split(".")[0]) >= 8;
    const runtimeImage = stack.framework?.id === "aspnet-core" ? "aspnet" : "runtime";
    const ports = stack.framework?.id === "aspnet-core" ? modern ? `ENV ASPNETCORE_HTTP_PORTS=${stack.port.value}
` : `ENV ASPNETCORE_URLS=http://+:${stack.port.value}
` : "";
    const user = modern ? "" : `${ADD_USER_DEBIAN}
`;
    return `FROM mcr.microsoft.com/dotnet/sdk:${v} AS build
WORKDIR /src
COPY . .
RUN ${stack.build.value}

FROM mcr.microsoft.com/dotnet/${runtimeImage}:${v}
WORKDIR /app
${user}COPY --from=build /app/publish .
${ports}${portEnv(stack, readsPort)}USER app
EXPOSE ${stack.port.value}
ENTRYPOINT ${json(stack.start.value)}
`;
  },
  ruby(stack, readsPort) {
    const base = `ruby:${stack.runtime.value}-slim`;
    const lock = stack.present.has("Gemfile.lock");
    const devLib = stack.database?.value === "postgres" ? " libpq-dev" : stack.database?.value === "mysql" ? " default-libmysqlclient-dev" : stack.database?.value === "sqlite" ? " libsqlite3-dev" : "";
    const runLib = stack.database?.value === "postgres" ? " libpq5" : stack.database?.value === "mysql" ? " default-mysql-client" : stack.database?.value === "sqlite" ? " libsqlite3-0" : "";
    const bundleEnv = `ENV BUNDLE_WITHOUT="development:test" BUNDLE_PATH=/usr/local/bundle${lock ? " BUNDLE_DEPLOYMENT=1" : ""}`;
    const rails = stack.start.value.includes("server") ? "\nENV RAILS_ENV=production RAILS_LOG_TO_STDOUT=1" : "";
    const runtimeDeps = runLib ? `RUN apt-get update && apt-get install -y --no-install-recommends${runLib} && rm -rf /var/lib/apt/lists/*
` : "";
    return `FROM ${base} AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git libyaml-dev${devLib} && rm -rf /var/lib/apt/lists/*
WORKDIR /app
${bundleEnv}
COPY Gemfile ${lock ? "Gemfile.lock " : ""}./
RUN bundle install
COPY . .

FROM ${base}
${runtimeDeps}WORKDIR /app
${bundleEnv}${rails}
COPY --from=build /usr/local/bundle /usr/local/bundle
COPY --from=build /app /app
${ADD_USER_DEBIAN} && mkdir -p tmp log && chown -R app tmp log
${tail(stack, "app", readsPort)}`;
  }
};

// src/fix/generators/compose.ts
var compose = {
  id: "compose",
  rules: ["compose-present"],
  async generate(context) {
    const stack = context.stack;
    if (!stack) return { skipped: "no ecosystem detected" };
    if (["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"].some((p) => context.exists(p))) return { skipped: "a Compose file exists; it is left as it is" };
    if (!hasDockerfile(context)) return { skipped: "no Dockerfile to build the app from" };
    const dir = stack.dir.replace(/\/$/, "");
    const port = stack.port.value;
    const db = stack.database && stack.database.value !== "sqlite" ? stack.database.value : void 0;
    const envTemplate = context.env.templates.some((t) => !/(^|\/)\.env$/.test(t.path)) || context.planned.some((p) => p.path.endsWith(".env.example"));
    const app = {
      build: dir ? `./${dir}` : ".",
      ports: [`${port}:${port}`]
    };
    if (envTemplate) app.env_file = [{ path: `${dir ? `${dir}/` : ""}.env`, required: false }];
    const services = { app };
    const volumes = {};
    if (db) {
      const image = DATABASE_IMAGES[db];
      const env = databaseEnv(db, "db", projectReads(context).keys(), stack.framework?.id === "spring-boot");
      if (Object.keys(env).length > 0) app.environment = env;
      app.depends_on = { db: { condition: "service_healthy" } };
      services.db = {
        image: image.image,
        ...Object.keys(image.env).length ? { environment: image.env } : {},
        healthcheck: { test: ["CMD-SHELL", image.health], interval: "5s", timeout: "5s", retries: 10 },
        volumes: [`db-data:${image.data}`]
      };
      volumes["db-data"] = null;
    }
    const doc = { services, ...db ? { volumes } : {} };
    const header = `# Generated by portfolio-check fix. Start everything with: docker compose up --build
# The database credentials are local development defaults; production ones belong in .env or a secret store.
`;
    const content = header + (0, import_yaml2.stringify)(doc, { lineWidth: 0 }).replace(/^(\s+- )(\d+:\d+)$/gm, '$1"$2"').replace(/db-data: null/, "db-data:");
    return { files: [{ path: "compose.yaml", mode: "create", content, rules: this.rules, summary: `app (build: ${app.build}, port ${port})${db ? ` + ${db} (${DATABASE_IMAGES[db].image})` : ""}` }] };
  }
};

// src/fix/generators/ignore-files.ts
var import_ignore = __toESM(require_ignore(), 1);
var GITIGNORE = {
  javascript: [["node_modules/", "node_modules/x"], ["dist/", "dist/x.js"], ["coverage/", "coverage/x"], ["npm-debug.log*", "npm-debug.log"]],
  python: [["__pycache__/", "__pycache__/x.pyc"], ["*.py[cod]", "x.pyc"], [".venv/", ".venv/bin/python"], ["venv/", "venv/bin/python"], [".pytest_cache/", ".pytest_cache/x"], ["*.egg-info/", "x.egg-info/PKG-INFO"]],
  java: [["target/", "target/x.class"], ["build/", "build/x.class"], [".gradle/", ".gradle/x"], ["*.class", "x.class"]],
  go: [["*.exe", "x.exe"], ["*.test", "x.test"], ["coverage.out", "coverage.out"]],
  php: [["vendor/", "vendor/autoload.php"], [".phpunit.result.cache", ".phpunit.result.cache"]],
  csharp: [["bin/", "bin/Debug/x.dll"], ["obj/", "obj/x.json"], ["*.user", "x.csproj.user"], [".vs/", ".vs/x"]],
  ruby: [["/log/*", "log/development.log"], ["/tmp/*", "tmp/cache/x"], [".bundle/", ".bundle/config"], ["/vendor/bundle", "vendor/bundle/x"]]
};
var ENV_ENTRIES = [[".env", ".env"], [".env.local", ".env.local"], [".env.*.local", ".env.development.local"]];
function entriesFor(stack, ecosystems) {
  const out = [];
  for (const eco of ecosystems) {
    let list = GITIGNORE[eco] ?? [];
    if (eco === "java" && stack?.ecosystem === "java") list = list.filter(([p]) => stack.packageManager.value === "maven" ? p !== "build/" && p !== ".gradle/" : p !== "target/");
    out.push(...list);
  }
  return out;
}
async function ignoreFile(context, path4, entries, rules, title) {
  const before = context.exists(path4) ? await context.readExisting(path4) : void 0;
  if (context.exists(path4) && before === void 0) return `${path4} cannot be read`;
  const ig = (0, import_ignore.default)({ allowRelativePaths: true }).add(before ?? "");
  const missing = entries.filter(([, probe]) => !ig.ignores(probe)).map(([pattern]) => pattern);
  const unique = [...new Set(missing)];
  if (unique.length === 0) return `${path4} already covers the stack's paths`;
  if (before === void 0) return { path: path4, mode: "create", content: `# ${title}
${unique.join("\n")}
`, rules, summary: unique.join(", ") };
  const sep = before.endsWith("\n") || before === "" ? "" : "\n";
  return { path: path4, mode: "append", before, content: `${sep}
# Added by portfolio-check fix
${unique.join("\n")}
`, rules, summary: unique.join(", ") };
}
var gitignore = {
  id: "gitignore",
  rules: ["gitignore-present"],
  async generate(context) {
    const usesEnv = context.env.reads.size > 0 || context.env.templates.length > 0 || context.planned.some((p) => p.path.endsWith(".env.example"));
    const entries = [...entriesFor(context.stack, context.result.ecosystems), ...usesEnv ? ENV_ENTRIES : []];
    if (entries.length === 0) return { skipped: "no stack detected to ignore files for" };
    const file = await ignoreFile(context, ".gitignore", entries, this.rules, `Generated files and local configuration (${context.result.ecosystems.join(", ") || "env"})`);
    return typeof file === "string" ? { skipped: file } : { files: [file] };
  }
};
var dockerignore = {
  id: "dockerignore",
  rules: ["dockerfile-practices"],
  wanted: (context) => needsFix(context.result.rules.find((r) => r.id === "container-present")) || context.planned.some((p) => /(^|\/)Dockerfile$/.test(p.path)),
  async generate(context) {
    const dir = context.stack?.dir ?? "";
    if (!hasDockerfile(context)) return { skipped: "no Dockerfile to build" };
    if (context.exists(`${dir}.dockerignore`) || context.exists(".dockerignore")) return { skipped: ".dockerignore exists" };
    const common = [[".git", ".git"], [".github", ".github"], [".env", ".env"], [".env.*", ".env.local"], ["!.env.example", ""], ["*.log", "x.log"], ["Dockerfile*", "Dockerfile"], ["compose*.y*ml", "compose.yaml"], ["docker-compose*.y*ml", "docker-compose.yml"]];
    const entries = [...common, ...entriesFor(context.stack, context.stack ? [context.stack.ecosystem] : context.result.ecosystems).filter(([p]) => p !== "*.class")];
    const content = `# Kept out of the build context: git data, secrets, dependencies and build output.
${entries.map(([p]) => p).join("\n")}
`;
    return { files: [{ path: `${dir}.dockerignore`, mode: "create", content, rules: this.rules, summary: `${entries.length} entries for ${context.stack?.ecosystem ?? "the project"}` }] };
  }
};

// src/fix/generators/readme.ts
var readme = {
  id: "readme",
  rules: ["readme-present", "readme-setup", "readme-testing", "readme-architecture", "readme-tradeoffs"],
  async generate(context) {
    const docs = await context.facts.documentation();
    const existing2 = docs[0];
    if (existing2 && existing2.path !== "README.md") return { skipped: `the README is ${existing2.path}; fix appends only to a root README.md` };
    const has = (kind) => findSections(existing2 ? [existing2] : [], kind).length > 0;
    const wants = (rule) => context.selected(rule) && (needsFix(context.result.rules.find((r) => r.id === rule)) || !existing2);
    const sections = [];
    const stack = context.stack;
    if (stack && wants("readme-setup") && !has("setup")) sections.push(setupSection(stack, context));
    if (stack?.test && wants("readme-testing") && !has("testing")) sections.push(`## Running tests

\`\`\`bash
${stack.test.value}
\`\`\`
`);
    const reads = projectReads(context);
    if (reads.size > 0 && !has("environment") && (context.selected("env-example") || context.selected("readme-setup"))) sections.push(envSection(reads, context));
    if (wants("readme-architecture") && !has("architecture")) sections.push("## Architecture\n\n_TODO: how a request flows through the layers to the database._\n");
    if (wants("readme-tradeoffs") && !has("tradeoffs")) sections.push("## Design decisions\n\n_TODO: a choice you made, the alternative you rejected, and why._\n");
    if (sections.length === 0) return { skipped: "the README already has the sections fix can write" };
    const titles = sections.map((s) => /^## (.*)$/m.exec(s)[1]).join(", ");
    if (!existing2) {
      if (context.exists("README.md")) return { skipped: "README.md exists but could not be read" };
      const intro = `# ${context.projectName.replace(/[\r\n]+/g, " ")}

_TODO: what the project does and who it is for._
`;
      const file = { path: "README.md", mode: "create", content: [intro, ...sections].join("\n"), rules: this.rules, summary: titles };
      return { files: [file] };
    }
    const before = await context.readExisting("README.md");
    if (before === void 0) return { skipped: "README.md cannot be read" };
    const sep = before.endsWith("\n") ? "\n" : "\n\n";
    return { files: [{ path: "README.md", mode: "append", before, content: sep + sections.join("\n"), rules: this.rules, summary: titles }] };
  }
};
function setupSection(stack, context) {
  const lines2 = [];
  const cd = stack.dir ? `cd ${stack.dir.replace(/\/$/, "")}
` : "";
  lines2.push(readmeInstall(stack));
  const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path))?.path ?? context.planned.find((p) => p.path.endsWith(".env.example"))?.path;
  if (template) lines2.push(`cp ${template.slice(stack.dir.length)} ${template.slice(stack.dir.length).replace(/\.(example|sample|template|dist)$/, "").replace(/[._-](example|sample|template)$/, "") || ".env"}`);
  if (stack.migrate && !/ at start-up$/.test(stack.migrate) && !/</.test(stack.migrate)) lines2.push(stack.migrate);
  const run = devCommand(stack);
  if (run) lines2.push(run);
  const compose2 = context.exists("compose.yaml") || context.exists("docker-compose.yml") || context.planned.some((p) => p.path === "compose.yaml");
  const docker = compose2 ? `
Or run everything in containers:

\`\`\`bash
docker compose up --build
\`\`\`
` : "";
  const needs = `Requires ${RUNTIME_NAMES[stack.ecosystem]} ${stack.runtime.value}${stack.database && stack.database.value !== "sqlite" ? ` and ${DB_NAMES[stack.database.value]}` : ""}.`;
  return `## Getting started

${needs}

\`\`\`bash
${cd}${lines2.join("\n")}
\`\`\`
${docker}`;
}
var RUNTIME_NAMES = { javascript: "Node.js", python: "Python", java: "Java", go: "Go", php: "PHP", csharp: ".NET", ruby: "Ruby" };
var DB_NAMES = { postgres: "PostgreSQL", mysql: "MySQL", mongo: "MongoDB", sqlserver: "SQL Server" };
function readmeInstall(stack) {
  if (stack.packageManager.value === "gradle") return `${stack.build?.value.split(" ")[0] ?? "./gradlew"} build`;
  if (stack.ecosystem === "python" && stack.packageManager.value === "pip") return `python -m venv .venv && . .venv/bin/activate
${stack.install}`;
  return stack.install;
}
function devCommand(stack) {
  const start = stack.start?.value;
  const fw = stack.framework?.id;
  switch (stack.ecosystem) {
    case "javascript":
      if (start && start[0] !== "node") return start.join(" ");
      return start ? start.join(" ") : void 0;
    case "python":
      if (fw === "django" || fw === "django-rest-framework") return stack.present.has("manage.py") ? "python manage.py runserver" : start?.join(" ");
      if (start?.[0] === "uvicorn") return `uvicorn ${start[1]} --reload`;
      if (start?.[0] === "gunicorn" && fw === "flask") return `flask --app ${start[1].split(":")[0]} run`;
      return start?.join(" ");
    case "java": {
      const tool = stack.build?.value.split(" ")[0] ?? "mvn";
      if (fw === "spring-boot") return stack.packageManager.value === "maven" ? `${tool} spring-boot:run` : `${tool} bootRun`;
      return stack.packageManager.value === "maven" ? `${tool} -B package && java -jar target/*.jar` : `${tool} run`;
    }
    case "go": {
      const pkg = stack.build?.value.split(" ").at(-1);
      return pkg ? `go run ${pkg}` : void 0;
    }
    case "php":
      return fw === "laravel" && stack.present.has("artisan") ? "php artisan serve" : start?.join(" ");
    case "csharp":
      return "dotnet run";
    case "ruby":
      return start?.join(" ").replace(/ -b 0\.0\.0\.0 -p \d+$| --host 0\.0\.0\.0 --port \d+$/, "");
  }
}
function envSection(reads, context) {
  const rows = [...reads].sort(([a], [b]) => a < b ? -1 : 1).map(([name, list]) => `| \`${name}\` | ${list.every((r) => r.hasDefault) ? "no" : "yes"} | \`${list[0].file}:${list[0].line}\` |`);
  const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path))?.path ?? context.planned.find((p) => p.path.endsWith(".env.example"))?.path;
  const intro = template ? `The app reads these variables; \`${template}\` lists them with placeholder values.` : "The app reads these variables.";
  return `## Environment variables

${intro}

| Variable | Required | Read in |
| --- | --- | --- |
${rows.join("\n")}
`;
}

// src/fix/plan.ts
var GENERATORS = [envExample, gitignore, dockerfile, dockerignore, compose, ciWorkflow, license, readme, adrTemplate];
var FIXABLE_RULES = [...new Set(GENERATORS.flatMap((g) => g.rules))].sort();
async function planFixes(options) {
  const { root, facts, result } = options;
  const [stack, env] = await Promise.all([stackFacts(facts), envFacts(facts)]);
  const only = options.only ? new Set(options.only) : void 0;
  const files = [];
  const skipped = [];
  const context = {
    facts,
    result,
    stack,
    env,
    exists: (p) => existsAt(root, p) || files.some((f) => f.path === p),
    readExisting: async (p) => {
      try {
        const abs = path.join(root, p);
        if (lstatSync(abs).isSymbolicLink()) return void 0;
        return await readFile(abs, "utf8");
      } catch {
        return void 0;
      }
    },
    planned: files,
    projectName: (await facts.manifests()).find((m) => m.path === stack?.manifest)?.attributes.name ?? path.basename(root),
    license: options.license,
    selected: (rule) => !only || only.has(rule),
    year: options.year
  };
  for (const generator of GENERATORS) {
    if (only && !generator.rules.some((r) => only.has(r))) continue;
    const failing = generator.rules.some((id) => needsFix(result.rules.find((r) => r.id === id)));
    if (!failing && !generator.wanted?.(context)) continue;
    const output = await generator.generate(context);
    if ("skipped" in output) skipped.push({ generator: generator.id, rules: generator.rules, reason: output.skipped });
    else files.push(...output.files);
  }
  return { files, skipped };
}
function existsAt(root, relative) {
  const abs = path.join(root, relative);
  try {
    lstatSync(abs);
    return true;
  } catch {
    return existsSync(abs);
  }
}

// src/fix/write.ts
import { appendFile, lstat, mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import path2 from "node:path";
var WriteRefused = class extends Error {
};
async function writePlanned(root, file) {
  const target = await safeTarget(root, file.path);
  if (file.mode === "create") {
    await mkdirInside(root, path2.dirname(target));
    try {
      await writeFile(target, file.content, { flag: "wx" });
    } catch (error) {
      if (error.code === "EEXIST") throw new WriteRefused(`${file.path} appeared meanwhile; left alone`);
      throw error;
    }
    return;
  }
  const st = await lstat(target);
  if (!st.isFile()) throw new WriteRefused(`${file.path} is not a regular file`);
  const current = await readFile2(target, "utf8");
  if (current !== file.before) throw new WriteRefused(`${file.path} changed since it was read; run fix again`);
  await appendFile(target, file.content);
}
async function safeTarget(root, relative) {
  if (path2.isAbsolute(relative) || relative.split("/").includes("..")) throw new WriteRefused(`${relative} is outside the repository`);
  const target = path2.resolve(root, relative);
  const rel = path2.relative(root, target);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) throw new WriteRefused(`${relative} is outside the repository`);
  let current = root;
  for (const part of rel.split(path2.sep)) {
    current = path2.join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) throw new WriteRefused(`${path2.relative(root, current)} is a symbolic link; fix does not write through links`);
    } catch (error) {
      if (error.code === "ENOENT") break;
      throw error;
    }
  }
  return target;
}
async function mkdirInside(root, dir) {
  const rel = path2.relative(root, dir);
  if (!rel) return;
  let current = root;
  for (const part of rel.split(path2.sep)) {
    current = path2.join(current, part);
    try {
      const st = await lstat(current);
      if (st.isSymbolicLink() || !st.isDirectory()) throw new WriteRefused(`${path2.relative(root, current)} is not a plain folder`);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      await mkdir(current);
    }
  }
}

// src/fix/cli.ts
var FIX_HELP = `Usage: portfolio-check fix [path] [options]

Writes the boilerplate the check found missing, derived from what the
repository shows (ecosystem, framework, package manager, runtime version,
port, start and test commands, database, environment variables):
.env.example, .gitignore and .dockerignore entries, a Dockerfile, compose.yaml,
a CI workflow, LICENSE, README sections and an ADR template.
Existing files are never overwritten (.gitignore, .env.example and README.md
are only appended to). Nothing runs the project's code or touches git.

Options:
      --dry-run         Print the changes as a unified diff; write nothing
  -y, --yes             Write without asking (needed when not on a terminal)
      --only <rules>    Only fix these rules (comma-separated), e.g.
                        --only env-example,gitignore-present
      --license <spdx>  License for a new LICENSE: ${Object.keys(LICENSE_TEXTS).join(", ")}
                        (default: the one package.json etc. declare, else MIT)
  -c, --config <file>   Use this config file instead of discovering one
  -h, --help            Print this help

Fixable rules: ${FIXABLE_RULES.join(", ")}
`;
var UsageError = class extends Error {
};
function parseFixArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        "dry-run": { type: "boolean" },
        yes: { type: "boolean", short: "y" },
        only: { type: "string" },
        license: { type: "string" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError((error.message.split("\n")[0] ?? "invalid arguments").replace(/\. To specify.*$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`fix takes one path, got ${positionals.length}: ${positionals.join(" ")}`);
  let only;
  if (values.only !== void 0) {
    only = values.only.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = only.filter((id) => !FIXABLE_RULES.includes(id));
    if (only.length === 0 || unknown.length > 0) throw new UsageError(`--only: ${unknown.length ? `"${unknown.join(", ")}" cannot be fixed` : "no rule given"} (fixable: ${FIXABLE_RULES.join(", ")})`);
  }
  if (values.license !== void 0 && !knownLicense(values.license)) throw new UsageError(`--license: fix writes ${Object.keys(LICENSE_TEXTS).join(", ")}; "${values.license}" is not one of them`);
  return {
    target: positionals[0] ?? ".",
    dryRun: values["dry-run"] ?? false,
    yes: values.yes ?? false,
    ...only ? { only } : {},
    license: values.license !== void 0 ? knownLicense(values.license) : "MIT",
    ...values.config !== void 0 ? { config: values.config } : {}
  };
}
async function fixMain(argv, io) {
  let options;
  try {
    options = parseFixArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`portfolio-check fix: ${error.message}
Run portfolio-check fix --help for usage.
`);
    return 2;
  }
  if (options === "help") {
    io.stdout(FIX_HELP);
    return 0;
  }
  if (/^(github:|https?:\/\/)/.test(options.target)) {
    io.stderr("portfolio-check fix: fix writes files, so it needs a local checkout; clone the repository and run it there.\n");
    return 2;
  }
  const root = path3.resolve(io.cwd, options.target);
  try {
    if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
  } catch {
    io.stderr(`portfolio-check fix: ${options.target}: not a directory
`);
    return 2;
  }
  let loaded;
  try {
    loaded = await loadConfig(root, options.config !== void 0 ? { configPath: path3.resolve(io.cwd, options.config) } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) io.stderr(`portfolio-check fix: ${formatProblem({ ...problem, file: path3.relative(io.cwd, path3.resolve(root, problem.file)) || problem.file })}
`);
    return 2;
  }
  const source = new WorkingTreeSource(root, options.target);
  const before = await check(source, loaded);
  const plan = await planFixes({ root, facts: before.facts, result: before.result, ...options.only ? { only: options.only } : {}, license: options.license, year: io.year ?? (/* @__PURE__ */ new Date()).getUTCFullYear() });
  io.stderr(describePlan(options.target, before.result, plan));
  if (plan.files.length === 0) {
    io.stderr("Nothing to write.\n");
    return 0;
  }
  const interactive = io.stdinIsTTY ?? (io.isTTY && Boolean(process.stdin.isTTY));
  if (options.dryRun || !options.yes && !interactive) {
    for (const file of plan.files) io.stdout(unifiedDiff(file));
    const projected = await check(new OverlaySource(source, plan.files), loaded);
    io.stderr(`
Score: ${before.result.score} \u2192 ${projected.result.score} after these changes (projected).
`);
    if (!options.dryRun) io.stderr("Not a terminal and no --yes: nothing was written (the diff above is what fix would write). Run with --yes to write it.\n");
    return 0;
  }
  if (!options.yes) {
    const answer = await (io.ask ?? askOnTerminal)(`Write ${plan.files.length} file change(s) to ${options.target}? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.stderr("Nothing written.\n");
      return 0;
    }
  }
  let failed = 0;
  for (const file of plan.files) {
    try {
      await writePlanned(root, file);
      io.stderr(`  ${file.mode === "create" ? "wrote   " : "appended"} ${file.path}
`);
    } catch (error) {
      failed += 1;
      const reason = error instanceof WriteRefused ? error.message : `${file.path}: ${error.code ?? error.message}`;
      io.stderr(`  skipped  ${reason}
`);
    }
  }
  const after = await check(new WorkingTreeSource(root, options.target), loaded);
  io.stderr(`
Score: ${before.result.score} \u2192 ${after.result.score}. Review the files, then commit them.
`);
  return failed > 0 ? 2 : 0;
}
async function check(source, loaded) {
  const enabled = loaded.rules.filter((r) => (loaded.engineConfig.rules[r.meta.id]?.level ?? r.meta.level) !== "off");
  const statsLimit = enabled.some((r) => r.meta.needs?.includes("commit-stats")) ? COMMIT_STATS_LIMIT : 0;
  const facts = new Facts(source, { statsLimit, ignore: loaded.ignore });
  const result = await checkSource(source, { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore, facts });
  return { result, facts };
}
function describePlan(target, result, plan) {
  const lines2 = [`portfolio-check fix: ${target} scores ${result.score}/100 (${[...result.ecosystems, ...result.frameworks].join(", ") || "no stack detected"}).`];
  if (plan.files.length) lines2.push("", "Changes:");
  for (const f of plan.files) lines2.push(`  ${f.mode === "create" ? "create" : "append"} ${f.path} (${f.rules.join(", ")}): ${f.summary}`);
  if (plan.skipped.length) lines2.push("", "Not written:");
  for (const s of plan.skipped) lines2.push(`  ${s.generator}: ${s.reason}`);
  return `${lines2.join("\n")}
`;
}
async function askOnTerminal(question) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
export {
  FIX_HELP,
  fixMain
};
