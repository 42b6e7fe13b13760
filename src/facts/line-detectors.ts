import type { Detector } from './detector.js';

/**
 * Questions answered on single lines of the content pass (no file is read for them), grouped by
 * capability. Each pattern sits beside the terms that bring its lines into the pass.
 */

// ── HTTP ──────────────────────────────────────────────────────────────────────────────────────

/** A server started with the standard library (Go's net/http, or an `http.Server{Handler: router}` it starts; Node's http). */
export const STD_HTTP_SERVER: Detector = {
  terms: ['http.ListenAndServe(', 'http.ListenAndServeTLS(', 'http.HandleFunc(', 'http.Handle(', 'http.NewServeMux(', 'http.createServer(', 'http.Server{'],
  re: /http\.(ListenAndServe|ListenAndServeTLS|HandleFunc|Handle|NewServeMux|createServer)\(|http\.Server\{/,
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

/** A bind parameter in SQL: `?`, `$1`, `:userId`, `@id`, `%s`. */
const BIND = String.raw`(?:\?|\$\d+|:\w+|@\w+|%s)`;
/** The owner column or key, lower camel or snake case: `user_id`, `userId`, `account_id`, `ownerId`. */
const OWNER_KEY = String.raw`(?:user|owner|author|account|creator)_?[iI]d`;
const column = (name: string) => String.raw`(?:\w+\.)?[\`"]?${name}[\`"]?`;
const OWNER_TERMS = ['user', 'owner', 'author', 'account', 'creator'].flatMap((who) => ['', '_'].flatMap((sep) => ['id', 'Id'].map((id) => `${who}${sep}${id}`)));

/**
 * One resource read or changed only if it belongs to the current user, in any language: SQL
 * `WHERE id = $1 AND user_id = $2` (either order), Spring Data `findByIdAndUserId`, an object filter
 * `{ _id: id, accountId }`, `resource.author.id !== user.id`.
 */
export const OWNER_SCOPED_RECORD: Detector = {
  terms: [
    ...OWNER_TERMS,
    ...['User', 'Owner', 'Author', 'Account', 'Creator'].flatMap((who) => [`By${who}`, `And${who}`]),
    ...['author', 'owner', 'user', 'creator'].flatMap((who) => [`.${who}.id`, `.${who}._id`]),
  ],
  re: new RegExp([
    String.raw`\b${column('id')}\s*=\s*${BIND}\s+(?:AND|and)\s+${column(OWNER_KEY)}\s*=\s*${BIND}`,
    String.raw`${column(OWNER_KEY)}\s*=\s*${BIND}\s+(?:AND|and)\s+${column(String.raw`\w*(?:id|Id)`)}\s*=\s*${BIND}`,
    String.raw`\b(?:find|get|delete|exists|count|remove|update|fetch|load|read)\w*By(?:\w*Id)And(?:User|Owner|Author|Account|Creator)(?:Id)?\b`,
    String.raw`\b(?:find|get|delete|exists|count|remove|update|fetch|load|read)\w*By(?:User|Owner|Author|Account|Creator)(?:Id)?And[A-Z]\w*`,
    String.raw`\b_?id\s*:[^{}\n]*?,\s*(?:user|owner|author|account|creator)(?:Id|_id)\s*[:,}]`,
    String.raw`\b(?:user|owner|author|account|creator)(?:Id|_id)\s*:[^{}\n]*?,\s*_?id\s*[:,}]`,
    // A resource's owner, not the logged-in user himself (`req.user.id === user.id` links accounts).
    String.raw`(?<!\b(?:req|request|ctx|locals))\.(?:author|owner|user|creator)\.(?:id|_id)\b(?:\.toString\(\))?\s*(?:!==?|===?)\s*[\w.]`,
  ].join('|')),
};

/**
 * Records looked up through the current user, so another user's are out of reach: Rails
 * `current_user.todos`, `user_id: current_user.id` or Doorkeeper's `resource_owner_id` as the owner
 * key, `userId: req.user.id`, Django/Flask `filter(owner=request.user)`, Laravel
 * `auth()->user()->posts()->findOrFail($id)` or `where('user_id', auth()->id())`.
 */
export const OWNER_SCOPED_QUERY: Detector = {
  terms: ['current_user', 'resource_owner', 'request.user', 'g.user', 'auth()->user()', 'Auth::user()', '$request->user()', ...OWNER_TERMS],
  re: new RegExp([
    String.raw`@?\bcurrent_user\.(?!id\b|admin\b)[a-z_]+s\b(?![?!(])`,
    String.raw`\b(?:user|owner|author|account|creator)(?:_id)?:\s+(?:@?current_user(?:\.id)?|doorkeeper_token\.resource_owner_id|current_resource_owner(?:\.id)?)\b`,
    String.raw`\b(?:user|owner|author|account|creator)(?:Id|_id)\s*:\s*(?:req|request|ctx\.state|res\.locals)(?:\.|\[['"])(?:user|currentUser|auth|account)\w*(?:['"]\])?\.(?:id|_id|sub)\b`,
    String.raw`[(,]\s*(?:user|owner|author|account|creator)(?:_id)?=(?:self\.request\.user|request\.user|current_user|g\.user)(?:\.id|\.pk)?\b`,
    String.raw`(?:auth\(\)->user\(\)|Auth::user\(\)|\$request->user\(\))->\w+\(\)->(?:find|findOrFail|where|get|paginate|latest|orderBy)\b`,
    String.raw`->where\(\s*['"](?:user|owner|author)_id['"]\s*,\s*(?:auth\(\)->(?:id\(\)|user\(\)->id)|Auth::(?:id\(\)|user\(\)->id)|\$request->user\(\)->id)`,
  ].join('|')),
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
  OWNER_SCOPED_RECORD,
  OWNER_SCOPED_QUERY,
  JS_ERROR_MIDDLEWARE,
  SQL_INSERT,
  FASTAPI_DOCS_METADATA,
];
