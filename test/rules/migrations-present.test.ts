import rule from '../../rules/migrations-present.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LARAVEL = '{ "require": { "laravel/framework": "^11.0" } }\n';
const MODEL = "<?php\nnamespace App\\Models;\nuse Illuminate\\Database\\Eloquent\\Model;\nclass Post extends Model {}\n";

ruleTester(rule, {
  valid: [
    {
      name: 'golang-migrate up/down pairs count once each (hamidgh01/Go-Blog-API)',
      files: {
        'go.mod': 'module x\n\nrequire github.com/lib/pq v1.10.9\n',
        'db.go': 'package db\n\nimport _ "github.com/lib/pq"\n',
        'migrations/000001_users.up.sql': 'CREATE TABLE users (id serial);\n',
        'migrations/000001_users.down.sql': 'DROP TABLE users;\n',
        'migrations/000002_posts.up.sql': 'CREATE TABLE posts (id serial);\n',
        'migrations/000002_posts.down.sql': 'DROP TABLE posts;\n',
      },
      summary: /^2 migrations committed/,
    },
    {
      name: 'Prisma migrations',
      files: {
        'package.json': packageJson({ dependencies: { '@prisma/client': '^5' } }),
        'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY);\n',
      },
      summary: /1 migration committed \(Prisma Migrate\)/,
    },
    {
      name: 'Flyway versioned SQL in a Spring Boot app',
      files: { 'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency></dependencies></project>\n', 'src/main/resources/db/migration/V1__create_orders.sql': 'CREATE TABLE orders (id bigint primary key);\n' },
    },
    {
      name: 'Laravel with a migration of its own beside the scaffold',
      files: { 'composer.json': LARAVEL, 'app/Models/Post.php': MODEL, 'database/migrations/0001_01_01_000000_create_users_table.php': '<?php\n', 'database/migrations/2024_05_01_120000_create_posts_table.php': '<?php\n' },
    },
    { name: 'no database: nothing to migrate', outcome: 'not-applicable', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }) } },
  ],
  invalid: [
    {
      name: "only Laravel's scaffold migrations",
      files: {
        'composer.json': LARAVEL,
        'app/Models/Post.php': MODEL,
        'database/migrations/0001_01_01_000000_create_users_table.php': '<?php\n',
        'database/migrations/0001_01_01_000001_create_cache_table.php': '<?php\n',
        'database/migrations/0001_01_01_000002_create_jobs_table.php': '<?php\n',
      },
      outcome: 'fail',
      summary: /Only scaffold migrations/,
    },
    {
      name: 'GORM AutoMigrate as the only schema mechanism',
      files: { 'go.mod': 'module x\n\ngo 1.22\n', 'main.go': 'package main\n\nimport "gorm.io/gorm"\n\nfunc migrate(db *gorm.DB) {\n\tdb.AutoMigrate(&User{})\n}\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: 'main.go', line: 6, message: /creates or alters the schema at startup/ }],
    },
  ],
});
