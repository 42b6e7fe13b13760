import { defineRule } from '../src/engine/define-rule.js';
import { databaseFacts, migrationCount, usesDatabase, type SchemaSync, type SchemaSyncMode } from '../src/facts/database.js';
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
    // Altering or dropping the tables at every start loses data even beside migrations: always said.
    const destructive = db.schemaSync.filter((s) => s.mode !== 'create');
    if (db.migrations.length > 0) {
      const count = migrationCount(db.migrations);
      const tools = [...new Set(db.migrations.map((m) => m.tool))];
      const findings: Finding[] = [{ message: `${plural(count, 'migration')} (${tools.join(', ')}), first: ${db.migrations[0]!.path}.`, file: db.migrations[0]!.path }, ...destructive.map(syncFinding)];
      return { outcome: 'pass', summary: `${plural(count, 'migration')} committed (${tools.join(', ')}).`, findings };
    }
    const findings: Finding[] = [];
    if (db.scaffoldMigrations.length > 0) {
      findings.push({ message: `Only the framework's generated migrations (${db.scaffoldMigrations.length}, e.g. ${db.scaffoldMigrations[0]!.path}); none of your own tables.`, file: db.scaffoldMigrations[0]!.path, fix: 'Add a migration for each of your own tables (php artisan make:migration create_posts_table).' });
    }
    // Startup schema sync is the opposite of a migration: no history, no review, no rollback. It earns nothing.
    findings.push(...db.schemaSync.map(syncFinding));
    if (!findings.length) findings.push({ message: 'No migration files were found for the database in use.' });
    const summary = db.scaffoldMigrations.length > 0 ? 'Only scaffold migrations; none for the project\'s own tables.' : db.schemaSync.length > 0 ? 'No migrations: the ORM creates the schema at startup instead.' : 'No migrations are committed.';
    return { outcome: 'fail', summary, findings };
  },
});

const SYNC_MESSAGES: Record<SchemaSyncMode, string> = {
  create: 'The ORM creates the tables from the models (schema sync) instead of versioned migrations: no schema change has a history, a review or a rollback.',
  alter: 'Schema sync alters the live tables to match the models: a renamed or removed field can drop a column and its data, with no migration to review.',
  drop: 'Schema sync drops and re-creates the tables: every run deletes the data.',
};

function syncFinding(s: SchemaSync): Finding {
  return { message: SYNC_MESSAGES[s.mode], file: s.file, line: s.line, fix: 'Turn schema sync off outside tests and generate a migration for the current schema.', advice: 'schema-sync' };
}
