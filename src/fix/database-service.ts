import type { DatabaseKind } from '../facts/stack.js';

/** The container each database runs in locally and in CI, with the credentials fix writes everywhere. */
export interface DatabaseImage {
  image: string;
  port: number;
  /** Environment the database container needs. */
  env: Record<string, string>;
  /** A health check command for `depends_on: condition: service_healthy` and CI services. */
  health: string;
  /** Where the container keeps its data (a named volume in compose). */
  data: string;
}

/** Pinned major tags: a rebuild never jumps a major version. */
export const DATABASE_IMAGES: Record<Exclude<DatabaseKind, 'sqlite'>, DatabaseImage> = {
  postgres: { image: 'postgres:17-alpine', port: 5432, env: { POSTGRES_USER: 'app', POSTGRES_PASSWORD: 'app', POSTGRES_DB: 'app' }, health: 'pg_isready -U app -d app', data: '/var/lib/postgresql/data' },
  mysql: { image: 'mysql:8.4', port: 3306, env: { MYSQL_USER: 'app', MYSQL_PASSWORD: 'app', MYSQL_DATABASE: 'app', MYSQL_ROOT_PASSWORD: 'app' }, health: 'mysqladmin ping -h 127.0.0.1 -u app -papp', data: '/var/lib/mysql' },
  mongo: { image: 'mongo:8', port: 27017, env: {}, health: "mongosh --quiet --eval 'db.runCommand({ ping: 1 })'", data: '/data/db' },
  sqlserver: { image: 'mcr.microsoft.com/mssql/server:2022-latest', port: 1433, env: { ACCEPT_EULA: 'Y', MSSQL_SA_PASSWORD: 'Local-dev-only-1' }, health: "/opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P \"$MSSQL_SA_PASSWORD\" -Q 'SELECT 1'", data: '/var/opt/mssql' },
};

/** The connection URL of the local database container, reached at `host`. */
export function databaseUrl(kind: DatabaseKind, host: string): string {
  switch (kind) {
    case 'postgres':
      return `postgres://app:app@${host}:5432/app`;
    case 'mysql':
      return `mysql://app:app@${host}:3306/app`;
    case 'mongo':
      return `mongodb://${host}:27017/app`;
    case 'sqlserver':
      return `Server=${host},1433;Database=app;User Id=sa;Password=Local-dev-only-1;TrustServerCertificate=True`;
    case 'sqlite':
      return 'sqlite:///./app.db';
  }
}

/**
 * The environment the app needs to reach the database container at `host`: the variables the code reads,
 * each set to what that container serves (DATABASE_URL, DB_HOST/DB_PORT/…, Spring's datasource).
 */
export function databaseEnv(kind: Exclude<DatabaseKind, 'sqlite'>, host: string, reads: Iterable<string>, spring: boolean): Record<string, string> {
  const image = DATABASE_IMAGES[kind];
  const out: Record<string, string> = {};
  for (const name of reads) {
    if (/(DATABASE|DB|POSTGRES|PG|MYSQL|MONGO(DB)?)_?(URL|URI|DSN)$|CONNECTION_?STRING/.test(name)) out[name] = databaseUrl(kind, host);
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?HOST$/.test(name)) out[name] = host;
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?PORT$/.test(name)) out[name] = String(image.port);
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(USER|USERNAME)$/.test(name)) out[name] = kind === 'sqlserver' ? 'sa' : 'app';
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(PASSWORD|PASS)$/.test(name)) out[name] = kind === 'sqlserver' ? image.env.MSSQL_SA_PASSWORD! : 'app';
    else if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(NAME|DATABASE)$|^(POSTGRES|MYSQL)_DB$/.test(name)) out[name] = 'app';
  }
  // Spring Boot binds SPRING_DATASOURCE_* to spring.datasource.* without any placeholder in the code.
  if (spring && Object.keys(out).length === 0 && kind !== 'mongo') {
    const jdbc = kind === 'postgres' ? `jdbc:postgresql://${host}:5432/app` : kind === 'mysql' ? `jdbc:mysql://${host}:3306/app` : `jdbc:sqlserver://${host}:1433;databaseName=app;trustServerCertificate=true`;
    out.SPRING_DATASOURCE_URL = jdbc;
    out.SPRING_DATASOURCE_USERNAME = kind === 'sqlserver' ? 'sa' : 'app';
    out.SPRING_DATASOURCE_PASSWORD = kind === 'sqlserver' ? image.env.MSSQL_SA_PASSWORD! : 'app';
  }
  if (spring && Object.keys(out).length === 0 && kind === 'mongo') out.SPRING_DATA_MONGODB_URI = databaseUrl(kind, host);
  return out;
}
