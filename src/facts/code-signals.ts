import type { Ecosystem } from './manifests/types.js';

/** Which files a signal is matched in: one ecosystem's sources, several, or configuration files. */
export type SignalScope = Ecosystem | Ecosystem[] | 'config';

/**
 * A code-usage signal (signals §0.2 "used": import, call, decorator, registration). `re` must not
 * contain capturing groups (the scanner numbers them) and is matched case-sensitively with the m flag;
 * every match must contain one of `hints` literally; they feed the tree grep (grep.ts), which only
 * reads files that contain one.
 */
export interface CodeSignal {
  /** `<family>:<name>`; rules select signals by family. */
  id: string;
  scope: SignalScope;
  re: RegExp;
  hints: string[];
}

const sig = (id: string, scope: SignalScope, re: RegExp, ...hints: string[]): CodeSignal => ({ id, scope, re, hints });
const JS: Ecosystem = 'javascript';
const PY: Ecosystem = 'python';
const JAVA: Ecosystem = 'java';
const GO: Ecosystem = 'go';
const PHP: Ecosystem = 'php';
const CS: Ecosystem = 'csharp';
const RB: Ecosystem = 'ruby';

/** An import/require of a JS module by exact name (or a subpath of it). */
const jsModule = (names: string): RegExp => new RegExp(String.raw`(?:from\s+|require\(\s*|import\s+|import\(\s*)['"](?:${names})(?:/[\w./-]*)?['"]`);
/** A module import (by name) or other code patterns, as one signal expression. */
const jsUse = (names: string, code?: RegExp): RegExp => new RegExp(code ? `${jsModule(names).source}|${code.source}` : jsModule(names).source);
/** The quoted module names as hints: 'pg and "pg (a bare `pg` would match every file). */
const quoted = (names: string): string[] => names.split('|').flatMap((n) => [`'${n}`, `"${n}`]);
/** A Go import path (inside an import block or a single import). */
const goImport = (paths: string): RegExp => new RegExp(String.raw`^\s*(?:import\s+)?(?:\w+\s+)?"(?:${paths})(?:/[\w./-]*)?"`);

/** Whether a signal applies to one of the detected ecosystems (configuration signals always do). */
export function signalInScope(signal: CodeSignal, ecosystems: readonly Ecosystem[]): boolean {
  if (signal.scope === 'config' || ecosystems.length === 0) return true;
  return Array.isArray(signal.scope) ? signal.scope.some((e) => ecosystems.includes(e)) : ecosystems.includes(signal.scope);
}

/** Level methods of loggers across the ecosystems (Go's standard `log.Fatal` and `log.Print` have no level). */
const LOG_LEVELS = ['debug', 'info', 'warn', 'warning', 'error', 'critical', 'notice', 'Debug', 'Info', 'Warn', 'Warning', 'Error', 'LogDebug', 'LogInformation', 'LogWarning', 'LogError', 'LogCritical'];

export const CODE_SIGNALS: readonly CodeSignal[] = [
  // ── data: relational drivers and ORMs in use ──────────────────────────────────────────────
  sig('db:js-driver', JS, jsModule('pg|mysql2|mysql|better-sqlite3|sqlite3|postgres|@neondatabase/serverless|mssql|oracledb'), ...quoted('pg|mysql2|mysql|better-sqlite3|sqlite3|postgres|@neondatabase/serverless|mssql|oracledb')),
  sig('db:js-orm', JS, jsModule('@prisma/client|typeorm|@nestjs/typeorm|sequelize|sequelize-typescript|knex|drizzle-orm|@mikro-orm/core|@mikro-orm/postgresql|kysely|objection|@nestjs/sequelize'), ...quoted('@prisma/client|typeorm|@nestjs/typeorm|sequelize|sequelize-typescript|knex|drizzle-orm|@mikro-orm/core|@mikro-orm/postgresql|kysely|objection|@nestjs/sequelize')),
  sig('db:python', PY, /^\s*(?:from|import)\s+(?:sqlalchemy|sqlmodel|flask_sqlalchemy|psycopg2?|asyncpg|pymysql|MySQLdb|sqlite3|tortoise|peewee|databases)\b/, 'sqlalchemy', 'sqlmodel', 'flask_sqlalchemy', 'psycopg', 'asyncpg', 'pymysql', 'MySQLdb', 'sqlite3', 'tortoise', 'peewee', 'databases'),
  sig('db:django-model', PY, /\bmodels\.Model\b/, 'models.Model'),
  sig('db:django-engine', PY, /['"]django\.db\.backends\.(?:postgresql|postgresql_psycopg2|mysql|sqlite3|oracle)['"]/, 'django.db.backends'),
  sig('db:java', JAVA, /@Entity\b|\bextends\s+(?:JpaRepository|CrudRepository|PagingAndSortingRepository|ListCrudRepository)\b|\bJdbcTemplate\b|\bDriverManager\.getConnection\b|\bEntityManager\b/, '@Entity', 'Repository', 'JdbcTemplate', 'DriverManager', 'EntityManager'),
  sig('db:go', GO, goImport('database/sql|gorm\\.io/gorm|github\\.com/jinzhu/gorm|github\\.com/jmoiron/sqlx|github\\.com/jackc/pgx|github\\.com/lib/pq|github\\.com/go-sql-driver/mysql|github\\.com/mattn/go-sqlite3|entgo\\.io/ent|github\\.com/uptrace/bun'), 'database/sql', 'gorm', 'sqlx', 'pgx', 'lib/pq', 'go-sql-driver', 'go-sqlite3', 'entgo', 'uptrace/bun'),
  sig('db:php', PHP, /\bIlluminate\\Database\\Eloquent\\Model\b|\bextends\s+(?:Model|Authenticatable)\b|\bDoctrine\\ORM\\|#\[ORM\\Entity|@ORM\\Entity|\bnew\s+PDO\s*\(|\bDB::(?:table|select|statement)\s*\(|\bmysqli_connect\s*\(|\bnew\s+mysqli\s*\(|\bpg_connect\s*\(/, 'Eloquent', 'Model', 'Authenticatable', 'Doctrine', 'ORM', 'PDO', 'DB::', 'mysqli', 'pg_connect'),
  sig('db:csharp', CS, /:\s*(?:Identity)?DbContext\b|\bDbSet<|\.Use(?:Npgsql|SqlServer|Sqlite|MySql|MySQL|Oracle)\s*\(|\bnew\s+(?:SqlConnection|NpgsqlConnection|MySqlConnection|SqliteConnection)\s*\(/, 'DbContext', 'DbSet', 'UseNpgsql', 'UseSqlServer', 'UseSqlite', 'UseMySql', 'UseMySQL', 'UseOracle', 'Connection'),
  sig('db:ruby', RB, /<\s*(?:ApplicationRecord|ActiveRecord::Base)\b|\bSequel\.(?:connect|sqlite|postgres)\b|\bActiveRecord::Migration\b/, 'ApplicationRecord', 'ActiveRecord', 'Sequel.'),
  sig('db:config', 'config', /^\s*(?:adapter:\s*(?:postgresql|postgis|mysql2|trilogy|sqlite3|sqlserver)|spring\.datasource\.url\s*[=:](?!\s*jdbc:(?:h2|hsqldb|derby):mem:)|url:\s*jdbc:(?!(?:h2|hsqldb|derby):mem:)|"DefaultConnection"\s*:|"ConnectionStrings"\s*:)/, 'adapter:', 'spring.datasource', 'jdbc:', 'DefaultConnection', 'ConnectionStrings'),
  // An in-memory JDBC database: the data is gone at every restart.
  sig('db-memory:config', 'config', /\bjdbc:(?:h2|hsqldb|derby):mem:/, 'jdbc:'),
  sig('mongo:use', [JS, PY, JAVA, GO, PHP, CS, RB], /(?:(?:require\(\s*|from\s+|import\s+)['"](?:mongoose|mongodb)['"]|^\s*(?:from|import)\s+(?:pymongo|motor|mongoengine|beanie|odmantic)\b|\bMongoRepository\b|"go\.mongodb\.org\/mongo-driver(?:\/v2)?\/mongo"|\bMongoClient\b|\bMongoid::Document\b)/, 'mongoose', 'mongodb', 'pymongo', 'motor', 'mongoengine', 'beanie', 'odmantic', 'MongoRepository', 'go.mongodb.org', 'MongoClient', 'Mongoid'),
  // Schema created by the ORM at startup instead of migrations (§11.2: weak as the only mechanism). The family
  // says what a start does to the tables: `schema-sync` creates the missing ones, `schema-sync-alter` changes
  // live tables to match the models, `schema-sync-drop` drops them and their data.
  // Sequelize: `sequelize.sync()` on the instance (db.sequelize.sync() too), or `Model.sync()` in a file that imports it.
  sig('schema-sync:js', JS, /\b[sS]equelize\.sync\((?!\s*\{[^)]*\b(?:alter|force)\s*:\s*true)|\b[A-Z]\w*\.sync\((?!\s*\{[^)]*\b(?:alter|force)\s*:\s*true)(?<=['"]sequelize(?:-typescript)?['"][\s\S]*)/, '.sync('),
  sig('schema-sync-alter:js', JS, /\bsynchronize\s*:\s*true\b|\.sync\(\s*\{(?![^)]*\bforce\s*:\s*true)[^)]*\balter\s*:\s*true/, 'synchronize', '.sync('),
  sig('schema-sync-drop:js', JS, /\.sync\(\s*\{[^)]*\bforce\s*:\s*true|\bdropSchema\s*:\s*true\b/, '.sync(', 'dropSchema'),
  sig('schema-sync:python', PY, /\.metadata\.create_all\b|\bdb\.create_all\s*\(|Tortoise\.generate_schemas/, 'create_all', 'generate_schemas'),
  sig('schema-sync-alter:go', GO, /\.AutoMigrate\s*\(/, 'AutoMigrate'),
  sig('schema-sync:csharp', CS, /\.Database\.EnsureCreated(?:Async)?\s*\(/, 'EnsureCreated'),
  sig('schema-sync-alter:config', 'config', /\bddl-auto\s*[=:]\s*update\b/, 'ddl-auto'),
  sig('schema-sync-drop:config', 'config', /\bddl-auto\s*[=:]\s*(?:create|create-drop)\b/, 'ddl-auto'),
  // Seeding in code.
  sig('seed:csharp', CS, /\.HasData\s*\(|\bUse(?:Async)?Seeding\s*\(|\.Seed(?:Data|Database)?Async\s*\(/, 'HasData', 'Seeding', 'SeedAsync', 'SeedDataAsync', 'SeedDatabaseAsync'),
  sig('seed:flask-cli', PY, /@\w+\.cli\.command\(\s*['"]seed|def\s+seed\w*\s*\(/, 'seed'),
  // A fake-data generator outside the tests (flasky's app/fake.py) is how the project seeds a demo database.
  sig('seed:faker', [PY, JS], /^\s*from\s+faker\s+import\b|^\s*import\s+faker\b|(?:from\s+|require\(\s*)['"]@faker-js\/faker['"]/, 'faker'),
  sig('seed:java-runner', JAVA, /(?:\bimplements\s+(?:CommandLineRunner|ApplicationRunner)\b|\bApplicationListener<\s*Application(?:Started|Ready)Event\s*>|@EventListener\(\s*Application(?:Started|Ready)Event\.class\s*\))[\s\S]{0,1500}?\.(?:save(?:All)?|create|insert)\s*\(/, 'CommandLineRunner', 'ApplicationRunner', 'ApplicationStartedEvent', 'ApplicationReadyEvent'),

  // ── security: authentication ──────────────────────────────────────────────────────────────
  sig('auth:js', JS, jsUse('jsonwebtoken|express-session|express-jwt|@fastify/jwt|next-auth|@auth/core|@auth/express|better-auth|@clerk/express|@clerk/nextjs|passport|passport-jwt|passport-local|jose', /\bjwt\.(?:sign|verify)\s*\(|\bpassport\.(?:authenticate|use)\s*\(|@nestjs\/(?:passport|jwt)|\bAuthGuard\s*\(|\bJwtService\b|\bjwtVerify\s*\(|\bnew\s+SignJWT\b|verifyIdToken\s*\(|\b(?:authorizationChecker|currentUserChecker)\s*:/), ...quoted('jsonwebtoken|express-session|express-jwt|@fastify/jwt|next-auth|@auth/core|@auth/express|better-auth|@clerk/express|@clerk/nextjs|passport|passport-jwt|passport-local|jose'), 'jwt.sign', 'jwt.verify', 'jsonwebtoken', 'passport', '@nestjs/', 'AuthGuard', 'JwtService', 'express-session', 'express-jwt', '@fastify/jwt', 'next-auth', '@auth/', 'jwtVerify', 'SignJWT', 'better-auth', '@clerk/', 'verifyIdToken', 'authorizationChecker', 'currentUserChecker'),
  sig('auth:python', PY, /\bOAuth2PasswordBearer\b|\bHTTPBearer\b|rest_framework_simplejwt|rest_framework\.authentication|\bTokenAuthentication\b|@login_required\b|\bLoginRequiredMixin\b|@jwt_required\b|\bLoginManager\s*\(|\bjwt\.(?:encode|decode)\s*\(|\bcreate_access_token\s*\(|fastapi_users|\bdjango\.contrib\.auth\s+import\s+[\w, ]*(?:authenticate|login)\b|\bknox\b|dj_rest_auth|allauth|djoser|@auth\.login_required|\bIsAuthenticated\b/, 'OAuth2PasswordBearer', 'HTTPBearer', 'simplejwt', 'rest_framework.authentication', 'TokenAuthentication', 'login_required', 'LoginRequiredMixin', 'jwt_required', 'LoginManager', 'jwt.', 'create_access_token', 'fastapi_users', 'django.contrib.auth', 'knox', 'dj_rest_auth', 'allauth', 'djoser', 'IsAuthenticated'),
  sig('auth:java', JAVA, /\bUserDetailsService\b|\bJwts\s*\.\s*(?:builder|parser|parserBuilder|SIG)\b|\bJWT\.(?:create|require)\s*\(|\boauth2ResourceServer\b|\bAuthenticationManager\b/, 'UserDetailsService', 'Jwts', 'JWT.', 'oauth2ResourceServer', 'AuthenticationManager'),
  // Spring Security's configuration classes: authentication unless the configuration permits every request.
  sig('auth:java-config', JAVA, /\bSecurityFilterChain\b|@EnableWebSecurity\b|\bWebSecurityConfigurerAdapter\b/, 'SecurityFilterChain', 'EnableWebSecurity', 'WebSecurityConfigurerAdapter'),
  // …and a configuration that opens everything: `.antMatchers("/**").permitAll()`, `.anyRequest().permitAll()`.
  sig('auth-open:java', JAVA, /\.(?:antMatchers|requestMatchers|mvcMatchers)\(\s*"\/\*\*"\s*\)\s*\.permitAll\(\)|\.anyRequest\(\)\s*\.permitAll\(\)/, 'permitAll'),
  sig('auth:go', GO, /"github\.com\/(?:golang-jwt\/jwt|dgrijalva\/jwt-go|lestrrat-go\/jwx|labstack\/echo-jwt|gofiber\/contrib\/jwt|appleboy\/gin-jwt|go-chi\/jwtauth|alexedwards\/scs|gorilla\/sessions|markbates\/goth|go-jose\/go-jose)|"gopkg\.in\/(?:square\/)?go-jose|"golang\.org\/x\/oauth2"/, 'golang-jwt', 'dgrijalva', 'jwx', 'echo-jwt', 'contrib/jwt', 'gin-jwt', 'jwtauth', 'alexedwards/scs', 'gorilla/sessions', 'goth', 'x/oauth2', 'go-jose'),
  sig('auth:php', PHP, /['"]auth:(?:sanctum|api)['"]|\bAuth::(?:attempt|user|guard|login)\s*\(|->createToken\s*\(|\bHasApiTokens\b|\bJWTAuth\b|\bauth\(\)->(?:user|attempt|login)\s*\(|\bFirebase\\JWT\b|->middleware\(\s*\[?\s*['"]auth['"]|UserPasswordHasherInterface|#\[IsGranted|\bjson_login\b/, 'auth:', 'Auth::', 'createToken', 'HasApiTokens', 'JWTAuth', 'auth()', 'Firebase', 'middleware', 'UserPasswordHasherInterface', 'IsGranted', 'json_login'),
  sig('auth:csharp', CS, /\.AddJwtBearer\s*\(|\.AddAuthentication\s*\(|\[Authorize\b|\.AddIdentity(?:Core|ApiEndpoints)?\s*<|\bJwtSecurityTokenHandler\b|\bJsonWebTokenHandler\b|\.RequireAuthorization\s*\(/, 'AddJwtBearer', 'AddAuthentication', '[Authorize', 'AddIdentity', 'JwtSecurityTokenHandler', 'JsonWebTokenHandler', 'RequireAuthorization'),
  sig('auth:ruby', RB, /\bauthenticate_\w+!|\bJWT\.(?:encode|decode)\b|\bdoorkeeper\b|\bwarden\b|before_action\s+:(?:authenticate\w*|require_\w*(?:login|user|auth)\w*|authorize_request|logged_in\w*|ensure_\w*(?:login|logged_in|user|auth)\w*)/, 'authenticate', 'JWT.', 'doorkeeper', 'warden', 'before_action'),
  // Accounts in the model (Devise, has_secure_password): login exists, but it protects nothing until a controller requires it.
  sig('auth:ruby-accounts', RB, /\bhas_secure_password\b|^\s*devise\s+:/, 'has_secure_password', 'devise'),
  sig('auth:config', 'config', /^\s*firewalls\s*:|^\s*json_login\s*:|spring\.security\.oauth2/, 'firewalls', 'json_login', 'spring.security'),

  // ── security: password hashing (KDF or a framework's default hasher) ──────────────────────
  sig('kdf:js', JS, jsUse('bcrypt|bcryptjs|argon2|@node-rs/argon2|@node-rs/bcrypt', /\bcrypto\.(?:scrypt|scryptSync|pbkdf2|pbkdf2Sync)\s*\(|\b(?:scrypt|pbkdf2)(?:Sync)?\s*\(\s*\w*[pP]ass|\bimport\s*\{[^}]*\b(?:scrypt|pbkdf2)(?:Sync)?\b[^}]*\}\s*from\s*['"](?:node:)?crypto['"]/), ...quoted('bcrypt|bcryptjs|argon2|@node-rs/argon2|@node-rs/bcrypt'), 'scrypt', 'pbkdf2'),
  sig('kdf:python', PY, /^\s*(?:from|import)\s+(?:bcrypt|argon2|pwdlib|passlib)\b|\bCryptContext\s*\(|\b(?:make_password|check_password|set_password|create_user|create_superuser|generate_password_hash|check_password_hash)\s*\(|\bhashlib\.(?:pbkdf2_hmac|scrypt)\s*\(|\bUserCreationForm\b|\bAbstractUser\b|\bAbstractBaseUser\b/, 'bcrypt', 'argon2', 'pwdlib', 'passlib', 'CryptContext', 'password', 'create_user', 'create_superuser', 'pbkdf2_hmac', 'scrypt', 'UserCreationForm', 'AbstractUser', 'AbstractBaseUser'),
  sig('kdf:java', JAVA, /\b(?:BCrypt|Argon2|SCrypt|Pbkdf2)PasswordEncoder\b|\bPasswordEncoderFactories\b|\bBCrypt\.(?:hashpw|checkpw)\b/, 'PasswordEncoder', 'BCrypt.'),
  sig('kdf:go', GO, /"golang\.org\/x\/crypto\/(?:bcrypt|argon2|scrypt|pbkdf2)"|"github\.com\/alexedwards\/argon2id"/, 'x/crypto/', 'argon2id'),
  sig('kdf:php', PHP, /\bHash::(?:make|check)\s*\(|\bbcrypt\s*\(|\bpassword_(?:hash|verify)\s*\(|['"]password['"]\s*=>\s*['"]hashed['"]|UserPasswordHasherInterface|->hashPassword\s*\(/, 'Hash::', 'bcrypt', 'password_hash', 'password_verify', 'hashed', 'UserPasswordHasherInterface', 'hashPassword'),
  sig('kdf:csharp', CS, /\bPasswordHasher<|\bBCrypt\.(?:Net\.)?(?:BCrypt\.)?(?:HashPassword|Verify|EnhancedHashPassword)\b|\bRfc2898DeriveBytes\b|\bKeyDerivation\.Pbkdf2\b|\.AddIdentity(?:Core|ApiEndpoints)?\s*<|\bUserManager<|\bArgon2id\b/, 'PasswordHasher', 'BCrypt.', 'Rfc2898DeriveBytes', 'KeyDerivation', 'AddIdentity', 'UserManager', 'Argon2id'),
  sig('kdf:ruby', RB, /\bhas_secure_password\b|\bBCrypt::Password\b|^\s*devise\s+:/, 'has_secure_password', 'BCrypt::', 'devise'),
  // Fast digests applied to passwords (§9.3 md5-used-as-password) — judged per line by the rule.
  sig('weak-hash:js', JS, /\bcreate(?:Hash|Hmac)\(\s*['"](?:md5|sha1|sha256)['"][^)\n]*\)[^\n]*[pP]ass(?!\w*(?:[rR]eset|[tT]oken))|\b(?:md5|sha1)\([^)\n]*[pP]ass(?!\w*(?:[rR]eset|[tT]oken))/, 'createHash', 'createHmac', 'md5', 'sha1'),
  sig('weak-hash:python', PY, /\bhashlib\.(?:md5|sha1|sha256)\([^\n]*[pP]ass/, 'hashlib.'),
  sig('weak-hash:java', JAVA, /MessageDigest\.getInstance\(\s*"(?:MD5|SHA-1|SHA1|SHA-256)"\s*\)[\s\S]{0,300}?[pP]assword|\bDigestUtils\.(?:md5|sha1|sha256)Hex\([^)\n]*[pP]ass/, 'MessageDigest', 'DigestUtils'),
  sig('weak-hash:go', GO, /\b(?:md5|sha1|sha256)\.Sum(?:256)?\(\s*\[\]byte\(\s*\w*[pP]ass|\b(?:md5|sha1|sha256)\.New\(\)[\s\S]{0,200}?\.Write\(\s*\[\]byte\(\s*\w*[pP]ass/, 'md5.Sum', 'sha1.Sum', 'sha256.Sum', 'md5.New', 'sha1.New', 'sha256.New'),
  sig('weak-hash:php', PHP, /\b(?:md5|sha1)\s*\(\s*\$(?:request->)?\w*[pP]ass/, 'md5', 'sha1'),
  sig('weak-hash:csharp-hmac', CS, /\bHMACSHA(?:1|256|384|512)\b[\s\S]{0,300}?[pP]assword/, 'HMACSHA'),
  sig('weak-hash:csharp', CS, /\b(?:MD5|SHA1)\.(?:Create|HashData)\s*\([^\n]*[pP]ass|\b(?:MD5|SHA1)\.Create\(\)[\s\S]{0,300}?[pP]assword/, 'MD5.', 'SHA1.'),
  sig('weak-hash:ruby', RB, /\bDigest::(?:MD5|SHA1|SHA256)\.(?:hexdigest|digest)\([^\n]*pass/, 'Digest::'),
  // Stored password compared with the submitted one in plain text.
  sig('plain-compare', [JS, PY, JAVA, GO, PHP, CS, RB], /\.[pP]assword\s*(?:===?|!==?)\s*(?:(?:req\.body|request(?:\.\w+)?|body|input|params|dto|credentials|form|payload|login\w*|args)(?:\.|\[['"])[pP]assword\b|[pP]assword\b(?![\w.(]))|\.[pP]assword\.equals\(\s*\w+\.get[pP]assword\(\)|\bNoOpPasswordEncoder\.getInstance\(|\bnew NoOpPasswordEncoder\(|['"]\{noop\}[^'"]|where\(\s*['"]password['"]\s*,\s*\$request/, 'assword', 'NoOpPasswordEncoder', '{noop}'),

  // ── security: authorization (roles, permissions, ownership) ───────────────────────────────
  // `hasRole(` names the role it checks (`hasRole('admin')`, `hasRole(Role.Admin)`): a method of the
  // same name over something else (`files.hasRole(entry.path, 'test')`) is no access check.
  sig('authz:js', JS, /@Roles\s*\(|\bRolesGuard\b|\bhasRole\s*\(\s*\[?\s*(?:['"`]|[A-Z]\w*\b)|\b(?:req|request|ctx\.state|ctx\.request|res\.locals)\.user\.(?:role|roles|isAdmin|permissions)\b|\buser\.role\s*(?:===?|!==?)|\broles\.includes\s*\(|(?<!passport\.)\bauthorize\(\s*\[?['"]|['"]@casl\/ability['"]|['"]accesscontrol['"]|['"]casbin['"]|\bcheckPermission\w*\s*\(|\b(?:require|check|ensure|verify)Roles?\s*\(|\bisAdmin\b|\.(?:userId|ownerId|authorId|author|owner|user)(?:\.(?:id|_id|toString\(\)))?\s*(?:!==?|===?)\s*(?:req|request)\.user|\b\w*[rR]ights\.(?:includes|every|some)\s*\(|\b(?:req|request)\.params\.\w*[iI]d\s*(?:!==?|===?)\s*\w*\.?user\.(?:id|_id)\b/, 'Rights.', 'rights.', '@Roles', 'RolesGuard', 'hasRole', '.user.', 'user.role', 'roles.includes', 'authorize(', 'casl', 'accesscontrol', 'casbin', 'checkPermission', 'requireRole', 'requireRoles', 'checkRole', 'ensureRole', 'verifyRole', 'isAdmin', 'req.user', 'request.user', 'user.id', 'user._id'),
  sig('authz:python', PY, /\bpermission_classes\b|\bBasePermission\b|\bhas_object_permission\b|@permission_required\b|\bPermissionRequiredMixin\b|\.has_perm\s*\(|\bIsAdminUser\b|\bis_superuser\b|\bis_staff\b|\brequire_role\w*\s*\(|\bSecurity\([^)]*scopes|\.role (?:==|!=|in) |\[['"]roles?['"]\]\s*(?:==|!=|not in|in)\s|\bcasbin\b|\.(?:owner|author|user)(?:_id)? (?:!=|==) (?:request\.user|current_user|user)(?:\.id|_id)?\b/, 'permission', 'BasePermission', 'has_perm', 'IsAdminUser', 'is_superuser', 'is_staff', 'require_role', 'scopes', '.role ==', '.role !=', '.role in ', '["role"]', "['role']", '["roles"]', "['roles']", 'casbin', '.owner =', '.owner !', '.owner_id ', '.author =', '.author !', '.author_id ', '.user =', '.user !', '.user_id '),
  sig('authz:java', JAVA, /@PreAuthorize\b|@PostAuthorize\b|@Secured\b|@RolesAllowed\b|\.hasRole\s*\(|\.hasAnyRole\s*\(|\.hasAuthority\s*\(|\.hasAnyAuthority\s*\(|@EnableMethodSecurity\b|@EnableGlobalMethodSecurity\b|\bcan(?:Write|Edit|Update|Delete|Modify|Manage)[A-Z]\w*\s*\(|\bisOwner\w*\s*\(/, 'Authorize', '@Secured', '@RolesAllowed', '.has', 'MethodSecurity', 'canWrite', 'canEdit', 'canUpdate', 'canDelete', 'canModify', 'canManage', 'isOwner'),
  sig('authz:go', GO, /"github\.com\/casbin\/casbin|\.Role\s*(?:!=|==)\s*"|\b[rR]ole\s*(?:!=|==)\s*(?:"|models?\.|Role)|\brequireRole\w*\s*\(|\bRequireRole\w*\s*\(|\bisAdmin\b|\bIsAdmin\b/, 'casbin', 'Role', 'role', 'Admin'),
  sig('authz:php', PHP, /\$this->authorize\s*\(|\bGate::(?:define|allows|denies|authorize)\s*\(|->can\s*\(\s*['"]|['"]can:|\bHasRoles\b|['"]role:|#\[IsGranted\s*\(|->denyAccessUnlessGranted\s*\(|->isGranted\s*\(|\bextends\s+Voter\b|\bextends\s+Policy\b|->(?:hasRole|hasPermissionTo)\s*\(|->(?:user_id|user->id|owner_id|author_id)\s*(?:===?|!==?)\s*(?:auth\(\)->id\(\)|Auth::id\(\)|\$request->user\(\)->id)|function\s+authorize\(\)\s*(?::\s*bool\s*)?\{\s*return\s+(?!true\s*;)/, 'user_id', 'user->id', 'owner_id', 'author_id', 'authorize', 'Gate::', 'can', 'HasRoles', 'role:', 'IsGranted', 'denyAccessUnlessGranted', 'isGranted', 'Voter', 'Policy', 'hasRole', 'hasPermissionTo'),
  sig('authz:csharp', CS, /\[Authorize\(\s*(?:Roles|Policy)\s*=|\.AddPolicy\s*\(|\.RequireRole\s*\(|\.RequireClaim\s*\(|\bIAuthorizationHandler\b|\bAuthorizationHandler<|\.IsInRole(?:Async)?\s*\(|\bIAuthorizationService\b|\.RequireAuthorization\(\s*["\w]/, 'Authorize(', 'AddPolicy', 'RequireRole', 'RequireClaim', 'AuthorizationHandler', 'IsInRole', 'IAuthorizationService', 'RequireAuthorization'),
  sig('authz:ruby', RB, /^\s*authorize\s+[@:]|\bpolicy_scope\b|\bload_and_authorize_resource\b|\bauthorize!\s|\bcan\?\s*\(?\s*:|\bhas_role\?|\binclude\s+Pundit\b|\bCanCan::Ability\b|\bcurrent_user\.admin\?|\benum\s+:?role\b|\.user\s*(?:!=|==)\s*current_user|current_user\s*(?:!=|==)\s*@?\w+\.user\b|\.user_id\s*(?:!=|==)\s*(?:current_user\.id|@current_user_id|current_user_id)\b/, 'authorize', 'policy_scope', 'load_and_authorize_resource', 'can?', 'has_role?', 'Pundit', 'CanCan', 'admin?', 'role', 'current_user'),
  sig('authz:config', 'config', /^\s*(?:role_hierarchy|access_control)\s*:/, 'role_hierarchy', 'access_control'),

  // ── security: input validation ────────────────────────────────────────────────────────────
  sig('validation:js', JS, jsUse('zod|joi|yup|express-validator|celebrate|ajv|valibot|superstruct|class-validator|@sinclair/typebox|nestjs-zod|fastify-type-provider-zod|@vinejs/vine|arktype', /\bnew\s+ValidationPipe\b|@Is(?:String|Email|NotEmpty|Int|Number|Optional|Boolean|UUID|Enum|Date)\s*\(|\.safeParse\s*\(|\bvalidationResult\s*\(|\bschema\s*:\s*\{\s*(?:body|params|querystring)\s*:/), ...quoted('zod|joi|yup|express-validator|celebrate|ajv|valibot|superstruct|class-validator|@sinclair/typebox|nestjs-zod|fastify-type-provider-zod|@vinejs/vine|arktype'), 'ValidationPipe', '@Is', 'safeParse', 'validationResult', 'schema'),
  sig('validation:python', PY, /\(\s*(?:BaseModel|Schema|serializers\.(?:Model)?Serializer|forms\.(?:Model)?Form|ModelSerializer|Serializer|SQLModel)\s*[,)]|\.is_valid\s*\(|@(?:field_)?validator\s*\(|^\s*from\s+(?:marshmallow|pydantic|webargs|cerberus|jsonschema|voluptuous|wtforms|flask_wtf)\b|@use_args\s*\(|\.full_clean\s*\(/, 'BaseModel', 'Schema', 'Serializer', 'Form', 'SQLModel', 'is_valid', 'validator', 'marshmallow', 'pydantic', 'webargs', 'cerberus', 'jsonschema', 'voluptuous', 'wtforms', 'flask_wtf', 'use_args', 'full_clean'),
  sig('validation:java', JAVA, /@Valid\b|@Validated\b|@(?:NotNull|NotBlank|NotEmpty|Email|Size|Min|Max|Pattern|Positive|PositiveOrZero|Past|Future)\b[\s(]|\b(?:jakarta|javax)\.validation\b/, '@Valid', '@Not', '@Email', '@Size', '@Min', '@Max', '@Pattern', '@Positive', '@Past', '@Future', '.validation'),
  sig('validation:go', GO, /"github\.com\/go-playground\/validator|"github\.com\/go-ozzo\/ozzo-validation|"github\.com\/asaskevich\/govalidator|"github\.com\/astaxie\/beego\/validation"|\b(?:binding|validate):"[^"]*(?:required|min=|max=|email|len=|gte=|lte=|oneof=)/, 'go-playground/validator', 'ozzo-validation', 'govalidator', 'beego/validation', 'binding:"', 'validate:"'),
  sig('validation:php', PHP, /\bextends\s+FormRequest\b|\$request->validate\s*\(|\$this->validate\s*\(|\bValidator::make\s*\(|#\[Assert\\|@Assert\\|->validate\s*\(\s*\$|#\[MapRequestPayload/, 'FormRequest', 'validate', 'Validator::make', 'Assert', 'MapRequestPayload'),
  sig('validation:csharp', CS, /\[(?:Required|StringLength|EmailAddress|Range|MaxLength|MinLength|RegularExpression|Compare)\b|\bAbstractValidator<|\bRuleFor\s*\(|\bModelState\.IsValid\b/, '[Required', '[StringLength', '[EmailAddress', '[Range', '[MaxLength', '[MinLength', '[RegularExpression', '[Compare', 'AbstractValidator', 'RuleFor', 'ModelState'),
  sig('validation:ruby', RB, /^\s*validates?\s+:|\bparams\.require\s*\(|\.permit\s*\(\s*:|\bDry::(?:Validation|Schema)\b|^\s*param\s+:\w+\s*,/, 'validate', 'params.require', '.permit', 'Dry::', 'param'),
  // Hand-written validation (rubric: "explicit checks that return 4xx"): the clean-architecture validators
  // (MissingParamError, RequiredFieldValidation) and 400/422 answers written by the code itself.
  sig('validation-manual:named', [JS, JAVA, GO, PHP, CS, PY, RB], /\b(?:MissingParam|InvalidParam)Error\b|\bRequiredFieldValidation\b|\bValidationComposite\b/, 'MissingParamError', 'InvalidParamError', 'RequiredFieldValidation', 'ValidationComposite'),
  sig('validation-manual:js', JS, /\.status\(\s*(?:400|422)\s*\)|\bsendStatus\(\s*(?:400|422)\s*\)|\bHttpException\(\s*(?:400|422)\b|\bnew\s+BadRequest(?:Exception|Error)\s*\(|\bUnprocessableEntityException\b|\bstatusCode:\s*(?:400|422)\b/, '400', '422', 'BadRequest', 'UnprocessableEntityException'),
  sig('validation-manual:go', GO, /\bhttp\.Status(?:BadRequest|UnprocessableEntity)\b|\bfiber\.(?:ErrBadRequest|StatusBadRequest|ErrUnprocessableEntity|StatusUnprocessableEntity)\b|\becho\.ErrBadRequest\b/, 'StatusBadRequest', 'StatusUnprocessableEntity', 'ErrBadRequest', 'ErrUnprocessableEntity'),
  sig('validation-manual:python', PY, /\babort\(\s*(?:400|422)\b|\bstatus(?:_code)?\s*=\s*(?:400|422)\b|\bHTTP_(?:400_BAD_REQUEST|422_UNPROCESSABLE_ENTITY)\b|\braise\s+BadRequest\b|\)\s*,\s*(?:400|422)\s*$/, '400', '422', 'BadRequest'),
  sig('validation-manual:java', JAVA, /\bHttpStatus\.(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bResponseEntity\.badRequest\(\)|\bHttpStatusCode\.(?:BadRequest|UnprocessableEntity)\b/, 'BAD_REQUEST', 'UNPROCESSABLE_ENTITY', 'badRequest', 'HttpStatusCode.'),
  sig('validation-manual:php', PHP, /->withStatus\(\s*(?:400|422)\b|\bResponse::HTTP_(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bresponse\(\)->json\([^\n]*,\s*(?:400|422)\s*\)/, '400', '422', 'HTTP_BAD_REQUEST', 'HTTP_UNPROCESSABLE_ENTITY'),
  sig('validation-manual:csharp', CS, /\bBadRequest\(|\bUnprocessableEntity\(|\bStatusCodes\.Status(?:400BadRequest|422UnprocessableEntity)\b/, 'BadRequest(', 'UnprocessableEntity(', 'Status400BadRequest', 'Status422UnprocessableEntity'),
  sig('validation-manual:ruby', RB, /\bstatus:\s*(?::bad_request|:unprocessable_entity|:unprocessable_content|400|422)\b/, 'bad_request', 'unprocessable', '400', '422'),
  sig('mass-assign', [JS, PY, PHP, RB], /\.(?:create|insert|insertOne|update|findByIdAndUpdate|build)\(\s*req\.body\s*\)|\(\*\*request\.(?:json|get_json\(\)|data)\)|->fill\(\s*\$request->all\(\)\s*\)|::create\(\s*\$request->all\(\)\s*\)|\bparams\.permit!|\$guarded\s*=\s*\[\s*\]/, 'req.body', '**request', '$request->all', 'permit!', 'guarded'),

  // ── security: rate limiting ───────────────────────────────────────────────────────────────
  sig('rate:js', JS, jsUse('express-rate-limit|rate-limiter-flexible|express-slow-down|@upstash/ratelimit|@nestjs/throttler|@fastify/rate-limit|koa-ratelimit|express-brute|hono-rate-limiter', /\bThrottlerModule\b|\bThrottlerGuard\b|@Throttle\s*\(/), ...quoted('express-rate-limit|rate-limiter-flexible|express-slow-down|@upstash/ratelimit|@nestjs/throttler|@fastify/rate-limit|koa-ratelimit|express-brute|hono-rate-limiter'), 'ThrottlerModule', 'ThrottlerGuard', '@Throttle'),
  sig('rate:python', PY, /^\s*from\s+(?:slowapi|fastapi_limiter|flask_limiter|django_ratelimit|ratelimit)\b|\b(?:Anon|User|Scoped)RateThrottle\b|DEFAULT_THROTTLE_(?:CLASSES|RATES)|\bthrottle_classes\b|@limiter\.limit\s*\(|@ratelimit\s*\(|\bRateLimiter\s*\(/, 'slowapi', 'fastapi_limiter', 'flask_limiter', 'ratelimit', 'RateThrottle', 'THROTTLE', 'throttle_classes', 'limiter', 'RateLimiter'),
  sig('rate:java', JAVA, /\bBucket4j\b|\bio\.github\.bucket4j\b|\bcom\.bucket4j\b|@RateLimiter\s*\(|\bRateLimiter\.create\s*\(|\bBandwidth\.(?:simple|classic|builder)\b/, 'Bucket4j', 'bucket4j', 'RateLimiter', 'Bandwidth.'),
  sig('rate:go', GO, /"golang\.org\/x\/time\/rate"|"github\.com\/(?:ulule\/limiter|didip\/tollbooth|go-chi\/httprate|sethvargo\/go-limiter)|"github\.com\/gofiber\/fiber\/v[23]\/middleware\/limiter"|\bmiddleware\.RateLimiter\w*\s*\(|\brate\.NewLimiter\s*\(/, 'x/time/rate', 'ulule/limiter', 'tollbooth', 'httprate', 'go-limiter', 'middleware/limiter', 'RateLimiter', 'rate.NewLimiter'),
  sig('rate:php', PHP, /\bRateLimiter::(?:for|attempt|hit|tooManyAttempts)\s*\(|['"]throttle:|\bLimit::per(?:Minute|Hour|Second|Day)\s*\(|\bRateLimiterFactory\b|\bThrottleRequests\b/, 'RateLimiter::', 'throttle:', 'Limit::per', 'RateLimiterFactory', 'ThrottleRequests'),
  sig('rate:csharp', CS, /\.AddRateLimiter\s*\(|\.UseRateLimiter\s*\(|\[EnableRateLimiting\b|\.RequireRateLimiting\s*\(|\bAspNetCoreRateLimit\b|\.UseIpRateLimiting\s*\(/, 'RateLimit', 'RateLimiter'),
  sig('rate:ruby', RB, /\bRack::Attack\b|^\s*rate_limit\s+to:|\bRack::Throttle\b/, 'Rack::Attack', 'rate_limit', 'Rack::Throttle'),
  // A hand-written limiter: the code itself answers 429 Too Many Requests.
  sig('rate:manual', [JS, PY, JAVA, GO, PHP, CS, RB], /\b(?:sendStatus|status|abort|HttpResponse|Response|StatusCode|WriteHeader)\(\s*(?:429|[\w.]*(?:TOO_MANY_REQUESTS|TooManyRequests)\w*)\b|\bstatus(?:_code)?\s*[:=]\s*(?:429|:too_many_requests)\b|\bHTTP_429_TOO_MANY_REQUESTS\b|\bHttpStatus\.TOO_MANY_REQUESTS\b|\bhttp\.StatusTooManyRequests\b|\bStatus429TooManyRequests\b/, '429', 'TOO_MANY_REQUESTS', 'TooManyRequests', 'too_many_requests'),
  sig('rate:config', 'config', /\blimit_req_zone\b|\blogin_throttling\s*:|^\s*rate_limiter\s*:|\bbucket4j\.filters\b/, 'limit_req_zone', 'login_throttling', 'rate_limiter', 'bucket4j'),

  // ── operations: a leveled logger configured and used ──────────────────────────────────────
  sig('log:js', JS, jsModule('pino|pino-http|nestjs-pino|winston|bunyan|log4js'), ...quoted('pino|pino-http|nestjs-pino|winston|bunyan|log4js')),
  // Fastify({ logger: true }) turns on its bundled pino logger.
  sig('log:fastify', JS, /\b[fF]astify\(\s*\{[^}]*\blogger\s*:\s*(?:true|\{)/, 'astify('),
  sig('log:nest', JS, /\bnew Logger\(\s*\w+\.name\s*\)|\bprivate\s+readonly\s+logger\s*=\s*new Logger\b/, 'new Logger'),
  // Configured: dictConfig/basicConfig, a Django LOGGING dict, handlers attached, or a structured library.
  sig('log:python', PY, /\blogging\.(?:config\.dictConfig|basicConfig)\s*\(|^\s*(?:import|from)\s+(?:structlog|loguru|pythonjsonlogger)\b|^LOGGING\s*=\s*\{|\.addHandler\s*\(/, 'dictConfig', 'basicConfig', 'structlog', 'loguru', 'pythonjsonlogger', 'LOGGING', 'addHandler'),
  sig('log:java', JAVA, /\bLoggerFactory\.getLogger\s*\(|@Slf4j\b|@Log4j2\b|\bLogManager\.getLogger\s*\(/, 'LoggerFactory', '@Slf4j', '@Log4j2', 'LogManager'),
  sig('log:go', GO, /"log\/slog"|"go\.uber\.org\/zap"|"github\.com\/(?:rs\/zerolog|sirupsen\/logrus)/, 'log/slog', 'go.uber.org/zap', 'zerolog', 'logrus'),
  // An injected PSR-3 logger (Symfony, Slim): configured through its container.
  sig('log:php', PHP, /\bLoggerInterface\s+\$/, 'LoggerInterface'),
  sig('log:csharp', CS, /\bUseSerilog\w*\s*\(|\bSerilog\b|\bNLog\b/, 'Serilog', 'NLog'),
  sig('log:ruby', RB, /\blograge\b|\bSemanticLogger\b|\bOugai\b/, 'lograge', 'SemanticLogger', 'Ougai'),
  sig('log:config', 'config', /^\s*logging\.structured\b|"Serilog"\s*:/, 'logging.structured', 'Serilog'),
  // Request-log middleware: one line per request, nothing the application says about itself.
  sig('log-access:js', JS, jsModule('morgan'), ...quoted('morgan')),
  sig('log-access:go', GO, /\bgin\.(?:Default|Logger)\(\)|\bmiddleware\.(?:Logger|RequestLogger\w*)\b|"github\.com\/gofiber\/fiber\/v[23]\/middleware\/logger"/, 'gin.Default', 'gin.Logger', 'middleware.', 'middleware/logger'),
  sig('log-access:java', JAVA, /\binstall\(\s*CallLogging\b/, 'CallLogging'),
  // The framework's default logger, as generated or injected: no choice of the author's.
  sig('log-builtin:php', PHP, /\bMonolog\\/, 'Monolog'),
  sig('log-builtin:csharp', CS, /\bILogger<\w+>/, 'ILogger<'),
  sig('log-builtin:ruby', RB, /\bActiveSupport::(?:TaggedLogging|Logger)\b|\bLogger\.new\s*\(/, 'ActiveSupport::', 'Logger.new'),
  // Levels or a pattern for Spring Boot's default Logback: configured, but plain text and no logger in code.
  sig('log-builtin:config', 'config', /^\s*logging\.(?:level|pattern|file)\b/, 'logging.level', 'logging.pattern', 'logging.file'),
  // A leveled call through some logger object (Laravel's Log::, Rails.logger, ILogger, a stdlib logger).
  sig('log-call:any', [JS, PY, JAVA, GO, PHP, CS, RB], new RegExp(String.raw`\b(?:\w*[lL](?:ogger\.|ogger::|ogger->)|log\.|log::|log->|LOG\.|LOG::|LOG->|Log\.|Log::|Log->)(?:${LOG_LEVELS.join('|')})\b\s*[(\s'"]`), ...['ogger', 'log', 'LOG', 'Log'].flatMap((who) => ['.', '::', '->'].map((sep) => `${who}${sep}`))),

  // ── operations: health and readiness endpoints ────────────────────────────────────────────
  // A bare "up" or "ready" is any word (a CLI subcommand's name): those need the leading slash.
  // A path string (a slashless name only as a call's first argument, `get("health")`); an item of a
  // table of strings (`['/health', '/ready']`, `'health', '/up'` after another string that is no HTTP
  // method) is a list of names, as in a checker's own pattern table, not a route.
  sig('health:route', [JS, PY, JAVA, GO, PHP, CS, RB], /(?<![^A-Z\s]['"`]\s*,\s*|\[\s*)(?:['"`]\/(?:api\/(?:v\d\/)?)?_{0,2}(?:health|healthz|healthcheck|health-check|health_check)|(?<=(?:\(|\bget)\s*)['"`]_{0,2}(?:health|healthz|healthcheck|health-check|health_check)|['"`]\/(?:api\/(?:v\d\/)?)?(?:ready|readyz|readiness|livez|liveness|up))['"`]\s*(?:[,);=]|=>|$)/, 'health', '/ready', '/live', '/up'),
  sig('health:lib', [JS, PY, JAVA, GO, PHP, CS, RB], /@nestjs\/terminus|\bHealthCheckService\b|\bMapHealthChecks\s*\(|\bAddHealthChecks\s*\(|\bhealth_check\b|\bspatie\\\\?Health|health:\s*['"]\/up['"]|(?:=>|to:)\s*['"]rails\/health#show|\bHealthIndicator\b|\bresources?\s+:health\b|terminus|fastify-healthcheck|express-healthcheck/, 'terminus', 'HealthCheckService', 'HealthChecks', 'health_check', 'Health', 'health:', 'rails/health', 'HealthIndicator', 'resources :health', 'resource :health', 'healthcheck'),
  sig('health:actuator', 'config', /^\s*management\.endpoints?\.|^\s*management\s*:/, 'management'),

  // ── operations: background jobs, queues and schedulers ────────────────────────────────────
  sig('jobs:js', JS, jsUse('bullmq|bull|bee-queue|agenda|pg-boss|graphile-worker|@nestjs/bullmq|@nestjs/bull|@nestjs/schedule|node-cron|cron|node-schedule|amqplib|amqp-connection-manager|kafkajs|sqs-consumer|inngest|@trigger\\.dev/sdk|@temporalio/worker|@temporalio/client', /@Processor\s*\(|@Cron\s*\(|@Interval\s*\(/), ...quoted('bullmq|bull|bee-queue|agenda|pg-boss|graphile-worker|@nestjs/bullmq|@nestjs/bull|@nestjs/schedule|node-cron|cron|node-schedule|amqplib|amqp-connection-manager|kafkajs|sqs-consumer|inngest|@trigger.dev/sdk|@temporalio/worker|@temporalio/client'), '@Processor', '@Cron', '@Interval'),
  sig('jobs:python', PY, /@(?:shared_task|\w+\.task|dramatiq\.actor|huey\.\w*task|job)\b|^\s*(?:from|import)\s+(?:celery|rq|dramatiq|huey|arq|taskiq|apscheduler|django_q|kombu|pika|aio_pika|aiokafka)\b|\bCELERY_BEAT_SCHEDULE\b|\bbeat_schedule\b|\.apply_async\s*\(/, 'shared_task', '.task(', 'app.task', 'dramatiq', 'huey', '@job', 'celery', 'rq', 'arq', 'taskiq', 'apscheduler', 'django_q', 'kombu', 'pika', 'aiokafka', 'CELERY', 'beat_schedule', 'apply_async'),
  sig('jobs:java', JAVA, /@Scheduled\s*\(|@Async\b|@EnableScheduling\b|@EnableAsync\b|\bimplements\s+Job\b|\borg\.quartz\b|@RabbitListener\b|@KafkaListener\b|@SqsListener\b|\bJobRunr\b|@SchedulerLock\b/, '@Scheduled', '@Async', '@EnableScheduling', '@EnableAsync', 'Job', 'org.quartz', 'Listener', 'JobRunr', '@SchedulerLock'),
  sig('jobs:go', GO, /"github\.com\/(?:hibiken\/asynq|riverqueue\/river|robfig\/cron|go-co-op\/gocron|RichardKnop\/machinery|rabbitmq\/amqp091-go|streadway\/amqp|segmentio\/kafka-go|IBM\/sarama|Shopify\/sarama|nats-io\/nats\.go|gocraft\/work)/, 'asynq', 'riverqueue', 'robfig/cron', 'gocron', 'machinery', 'amqp', 'kafka-go', 'sarama', 'nats', 'gocraft/work'),
  sig('jobs:php', PHP, /\bimplements\s+ShouldQueue\b|::dispatch\s*\(|\bdispatch\s*\(\s*new\b|\bSchedule::(?:command|job|call)\s*\(|\$schedule->(?:command|job|call)\s*\(|#\[AsMessageHandler|#\[AsCronTask|#\[AsPeriodicTask|\bMessageBusInterface\b/, 'ShouldQueue', 'dispatch', 'Schedule::', '$schedule->', 'AsMessageHandler', 'AsCronTask', 'AsPeriodicTask', 'MessageBusInterface'),
  sig('jobs:csharp', CS, /:\s*BackgroundService\b|\bIHostedService\b|\.AddHostedService\s*<|\bBackgroundJob\.(?:Enqueue|Schedule)\b|\bRecurringJob\.AddOrUpdate\b|\.AddHangfire\s*\(|\.AddQuartz\s*\(|\.AddMassTransit\s*\(|\bIConsumer<|\bIJob\b/, 'BackgroundService', 'IHostedService', 'AddHostedService', 'BackgroundJob.', 'RecurringJob', 'AddHangfire', 'AddQuartz', 'AddMassTransit', 'IConsumer', 'IJob'),
  sig('jobs:ruby', RB, /<\s*(?:ApplicationJob|ActiveJob::Base)\b|\binclude\s+Sidekiq::(?:Worker|Job)\b|\.perform_(?:later|async|in|at)\b|\bResque\.enqueue\b|\bSidekiq::Cron\b|\bRufus::Scheduler\b|\bSuckerPunch::Job\b/, 'ApplicationJob', 'ActiveJob', 'Sidekiq', 'perform_', 'Resque', 'Rufus', 'SuckerPunch'),
  sig('jobs:config', 'config', /^\s*(?:worker|jobs|queue|sidekiq|celery)\s*:\s*\S*\s*(?:bundle exec sidekiq|sidekiq|celery\b[^\n]*worker|php artisan queue:work|bin\/jobs|rq worker|dramatiq|node\s+\S*worker)/, 'sidekiq', 'celery', 'queue:work', 'bin/jobs', 'rq worker', 'dramatiq', 'worker'),

  // ── operations: central error handling ────────────────────────────────────────────────────
  sig('error:js', JS, /\.use\(\s*(?:async\s*)?(?:function\s*\w*\s*)?\(\s*(?:err|error|e)\s*(?::\s*[\w.<>]+(?:\s*\|\s*[\w.<>]+)*)?\s*,\s*(?:req|_req|request|_)\w*\s*(?::\s*[\w.<>]+)?\s*,\s*(?:res|_res|response)\w*\s*(?::\s*[\w.<>]+)?\s*,\s*(?:next|_next|_)\w*|@Catch\s*\(|\bimplements\s+ExceptionFilter\b|\buseGlobalFilters\s*\(|\bAPP_FILTER\b|\.setErrorHandler\s*\(|\bapp\.onError\s*\(|\buseGlobalInterceptors\s*\(\s*new\s+\w*Errors?\w*Interceptor\b|\.use\(\s*(?:this\.)?\w*[eE]rror[hH]andler\w*\s*\)|\bimplements\s+(?:Express|Koa)ErrorMiddlewareInterface\b|^(?:export\s+)?(?:const|function)\s+\w*[eE]rror[hH]andler\w*\s*(?:=\s*(?:async\s*)?)?\(\s*(?:err|error)\b/, '.use(', '@Catch', 'ExceptionFilter', 'useGlobalFilters', 'APP_FILTER', 'setErrorHandler', '.onError(', 'rrorHandler', 'rrorhandler', 'ErrorMiddlewareInterface', 'useGlobalInterceptors'),
  sig('error:python', PY, /@\w+\.exception_handler\s*\(|\.add_exception_handler\s*\(|\b\w+\.errorhandler\s*\(|\.register_error_handler\s*\(|['"]EXCEPTION_HANDLER['"]|\bdef\s+custom_exception_handler\s*\(|\bdef\s+process_exception\s*\(/, 'exception_handler', 'errorhandler', 'register_error_handler', 'EXCEPTION_HANDLER', 'process_exception'),
  sig('error:java', JAVA, /@(?:Rest)?ControllerAdvice\b|@ExceptionHandler\s*\(|\bextends\s+ResponseEntityExceptionHandler\b|\bimplements\s+ErrorController\b|\binstall\(\s*StatusPages\b/, 'ControllerAdvice', '@ExceptionHandler', 'ResponseEntityExceptionHandler', 'ErrorController', 'StatusPages'),
  sig('error:go', GO, /\bgin\.CustomRecovery\w*\s*\(|\bHTTPErrorHandler\s*=|\bErrorHandler\s*:\s*\w|\bfunc\s+\w*[eE]rror(?:Handler|Middleware)\w*\s*\(|\bc\.Errors\b|\bmiddleware\.Recover(?:er|WithConfig)?\b|\bgin\.Recovery\s*\(/, 'CustomRecovery', 'ErrorHandler', 'rror', 'c.Errors', 'middleware.Recover', 'gin.Recovery'),
  sig('error:php', PHP, /->(?:renderable|reportable|render|report)\s*\(\s*function\s*\(\s*\\?(?:\w+\\)*\w*(?:Exception|Throwable)|->withExceptions\s*\(\s*function\s*\(\s*Exceptions\s+\$exceptions\s*\)\s*(?::\s*void\s*)?\{\s*\$exceptions->|\bextends\s+ExceptionHandler\b[\s\S]{0,2000}?function\s+(?:render|register)\b|#\[AsEventListener\(\s*event:\s*KernelEvents::EXCEPTION|\bKernelEvents::EXCEPTION\s*=>|\bExceptionListener\b|kernel\.exception|\$container\[['"]errorHandler['"]\]|->setDefaultErrorHandler\s*\(|\bextends\s+\\?Slim\\Handlers\\Error\b/, 'renderable', 'reportable', 'render', 'report', 'withExceptions', 'ExceptionHandler', 'KernelEvents::EXCEPTION', 'ExceptionListener', 'kernel.exception', 'errorHandler', 'setDefaultErrorHandler', 'Slim\\Handlers'),
  sig('error:csharp', CS, /\.Use(?:Default)?ExceptionHandler\s*\(|\bIExceptionHandler\b|\.AddExceptionHandler\s*<|\bIExceptionFilter\b|\bExceptionFilterAttribute\b|\.AddProblemDetails\s*\(|\bclass\s+\w*Exception\w*Middleware\b|\.UseMiddleware<\w*(?:Exception|Error)\w*>/, 'UseExceptionHandler', 'UseDefaultExceptionHandler', 'IExceptionHandler', 'AddExceptionHandler', 'IExceptionFilter', 'ExceptionFilterAttribute', 'AddProblemDetails', 'Exception', 'Error'),
  sig('error:ruby', RB, /^\s*rescue_from\s+|\berror\s+[\w:]*(?:Error|Exception)\w*\s+do\b|^\s*error\s+\d{3}\s+do\b|\bconfig\.exceptions_app\b/, 'rescue_from', 'error', 'exceptions_app'),
];
