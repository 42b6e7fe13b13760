import { codeScan, type CodeScan } from './code-scan.js';
import { declaredDependencies, signalHits, type DeclaredDependency, type Evidence } from './evidence.js';
import type { Facts } from './facts.js';
import type { FileIndex } from './file-index.js';
import { isTestPath } from './path-roles.js';

/** Relational drivers and ORMs by manifest name (signals §11.1). */
export const RELATIONAL_DEPENDENCIES = new Set([
  // JavaScript
  'pg', 'mysql2', 'mysql', 'better-sqlite3', 'sqlite3', 'postgres', '@prisma/client', 'prisma', 'typeorm', '@nestjs/typeorm',
  'sequelize', 'sequelize-typescript', '@nestjs/sequelize', 'knex', 'drizzle-orm', '@mikro-orm/core', 'kysely', 'objection', 'mssql', '@neondatabase/serverless',
  // Python
  'sqlalchemy', 'sqlmodel', 'flask-sqlalchemy', 'psycopg', 'psycopg2', 'psycopg2-binary', 'asyncpg', 'pymysql', 'mysqlclient', 'tortoise-orm', 'peewee', 'databases', 'django',
  // Java
  'org.springframework.boot:spring-boot-starter-data-jpa', 'org.springframework.boot:spring-boot-starter-jdbc', 'org.springframework.boot:spring-boot-starter-data-jdbc',
  'org.mybatis.spring.boot:mybatis-spring-boot-starter', 'org.jooq:jooq', 'org.postgresql:postgresql', 'com.mysql:mysql-connector-j', 'mysql:mysql-connector-java',
  'org.mariadb.jdbc:mariadb-java-client', 'com.h2database:h2', 'org.hibernate:hibernate-core', 'org.hibernate.orm:hibernate-core', 'org.xerial:sqlite-jdbc',
  // Go
  'gorm.io/gorm', 'github.com/jinzhu/gorm', 'github.com/jmoiron/sqlx', 'github.com/jackc/pgx/v5', 'github.com/jackc/pgx/v4', 'github.com/lib/pq',
  'github.com/go-sql-driver/mysql', 'github.com/mattn/go-sqlite3', 'entgo.io/ent', 'github.com/uptrace/bun', 'gorm.io/driver/postgres', 'gorm.io/driver/mysql', 'gorm.io/driver/sqlite',
  // PHP
  'laravel/framework', 'doctrine/orm', 'doctrine/doctrine-bundle', 'illuminate/database',
  // C#
  'Microsoft.EntityFrameworkCore', 'Microsoft.EntityFrameworkCore.SqlServer', 'Microsoft.EntityFrameworkCore.Sqlite', 'Npgsql.EntityFrameworkCore.PostgreSQL',
  'Pomelo.EntityFrameworkCore.MySql', 'Npgsql', 'Dapper', 'Microsoft.Data.SqlClient', 'Microsoft.AspNetCore.Identity.EntityFrameworkCore',
  // Ruby
  'rails', 'activerecord', 'pg', 'mysql2', 'sqlite3', 'sequel', 'sinatra-activerecord', 'trilogy',
]);

/** JDBC drivers of databases that keep their data on disk (H2 and HSQLDB may run in memory). */
const PERSISTENT_JDBC_DRIVERS = new Set(['org.postgresql:postgresql', 'com.mysql:mysql-connector-j', 'mysql:mysql-connector-java', 'org.mariadb.jdbc:mariadb-java-client', 'org.xerial:sqlite-jdbc', 'com.microsoft.sqlserver:mssql-jdbc', 'com.oracle.database.jdbc:ojdbc11', 'com.oracle.database.jdbc:ojdbc8']);

const MONGO_DEPENDENCIES = new Set([
  'mongoose', 'mongodb', '@nestjs/mongoose', 'pymongo', 'motor', 'mongoengine', 'beanie', 'odmantic', 'djongo',
  'org.springframework.boot:spring-boot-starter-data-mongodb', 'go.mongodb.org/mongo-driver', 'go.mongodb.org/mongo-driver/v2', 'mongoid', 'MongoDB.Driver', 'mongodb/laravel-mongodb',
]);

/** A migration file of a known tool (signals §11.1), with the tool's name. */
export interface Migration {
  path: string;
  tool: string;
}

/** How many migrations the files hold: golang-migrate and friends write each as a .up.sql/.down.sql pair. */
export function migrationCount(migrations: readonly Migration[]): number {
  return new Set(migrations.map((m) => m.path.replace(/\.(up|down)\.sql$/i, ''))).size;
}

export interface DatabaseFacts {
  relational: Evidence;
  /** Mongo used or declared (non-relational persistence). */
  mongo: boolean;
  /** MongoDB used in non-test code (a client, an ODM, a repository), first few lines. */
  mongoUsed: { file: string; line: number }[];
  /** An in-memory JDBC database (H2, HSQLDB, Derby `:mem:`) configured with no persistent datasource beside it. */
  inMemoryOnly: { file: string; line: number }[];
  /** A prisma schema with a relational provider. */
  prismaSchema?: string;
  migrations: Migration[];
  /** Framework-generated migrations that prove nothing (Laravel's defaults). */
  scaffoldMigrations: Migration[];
  /** Schema created by the ORM at startup (sequelize.sync(), synchronize, AutoMigrate, EnsureCreated, ddl-auto, create_all). */
  schemaSync: SchemaSync[];
}

/**
 * What starting the app does to the tables: `create` makes the missing ones (sequelize.sync(), create_all,
 * EnsureCreated), `alter` changes live tables to match the models (sync({ alter: true }), synchronize: true,
 * AutoMigrate, ddl-auto=update), `drop` drops them and their rows (sync({ force: true }), dropSchema,
 * ddl-auto=create).
 */
export type SchemaSyncMode = 'create' | 'alter' | 'drop';

export interface SchemaSync {
  file: string;
  line: number;
  mode: SchemaSyncMode;
}

/** Laravel's generated migrations (≤10 and ≥11 names): they prove the generator ran. */
const LARAVEL_SCAFFOLD = /(^|\/)database\/migrations\/(0001_01_01_00000[0-2]_create_(users|cache|jobs)_table|2014_10_12_000000_create_users_table|2014_10_12_100000_create_password_(resets|reset_tokens)_table|2019_08_19_000000_create_failed_jobs_table|2019_12_14_000001_create_personal_access_tokens_table)\.php$/;

const MIGRATION_PATTERNS: { tool: string; test: RegExp }[] = [
  { tool: 'Prisma Migrate', test: /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/ },
  { tool: 'Alembic', test: /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/ },
  { tool: 'Django migrations', test: /(^|\/)migrations\/\d{4}_[^/]+\.py$/ },
  { tool: 'Flyway', test: /(^|\/)[VR]\d+(?:[._]\d+)*__[^/]+\.sql$/ },
  { tool: 'Liquibase', test: /(^|\/)db\/changelog\/[^/]+\.(ya?ml|xml|sql|json)$/ },
  { tool: 'golang-migrate', test: /(^|\/)[^/]+\.up\.sql$/ },
  { tool: 'Laravel migrations', test: /(^|\/)database\/migrations\/[^/]+\.php$/ },
  { tool: 'Doctrine Migrations', test: /(^|\/)migrations\/Version\d+\.php$/ },
  { tool: 'EF Core Migrations', test: /(^|\/)Migrations\/\d{14}_[^/]+\.cs$/ },
  { tool: 'Rails migrations', test: /(^|\/)db\/migrate\/\d+_[^/]+\.rb$/ },
  { tool: 'Drizzle Kit', test: /(^|\/)drizzle\/(\d{4}_[^/]+\.sql|\d+_[^/]+\/migration\.sql)$/ },
  { tool: 'TypeORM/Sequelize/Knex migrations', test: /(^|\/)migrations?\/\d{3,}[-_][^/]+\.[cm]?[jt]s$/ },
  { tool: 'SQL migrations', test: /(^|\/)(db\/)?migrations?\/[^/]+\.sql$/ },
  { tool: 'goose', test: /(^|\/)migrations?\/\d+_[^/]+\.go$/ },
  // `php artisan schema:dump` squashes the migrations run so far into one schema file.
  { tool: 'Laravel schema dump', test: /(^|\/)database\/schema\/[\w-]+-schema\.(sql|dump)$/ },
];

/** A script in a migrations folder whose name carries no version (db/migrations/create-user.js): its code tells. */
const UNVERSIONED_JS_MIGRATION = /(^|\/)migrations?\/[^/]+(?<!\.d\.ts)\.[cm]?[jt]s$/;
/** An `up` step… */
const MIGRATION_UP = /\bexports\.up\b|\basync\s+up\s*\(|^\s*up\s*(?::|\()|\bexport\s+(?:async\s+)?function\s+up\b/m;
/** …that changes the schema through a migration API (not `sequelize.sync()`, which is no migration). */
const MIGRATION_APIS: { tool: string; re: RegExp }[] = [
  { tool: 'Sequelize migrations', re: /\bqueryInterface\.(?:createTable|addColumn|changeColumn|renameColumn|removeColumn|addIndex|addConstraint|dropTable|bulkInsert)\s*\(/ },
  { tool: 'TypeORM migrations', re: /\bimplements\s+MigrationInterface\b/ },
  { tool: 'Knex migrations', re: /\bknex\.schema\s*\.\s*(?:createTable|alterTable|table|dropTable|raw)\s*\(/ },
  { tool: 'node-pg-migrate', re: /\bpgm\.(?:createTable|addColumns?|alterColumn|sql)\s*\(/ },
];

/** The migration tool of an unversioned script in a migrations folder, judged from its code. */
function jsMigrationTool(text: string): string | undefined {
  if (!MIGRATION_UP.test(text)) return undefined;
  return MIGRATION_APIS.find((a) => a.re.test(text))?.tool;
}

/** Drizzle Kit writes `NNNN_<name>.sql` beside `meta/_journal.json` in whatever folder drizzle.config names. */
function drizzleMigrations(files: FileIndex): Set<string> {
  const out = new Set<string>();
  for (const journal of files.all.filter((f) => f.path.endsWith('meta/_journal.json'))) {
    const dir = journal.dir.slice(0, -'meta/'.length);
    for (const f of files.all) if (f.dir === dir && /^\d{4}_[^/]+\.sql$/.test(f.base)) out.add(f.path);
  }
  return out;
}

const SYNC_MODES: readonly SchemaSyncMode[] = ['drop', 'alter', 'create'];

/** Startup schema sync locations, the most destructive mode of each line, first few in file order. */
function schemaSyncHits(scan: CodeScan): SchemaSync[] {
  const byLine = new Map<string, SchemaSync>();
  for (const mode of SYNC_MODES) {
    for (const { hit } of signalHits(scan, [mode === 'create' ? 'schema-sync' : `schema-sync-${mode}`], 5)) {
      const key = `${hit.file}:${hit.line}`;
      if (!byLine.has(key)) byLine.set(key, { ...hit, mode });
    }
  }
  return [...byLine.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)).slice(0, 5);
}

/** The migration tool a path belongs to, if any. */
export function migrationTool(path: string): string | undefined {
  if (/\.designer\.cs$|ModelSnapshot\.cs$/i.test(path)) return undefined;
  return MIGRATION_PATTERNS.find((p) => p.test.test(path))?.tool;
}

/** Relational database usage, migrations and startup schema sync, derived once. */
export function databaseFacts(facts: Facts): Promise<DatabaseFacts> {
  return facts.derive('database', async () => {
    const [scan, deps, files] = await Promise.all([codeScan(facts), declaredDependencies(facts), facts.files()]);
    const declared: DeclaredDependency[] = deps.filter((d) => !d.dev && RELATIONAL_DEPENDENCIES.has(d.name));
    // Django always brings its ORM, but only its models or DATABASES prove the project uses it.
    const declaredReal = declared.filter((d) => d.name !== 'django');
    const used = signalHits(scan, ['db'], 5);
    let prismaSchema: string | undefined;
    for (const f of files.all.filter((e) => e.base === 'schema.prisma')) {
      const text = await facts.read(f.path);
      const m = text && /provider\s*=\s*"(postgresql|mysql|sqlite|sqlserver|cockroachdb)"/.exec(text.text);
      if (m) {
        prismaSchema = f.path;
        used.unshift({ id: 'db:prisma-schema', hit: { file: f.path, line: text!.lineAt(m.index) } });
      }
    }
    // Go's driver module also ships a bson encoder that web frameworks import: only the client package counts there.
    const mongo = (scan.counts.get('mongo:use') ?? 0) > 0 || deps.some((d) => !d.dev && MONGO_DEPENDENCIES.has(d.name) && !d.name.startsWith('go.mongodb.org/'));
    const migrations: Migration[] = [];
    const scaffoldMigrations: Migration[] = [];
    const drizzle = drizzleMigrations(files);
    for (const f of files.all) {
      let tool = migrationTool(f.path) ?? (drizzle.has(f.path) ? 'Drizzle Kit' : undefined);
      if (!tool && !UNVERSIONED_JS_MIGRATION.test(f.path)) continue;
      if (isTestPath(f.path)) continue;
      tool ??= jsMigrationTool((await facts.read(f.path))?.text ?? '');
      if (!tool) continue;
      (LARAVEL_SCAFFOLD.test(f.path) ? scaffoldMigrations : migrations).push({ path: f.path, tool });
    }
    const schemaSync = schemaSyncHits(scan);
    const mongoUsed = signalHits(scan, ['mongo'], 3).map((h) => h.hit);
    // H2 in memory with no datasource URL or JDBC driver of a database that keeps the data.
    const persistentDatasource = (scan.counts.get('db:config') ?? 0) > 0 || declared.some((d) => PERSISTENT_JDBC_DRIVERS.has(d.name));
    const inMemoryOnly = persistentDatasource ? [] : signalHits(scan, ['db-memory'], 3).map((h) => h.hit);
    return { relational: { used, declared: declaredReal }, mongo, mongoUsed, inMemoryOnly, ...(prismaSchema ? { prismaSchema } : {}), migrations, scaffoldMigrations, schemaSync };
  });
}


/** Whether the project uses a database at all (relational or not): data rules apply. */
export function usesDatabase(db: DatabaseFacts): boolean {
  return db.relational.used.length > 0 || db.relational.declared.length > 0 || db.migrations.length > 0 || db.mongo;
}
