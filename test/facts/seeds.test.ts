import { describe, expect, it } from 'vitest';
import { seedEvidence } from '../../src/facts/seeds.js';
import { factsOf } from '../helpers/facts.js';

describe('seed data', () => {
  it('finds seed files and scripts, not tests, migrations or untouched generator defaults', async () => {
    const found = await seedEvidence(
      factsOf({
        'prisma/seed.ts': 'await prisma.user.create({ data: { name: "Ada" } });\n',
        'package.json': '{\n  "scripts": {\n    "db:seed": "ts-node prisma/seed.ts"\n  }\n}\n',
        'test/fixtures/users.json': '[]\n',
        'migrations/0001_init.sql': 'CREATE TABLE t (id int);\n',
        'db/seeds.rb': '# This file should contain all the record creation needed to seed the database.\n',
        'database/seeders/DatabaseSeeder.php': "<?php\nclass DatabaseSeeder extends Seeder {\n  public function run(): void {\n    // User::factory(10)->create();\n  }\n}\n",
      }),
    );
    expect(found).toEqual([
      { kind: 'file', file: 'prisma/seed.ts' },
      { kind: 'script', name: 'db:seed', file: 'package.json', line: 3 },
    ]);
  });

  it('counts an SQL file of three INSERTs outside the migrations', async () => {
    const rows = "INSERT INTO users VALUES (1, 'a');\nINSERT INTO users VALUES (2, 'b');\nINSERT INTO users VALUES (3, 'c');\n";
    const found = await seedEvidence(factsOf({ 'sql/sample.sql': `CREATE TABLE users (id int, name text);\n${rows}`, 'migrations/0002_data.sql': rows }));
    expect(found).toEqual([{ kind: 'sql-inserts', inserts: 3, file: 'sql/sample.sql', line: 2 }]);
  });
});
