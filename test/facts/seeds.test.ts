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

  it('counts a Django data migration that creates rows, not a schema migration (SergioRicJr/todo-api)', async () => {
    const found = await seedEvidence(
      factsOf({
        'requirements.txt': 'django\n',
        'todo/migrations/0001_initial.py': 'from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    operations = [migrations.CreateModel(name="Task", fields=[])]\n',
        'todo/migrations/0002_createsuperuser.py':
          'from django.db import migrations\n\n\ndef generate_superuser(apps, schema_editor):\n    User = apps.get_model("todo", "User")\n    User.objects.create_superuser(username="admin", password="change-me")\n\n\nclass Migration(migrations.Migration):\n    dependencies = [("todo", "0001_initial")]\n    operations = [migrations.RunPython(generate_superuser)]\n',
        'todo/migrations/0003_rename.py': 'from django.db import migrations\n\n\ndef forwards(apps, schema_editor):\n    pass\n\n\nclass Migration(migrations.Migration):\n    operations = [migrations.RunPython(forwards)]\n',
      }),
    );
    expect(found).toEqual([{ kind: 'code', file: 'todo/migrations/0002_createsuperuser.py', line: 6 }]);
  });

  it('counts an SQL file of three INSERTs outside the migrations', async () => {
    const rows = "INSERT INTO users VALUES (1, 'a');\nINSERT INTO users VALUES (2, 'b');\nINSERT INTO users VALUES (3, 'c');\n";
    const found = await seedEvidence(factsOf({ 'sql/sample.sql': `CREATE TABLE users (id int, name text);\n${rows}`, 'migrations/0002_data.sql': rows }));
    expect(found).toEqual([{ kind: 'sql-inserts', inserts: 3, file: 'sql/sample.sql', line: 2 }]);
  });
});
