import rule from '../../rules/migrations-present.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LARAVEL = '{ "require": { "laravel/framework": "^11.0" } }\n';
const SEQUELIZE = packageJson({ dependencies: { express: '^4', sequelize: '^6', pg: '^8' } });
const SEQUELIZE_MODELS = "const { Sequelize, DataTypes } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nconst User = sequelize.define('user', { email: DataTypes.STRING });\nmodule.exports = { sequelize, User };\n";
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
    {
      name: 'a Sequelize migration without a timestamp in its name (db/migrations/create-user.js)',
      files: {
        'package.json': SEQUELIZE,
        'db/models/user.js': SEQUELIZE_MODELS,
        'db/migrations/create-user.js': "'use strict';\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n    await queryInterface.createTable('users', { id: { type: Sequelize.INTEGER, primaryKey: true } });\n  },\n  async down(queryInterface) {\n    await queryInterface.dropTable('users');\n  },\n};\n",
      },
      summary: /^1 migration committed \(Sequelize migrations\)/,
    },
    {
      name: 'Drizzle Kit migrations in a custom out folder, found by their journal',
      files: {
        'package.json': packageJson({ dependencies: { 'drizzle-orm': '^0.30', postgres: '^3' } }),
        'src/db.ts': "import { drizzle } from 'drizzle-orm/postgres-js';\n",
        'drizzle-migrations/0000_mysterious_blob.sql': 'CREATE TABLE "users" ("id" serial PRIMARY KEY);\n',
        'drizzle-migrations/0001_slimy_ego.sql': 'ALTER TABLE "users" ADD COLUMN "name" text;\n',
        'drizzle-migrations/meta/_journal.json': '{ "version": "5", "dialect": "pg", "entries": [] }\n',
      },
      summary: /^2 migrations committed \(Drizzle Kit\)/,
    },
    {
      name: 'Laravel migrations squashed into a schema dump',
      files: { 'composer.json': LARAVEL, 'app/Models/Post.php': MODEL, 'database/migrations/0001_01_01_000000_create_users_table.php': '<?php\n', 'database/schema/mysql-schema.sql': 'CREATE TABLE `posts` (`id` bigint unsigned NOT NULL AUTO_INCREMENT);\n' },
      summary: /\(Laravel schema dump\)/,
    },
    {
      name: 'migrations beside sequelize.sync({ force: true }) at startup: credited, and the data loss is said',
      files: {
        'package.json': SEQUELIZE,
        'src/models.js': SEQUELIZE_MODELS,
        'src/server.js': "const { sequelize } = require('./models');\nsequelize.sync({ force: true }).then(() => app.listen(3000));\n",
        'migrations/20240101000000-create-user.js': "module.exports = { up: (queryInterface) => queryInterface.createTable('users', {}) };\n",
      },
      findings: [{ file: 'migrations/20240101000000-create-user.js' }, { file: 'src/server.js', line: 2, message: /drops and re-creates the tables/ }],
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
      name: 'GORM AutoMigrate as the only schema mechanism earns nothing',
      files: { 'go.mod': 'module x\n\ngo 1.22\n', 'main.go': 'package main\n\nimport "gorm.io/gorm"\n\nfunc migrate(db *gorm.DB) {\n\tdb.AutoMigrate(&User{})\n}\n' },
      outcome: 'fail',
      score: 0,
      findings: [{ file: 'main.go', line: 6, message: /alters the live tables/ }],
    },
    {
      name: 'sequelize.sync() at startup is no migration tool',
      files: { 'package.json': SEQUELIZE, 'src/models.js': SEQUELIZE_MODELS, 'src/server.js': "const db = require('./models');\ndb.sequelize.sync().then(() => app.listen(3000));\n" },
      outcome: 'fail',
      score: 0,
      summary: /ORM creates the schema at startup/,
      findings: [{ file: 'src/server.js', line: 2, message: /creates the tables from the models/ }],
    },
    {
      name: 'Model.sync() in a model file and sync({ alter: true }) on the instance',
      files: {
        'package.json': SEQUELIZE,
        'src/models/place.js': "const Sequelize = require('sequelize');\nconst sequelize = require('../db');\nconst Place = sequelize.define('place', { name: Sequelize.STRING });\nPlace.sync(() => console.log('created'));\nmodule.exports = Place;\n",
        'src/server.js': "const { sequelize } = require('./db');\nawait sequelize.sync({ alter: true });\n",
        'src/build.js': "const glob = require('glob');\nconst files = glob.sync('src/**/*.js');\n",
      },
      outcome: 'fail',
      findings: [{ file: 'src/models/place.js', line: 4, message: /creates the tables/ }, { file: 'src/server.js', line: 2, message: /alters the live tables/ }],
    },
    {
      name: 'a script in migrations/ that only calls sequelize.sync() is no migration',
      files: { 'package.json': SEQUELIZE, 'src/models.js': SEQUELIZE_MODELS, 'migrations/migrate.js': "const { sequelize } = require('../src/models');\nmodule.exports = { up: () => sequelize.sync() };\n" },
      outcome: 'fail',
      summary: /No migrations are committed/,
    },
  ],
});
