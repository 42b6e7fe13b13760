import { defineRule } from '../src/engine/define-rule.js';
import { databaseFacts } from '../src/facts/database.js';
import { judgeEvidence } from '../src/engine/judge.js';

export default defineRule({
  meta: {
    id: 'database-present',
    category: 'data',
    title: 'A persistent database is used',
    rationale: 'Almost every backend stores its data in a database; a project that models and queries persistent data (SQL tables or documents) shows the core skill reviewers look for at stage 4.',
    fix: 'Persist the data in PostgreSQL (or MySQL/SQLite) through a driver or ORM — Prisma, SQLAlchemy, Spring Data JPA, GORM, Eloquent, EF Core or ActiveRecord.',
    level: 'error',
    kind: 'evidence',
    weight: 3,
    stage: 4,
  },
  async check({ facts }) {
    const db = await databaseFacts(facts);
    const verdict = judgeEvidence(db.relational, {
      what: 'a database driver or ORM',
      fix: 'Persist the data in a database through a driver or ORM.',
      label: (id) => (id === 'db:prisma-schema' ? 'Prisma schema with a relational provider' : id.startsWith('db:config') ? 'Relational database configured' : 'Relational driver or ORM used'),
    });
    if (verdict.outcome === 'pass' && db.inMemoryOnly.length > 0) {
      const at = db.inMemoryOnly[0]!;
      return {
        outcome: 'partial',
        score: 0.3,
        summary: `The only database runs in memory (${at.file}:${at.line}): the data is gone at every restart.`,
        findings: [{ message: 'An in-memory database is the only datasource.', file: at.file, line: at.line, fix: 'Point the datasource at PostgreSQL or MySQL (Compose can start it) and keep H2 for the tests.' }],
      };
    }
    // A document store is a persistent database too: the rubric asks for one, of any kind.
    if (verdict.outcome !== 'pass' && db.mongoUsed.length > 0) {
      return {
        outcome: 'pass',
        summary: `MongoDB is used in code (${db.mongoUsed[0]!.file}:${db.mongoUsed[0]!.line}).`,
        findings: db.mongoUsed.map((hit) => ({ message: 'MongoDB client or ODM used.', file: hit.file, line: hit.line })),
      };
    }
    if (verdict.outcome === 'fail' && db.mongo) {
      return {
        outcome: 'partial',
        score: 0.5,
        summary: 'MongoDB is declared, but no code connects to it.',
        findings: [{ message: 'A MongoDB driver or ODM is a dependency, but no code imports it.', fix: 'Connect to the database from the code (or remove the dependency).' }],
      };
    }
    return verdict;
  },
});
