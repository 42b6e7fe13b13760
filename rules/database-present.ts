import { defineRule } from '../src/engine/define-rule.js';
import { databaseFacts } from '../src/facts/database.js';
import { judgeEvidence } from '../src/engine/judge.js';

export default defineRule({
  meta: {
    id: 'database-present',
    category: 'data',
    title: 'A relational database is used',
    rationale: 'Almost every backend job stores data in SQL; a project that models tables and queries them shows the core skill reviewers look for at stage 4.',
    fix: 'Persist the data in PostgreSQL (or MySQL/SQLite) through a driver or ORM — Prisma, SQLAlchemy, Spring Data JPA, GORM, Eloquent, EF Core or ActiveRecord.',
    level: 'error',
    kind: 'evidence',
    weight: 3,
    stage: 4,
  },
  async check({ facts }) {
    const db = await databaseFacts(facts);
    const verdict = judgeEvidence(db.relational, {
      what: 'a relational database driver or ORM',
      fix: 'Use a relational database through a driver or ORM.',
      label: (id) => (id === 'db:prisma-schema' ? 'Prisma schema with a relational provider' : id.startsWith('db:config') ? 'Relational database configured' : 'Relational driver or ORM used'),
    });
    if (verdict.outcome === 'fail' && db.mongo) {
      return {
        outcome: 'partial',
        score: 0.3,
        summary: 'Only MongoDB is used: a document store, not a relational database.',
        findings: [{ message: 'MongoDB is the only database; stage 4 asks for SQL tables, relations and migrations.', fix: 'Add a relational database (PostgreSQL with an ORM) for the core data, or explain in the README why a document store fits.' }],
      };
    }
    return verdict;
  },
});
