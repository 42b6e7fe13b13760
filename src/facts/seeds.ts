/**
 * Sample data the project can load (signals §11.1): seed files and seeder classes by convention,
 * seed scripts in a manifest, seeding calls in code, and SQL files that insert rows.
 */
import { codeScan } from './code-scan.js';
import { treeGrep } from './content-pass.js';
import { signalHits } from './evidence.js';
import type { Facts } from './facts.js';
import { SQL_INSERT } from './line-detectors.js';
import { makefiles } from './makefile.js';
import { isTestPath } from './path-roles.js';

/** Seed files by convention, across the seven ecosystems. */
const SEED_FILE = /(^|\/)(seeds?|seeders?|seeding|fixtures|DataFixtures)\/[^/]+\.(sql|[cm]?[jt]s|py|php|rb|go|cs|java|json|ya?ml)$|(^|\/)[\w-]*seed(s|er|ing)?[\w-]*\.(sql|[cm]?[jt]s|py|php|rb|go|cs|java)$|(^|\/)(initial_data\.py|data\.sql|import\.sql)$|(^|\/)management\/commands\/[\w]*(seed|populate|load|fake)\w*\.py$|(^|\/)[\w-]*(DataLoader|DataInitializer|Bootstrap(Data)?)\.java$/i;
const IN_MIGRATIONS = /migrations?\//i;
const SEED_WORD = /seed/i;
/** Data files (JSON, YAML) count only in a fixtures folder or with "seed" in the path. */
const DATA_FILE = /\.(json|ya?ml)$/i;
const DATA_FIXTURE = /(^|\/)fixtures\/|seed/i;
/** Laravel's generated seeder calls only the example factory. */
const LARAVEL_DEFAULT_SEEDER = /(^|\/)database\/seeders\/DatabaseSeeder\.php$/;
/** Rails' generated db/seeds.rb holds only comments. */
const RAILS_SEEDS = 'db/seeds.rb';
/** A package script named seed, db:seed, prisma:seed, … */
const SEED_SCRIPT = /(^|:)seed/;
const SQL_FILE = /\.sql$/i;
/** A make target named for sample data: testdata, test-data, seed, db-seed, fixtures, load-fixtures, demo-data. */
const SEED_TARGET = /(^|[-_:])(test-?data|seeds?|seeding|fixtures?|sample-?data|demo-?data)([-_:]|$)/i;
/** A recipe that loads SQL: an .sql file fed to a client or a migration tool, or INSERT/COPY statements inline. */
const LOADS_SQL = /\.sql\b|\binsert\s+into\b|\bcopy\s+\w+\s+from\b/i;
/** Where migration tools keep their SQL: inserts there evolve the schema's reference data. */
const MIGRATION_DIR = /(^|\/)(migrations?|db\/migrate|alembic)\//i;
/** A Django migration module, and what makes one a data migration that inserts rows. */
const DJANGO_MIGRATION = /(^|\/)migrations\/\d{4}_\w+\.py$/;
const RUN_PYTHON = /\bmigrations\.RunPython\(/;
const CREATES_ROWS = /\.(?:create|bulk_create|get_or_create|update_or_create|create_superuser|create_user)\(|\bcall_command\(\s*['"]loaddata['"]/;
/** Django migrations read at most: the data ones are few and early. */
const MAX_MIGRATIONS_READ = 200;
/** A schema dump's or a fixture's INSERTs below this count are not sample data. */
const MIN_INSERTS = 3;
const MAX_SEED_FILES = 5;

export type SeedEvidence =
  /** A seed file, seeder class or fixture by its path. */
  | { kind: 'file'; file: string }
  /** A manifest script that seeds (`"seed": "ts-node prisma/seed.ts"`). */
  | { kind: 'script'; name: string; file: string; line?: number }
  /** A make target named for sample data whose recipe loads SQL (`testdata: psql -f testdata.sql`). */
  | { kind: 'make-target'; name: string; file: string }
  /** A seeding call in code (`prisma.user.createMany` in a seed function, `loaddata`, …). */
  | { kind: 'code'; file: string; line: number }
  /** An SQL file outside the migrations that inserts at least three rows. */
  | { kind: 'sql-inserts'; inserts: number; file: string; line: number };

/**
 * Every way the repository seeds sample data, in this order: seed files (the first five), seed
 * scripts, make targets that load sample SQL, seeding calls in code (the first three), SQL files of
 * INSERTs not already listed.
 */
export function seedEvidence(facts: Facts): Promise<SeedEvidence[]> {
  return facts.derive('seed-evidence', async () => {
    const [files, scan, manifests, makes] = await Promise.all([facts.files(), codeScan(facts), facts.manifests(), makefiles(facts)]);
    const found: SeedEvidence[] = [];
    for (const f of files.all) {
      if (!SEED_FILE.test(f.path) || isTestPath(f.path) || (IN_MIGRATIONS.test(f.path) && !SEED_WORD.test(f.base))) continue;
      if (DATA_FILE.test(f.base) && !DATA_FIXTURE.test(f.path)) continue;
      if (LARAVEL_DEFAULT_SEEDER.test(f.path)) {
        const text = await facts.read(f.path);
        if (!text || !seedsBeyondLaravelDefault(text.text)) continue; // scaffold default
      }
      if (f.path.endsWith(RAILS_SEEDS)) {
        const text = await facts.read(f.path);
        if (!text || !text.lines().some((l) => l.trim() && !l.trim().startsWith('#'))) continue; // only the generator's comments
      }
      found.push({ kind: 'file', file: f.path });
      if (found.length >= MAX_SEED_FILES) break;
    }
    for (const m of manifests) {
      const script = Object.entries(m.scripts).find(([name]) => SEED_SCRIPT.test(name));
      if (script) found.push({ kind: 'script', name: script[0], file: m.path, ...(script[1].line ? { line: script[1].line } : {}) });
    }
    for (const make of makes) {
      const target = [...make.targets].find(([name, recipe]) => SEED_TARGET.test(name) && LOADS_SQL.test(recipe));
      if (target) found.push({ kind: 'make-target', name: target[0], file: make.path });
    }
    for (const { hit } of signalHits(scan, ['seed'], 3)) found.push({ kind: 'code', file: hit.file, line: hit.line });
    // A Django data migration that creates rows (Django's documented way to provide initial data).
    for (const f of files.all.filter((e) => DJANGO_MIGRATION.test(e.path) && !isTestPath(e.path)).slice(0, MAX_MIGRATIONS_READ)) {
      const text = await facts.read(f.path, 256 * 1024);
      if (!text || !RUN_PYTHON.test(text.text)) continue;
      const create = CREATES_ROWS.exec(text.text);
      if (create) found.push({ kind: 'code', file: f.path, line: text.lineAt(create.index) });
      if (found.filter((e) => DJANGO_MIGRATION.test(e.file)).length >= 3) break;
    }
    // An SQL file outside the migrations that inserts rows (database.sql with test data, a Flyway
    // testdata location), not counting a schema dump's migrations table.
    const grep = await treeGrep(facts);
    for (const [path, lines] of grep.lines) {
      if (!SQL_FILE.test(path) || MIGRATION_DIR.test(path) || found.some((f) => f.file === path)) continue;
      const inserts = lines.filter((l) => SQL_INSERT.re.test(l.text));
      if (inserts.length >= MIN_INSERTS) found.push({ kind: 'sql-inserts', inserts: inserts.length, file: path, line: inserts[0]!.line });
    }
    return found;
  });
}

/**
 * Whether Laravel's DatabaseSeeder does more than the generated one: the commented
 * `User::factory(10)->create()` and the single 'Test User' (Laravel 11+) are the template.
 */
function seedsBeyondLaravelDefault(php: string): boolean {
  const code = php
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/[^\n]*/g, '$1')
    .replace(/User::factory\(\)->create\(\[[^\]]*'Test User'[^\]]*\]\);/g, '');
  return /\$this->call\(|::factory\(|Seeder::class|::create\(|DB::table\(|->insert\(/.test(code);
}
