import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { databaseFacts, usesDatabase } from '../src/facts/database.js';
import { signalHits } from '../src/facts/evidence.js';
import { treeGrep } from '../src/facts/content-pass.js';
import { SQL_INSERT } from '../src/facts/line-detectors.js';
import type { Finding } from '../src/types.js';
import { isTestPath } from '../src/facts/path-roles.js';

/** Seed files by convention (signals §11.1), across the seven ecosystems. */
const SEED_FILE = /(^|\/)(seeds?|seeders?|seeding|fixtures|DataFixtures)\/[^/]+\.(sql|[cm]?[jt]s|py|php|rb|go|cs|java|json|ya?ml)$|(^|\/)[\w-]*seed(s|er|ing)?[\w-]*\.(sql|[cm]?[jt]s|py|php|rb|go|cs|java)$|(^|\/)(initial_data\.py|data\.sql|import\.sql)$|(^|\/)management\/commands\/[\w]*(seed|populate|load|fake)\w*\.py$|(^|\/)[\w-]*(DataLoader|DataInitializer|Bootstrap(Data)?)\.java$/i;
/** Laravel's generated seeder calls only the example factory. */
const LARAVEL_DEFAULT_SEEDER = /(^|\/)database\/seeders\/DatabaseSeeder\.php$/;

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

export default defineRule({
  meta: {
    id: 'seed-data',
    category: 'data',
    title: 'Sample data can be seeded',
    rationale: 'A seed script lets a reviewer run the project and see it working in a minute, and shows you think about local setup and demo data.',
    fix: 'Add a seed script that inserts a few realistic rows (prisma/seed.ts, a manage.py command, db/seeds.rb, database/seeders, a V2__seed.sql) and document how to run it.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 4,
    presets: ['data'],
  },
  async check({ facts }) {
    const db = await databaseFacts(facts);
    if (!usesDatabase(db)) return { outcome: 'not-applicable', summary: 'No database is used, so there is nothing to seed.' };
    const [files, scan, manifests] = await Promise.all([facts.files(), codeScan(facts), facts.manifests()]);
    const found: Finding[] = [];
    for (const f of files.all) {
      if (!SEED_FILE.test(f.path) || isTestPath(f.path) || /migrations?\//i.test(f.path) && !/seed/i.test(f.base)) continue;
      if (/\.(json|ya?ml)$/i.test(f.base) && !/(^|\/)fixtures\/|seed/i.test(f.path)) continue;
      if (LARAVEL_DEFAULT_SEEDER.test(f.path)) {
        const text = await facts.read(f.path);
        if (!text || !seedsBeyondLaravelDefault(text.text)) continue; // scaffold default
      }
      if (f.path.endsWith('db/seeds.rb')) {
        const text = await facts.read(f.path);
        if (!text || !text.lines().some((l) => l.trim() && !l.trim().startsWith('#'))) continue; // only the generator's comments
      }
      found.push({ message: `Seed data: ${f.path}.`, file: f.path });
      if (found.length >= 5) break;
    }
    for (const m of manifests) {
      const script = Object.entries(m.scripts).find(([name]) => /(^|:)seed/.test(name));
      if (script) found.push({ message: `Seed command "${script[0]}" in ${m.path}.`, file: m.path, ...(script[1].line ? { line: script[1].line } : {}) });
    }
    for (const { hit } of signalHits(scan, ['seed'], 3)) found.push({ message: 'Seeding in code.', file: hit.file, line: hit.line });
    // An SQL file outside the migrations that inserts rows (database.sql with test data, a Flyway
    // testdata location): at least three INSERTs, not counting a schema dump's migrations table.
    const grep = await treeGrep(facts);
    for (const [path, lines] of grep.lines) {
      if (!/\.sql$/i.test(path) || /(^|\/)(migrations?|db\/migrate|alembic)\//i.test(path) || found.some((f) => f.file === path)) continue;
      const inserts = lines.filter((l) => SQL_INSERT.re.test(l.text));
      if (inserts.length >= 3) found.push({ message: `${inserts.length} INSERT statement(s) of sample data.`, file: path, line: inserts[0]!.line });
    }
    if (found.length > 0) return { outcome: 'pass', summary: `Seed data found (${found[0]!.file}).`, findings: found };
    return { outcome: 'fail', summary: 'No seed script or seed data.', findings: [{ message: 'No seed script, seeder class, fixture or seed command was found.' }] };
  },
});
