import type { Detector } from './detector.js';

/**
 * Questions answered on single lines of the content pass (no file is read for them), grouped by
 * capability. Each pattern sits beside the terms that bring its lines into the pass.
 */

// ── HTTP ──────────────────────────────────────────────────────────────────────────────────────

/** A server started with the standard library (Go's net/http, Node's http). */
export const STD_HTTP_SERVER: Detector = {
  terms: ['http.ListenAndServe(', 'http.HandleFunc(', 'http.Handle(', 'http.NewServeMux(', 'http.createServer('],
  re: /http\.(ListenAndServe|HandleFunc|Handle|NewServeMux|createServer)\(/,
  ecosystems: ['go', 'javascript'],
};

/**
 * An HTTP framework imported by code that no manifest declares as a runtime dependency (a dev
 * dependency): searched only then, since every controller of a declared app imports it.
 */
export const JS_FRAMEWORK_IMPORT: Detector = {
  terms: ['express', 'fastify', 'koa', '@hapi/hapi', 'hono'].flatMap((m) => [`'${m}'`, `"${m}"`]),
  re: /['"](express|fastify|koa|@hapi\/hapi|hono)['"]/,
  ecosystems: ['javascript'],
  unlessHttpDeclared: true,
};

/** FastAPI route metadata that enriches the generated docs. */
export const FASTAPI_DOCS_METADATA: Detector = {
  terms: ['response_model', 'responses', 'summary', 'openapi_tags', 'description'],
  re: /(response_model|responses|summary|openapi_tags|description)\s*=/,
  ecosystems: ['python'],
};

/** A function with Express's error-middleware signature, whatever its name: (err, req, res, next). */
export const JS_ERROR_MIDDLEWARE: Detector = {
  terms: ['(err', '(error'],
  re: /^\s*(?:export\s+)?(?:const|let|function)\s+\w+\s*(?:=\s*(?:async\s*)?)?\(\s*(?:err|error)\s*(?::\s*[\w.<>| ]+)?,\s*(?:req|_req|request|_)\w*\s*(?::\s*[\w.<>]+)?,\s*(?:res|_res|response)\w*\s*(?::\s*[\w.<>]+)?,\s*(?:next|_next|_)\w*/,
  ecosystems: ['javascript'],
};

// ── Security ──────────────────────────────────────────────────────────────────────────────────

/**
 * A resource's owner id compared with the current user's, in any language: `todo.account_id !==
 * account_id`, `ownerID != userID`, `if task.owner_id != user_id`.
 */
const OWNER = String.raw`(?:[oO]wner|[aA]uthor|[aA]ccount|[uU]ser)_?[iI][dD]`;
export const OWNERSHIP_CHECK: Detector = {
  // Every spelling OWNER accepts (userid, owner_ID, User_Id, …), so no line the pattern matches is dropped.
  terms: ['owner', 'Owner', 'author', 'Author', 'account', 'Account', 'user', 'User'].flatMap((who) => ['', '_'].flatMap((sep) => ['id', 'iD', 'Id', 'ID'].map((id) => `${who}${sep}${id}`))),
  re: new RegExp(String.raw`\.${OWNER}\s*(?:!==?|===?)\s*(?:\w+\.)?(?:currentUser|authUser|current_user|auth_user)?_?${OWNER}\b|\b(?:current_?|auth_?)?${OWNER}\s*(?:!==?|===?)\s*\w+\.${OWNER}\b|\b\w*(?:[oO]wner|[aA]uthor)_?I[dD]\s*(?:!=|==)\s*\w*[uU]ser_?I[dD]\b`),
};

/**
 * Code that handles a password field. The names of KDF functions (`bcrypt.GenerateFromPassword`,
 * `CompareHashAndPassword`) are not one: bcrypt applied to a verification token handles no password.
 */
export const PASSWORD_FIELD: Detector = { terms: ['password', 'Password'], re: /(?<!GenerateFrom|CompareHashAnd)[Pp]assword/ };

// ── Operations ────────────────────────────────────────────────────────────────────────────────

/** Python modules that log through the standard library. */
export const PYTHON_STDLIB_LOGGER: Detector = { terms: ['logging.getLogger'], re: /logging\.getLogger/, ecosystems: ['python'] };

/** A port set in code or configuration. */
export const PORT_SETTING: Detector = { terms: ['PORT', 'server.port'], re: /PORT|server\.port/ };

// ── Testing ───────────────────────────────────────────────────────────────────────────────────

/** A `test` function, which Flask's CLI may turn into `flask test`. */
export const FLASK_TEST_FUNCTION: Detector = { terms: ['def test('], re: /^\s*def test\(/, ecosystems: ['python'] };

// ── Data ──────────────────────────────────────────────────────────────────────────────────────

/** Rows inserted by SQL, not counting a schema dump's migrations table. */
export const SQL_INSERT: Detector = {
  terms: ['INSERT INTO', 'insert into', 'Insert Into'],
  re: /\binsert\s+into\s+(?![`"']?(migrations|schema_migrations|flyway_schema_history|doctrine_migration_versions|alembic_version)\b)/i,
};

/** Every line detector, for the content pass's union of terms. */
export const LINE_DETECTORS: readonly Detector[] = [
  PYTHON_STDLIB_LOGGER,
  PASSWORD_FIELD,
  PORT_SETTING,
  STD_HTTP_SERVER,
  JS_FRAMEWORK_IMPORT,
  FLASK_TEST_FUNCTION,
  OWNERSHIP_CHECK,
  JS_ERROR_MIDDLEWARE,
  SQL_INSERT,
  FASTAPI_DOCS_METADATA,
];
