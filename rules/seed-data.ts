import { defineRule } from '../src/engine/define-rule.js';
import { databaseFacts, usesDatabase } from '../src/facts/database.js';
import { seedEvidence, type SeedEvidence } from '../src/facts/seeds.js';
import type { Finding } from '../src/types.js';

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
    const found = (await seedEvidence(facts)).map(finding);
    if (found.length > 0) return { outcome: 'pass', summary: `Seed data found (${found[0]!.file}).`, findings: found };
    return { outcome: 'fail', summary: 'No seed script or seed data.', findings: [{ message: 'No seed script, seeder class, fixture or seed command was found.' }] };
  },
});

function finding(seed: SeedEvidence): Finding {
  switch (seed.kind) {
    case 'file':
      return { message: `Seed data: ${seed.file}.`, file: seed.file };
    case 'script':
      return { message: `Seed command "${seed.name}" in ${seed.file}.`, file: seed.file, ...(seed.line ? { line: seed.line } : {}) };
    case 'make-target':
      return { message: `Seed target "make ${seed.name}" in ${seed.file} loads sample SQL.`, file: seed.file };
    case 'code':
      return { message: 'Seeding in code.', file: seed.file, line: seed.line };
    case 'sql-inserts':
      return { message: `${seed.inserts} INSERT statement(s) of sample data.`, file: seed.file, line: seed.line };
  }
}
