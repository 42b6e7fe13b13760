import { defineRule } from '../src/engine/define-rule.js';
import { databaseFacts, usesDatabase } from '../src/facts/database.js';
import type { Finding } from '../src/types.js';
import { plural } from '../src/util.js';

export default defineRule({
  meta: {
    id: 'migrations-present',
    category: 'data',
    title: 'The schema evolves through migrations',
    rationale: 'Versioned migrations show you can change a live schema safely; letting the ORM create tables at startup is how data gets lost in production.',
    fix: 'Generate migrations with your tool (prisma migrate dev, alembic revision --autogenerate, makemigrations, Flyway V1__init.sql, migrate create, php artisan make:migration, dotnet ef migrations add, rails g migration) and commit them.',
    level: 'error',
    kind: 'evidence',
    weight: 4,
    stage: 4,
    presets: ['data'],
  },
  async check({ facts }) {
    const db = await databaseFacts(facts);
    if (!usesDatabase(db)) return { outcome: 'not-applicable', summary: 'No database is used, so there is no schema to migrate.' };
    if (db.migrations.length > 0) {
      // golang-migrate and friends write each migration as a .up.sql/.down.sql pair: one migration.
      const count = new Set(db.migrations.map((m) => m.path.replace(/\.(up|down)\.sql$/i, ''))).size;
      const tools = [...new Set(db.migrations.map((m) => m.tool))];
      const findings: Finding[] = [{ message: `${plural(count, 'migration')} (${tools.join(', ')}), first: ${db.migrations[0]!.path}.`, file: db.migrations[0]!.path }];
      return { outcome: 'pass', summary: `${plural(count, 'migration')} committed (${tools.join(', ')}).`, findings };
    }
    const findings: Finding[] = [];
    if (db.scaffoldMigrations.length > 0) {
      findings.push({ message: `Only the framework's generated migrations (${db.scaffoldMigrations.length}, e.g. ${db.scaffoldMigrations[0]!.path}); none of your own tables.`, file: db.scaffoldMigrations[0]!.path, fix: 'Add a migration for each of your own tables (php artisan make:migration create_posts_table).' });
    }
    for (const s of db.schemaSync) {
      findings.push({ message: 'The ORM creates or alters the schema at startup instead of versioned migrations.', file: s.file, line: s.line, fix: 'Turn schema sync off outside tests and generate a migration for the current schema.', advice: 'schema-sync' });
    }
    if (db.schemaSync.length > 0) {
      return { outcome: 'partial', score: 0.3, summary: 'The schema is created by the ORM at startup; no migrations are committed.', findings };
    }
    if (!findings.length) findings.push({ message: 'No migration files were found for the database in use.' });
    return { outcome: 'fail', summary: db.scaffoldMigrations.length > 0 ? 'Only scaffold migrations; none for the project\'s own tables.' : 'No migrations are committed.', findings };
  },
});
