import { escapeRegExp } from '../util.js';
import type { Detector } from './detector.js';
import { isEnvTemplate, isMachineWrittenText, isTestOrDocPath } from './path-roles.js';
import { TermMatcher } from './term-matcher.js';

/** One secret seen on a line; `value` stays in memory for de-duplication and is only ever shown masked. */
export interface SecretMatch {
  kind: SecretKind;
  value: string;
  /**
   * A hard-coded signing key made of words (`jwt-secret`, `superSecret`, `default-secret-key`):
   * a guessable default the app runs with, not a credential that looks real.
   */
  guessable?: boolean;
}

export type SecretKind = 'private-key' | 'cloud-token' | 'github-token' | 'saas-token' | 'db-url' | 'jwt-secret' | 'env-secret' | 'db-password' | 'code-secret';

export const SECRET_LABEL: Record<SecretKind, string> = {
  'private-key': 'A private key',
  'cloud-token': 'A cloud access key',
  'github-token': 'A GitHub token',
  'saas-token': 'An API token',
  'db-url': 'A database URL with a password',
  'jwt-secret': 'A hard-coded JWT/session secret',
  'env-secret': 'A secret value in an env file',
  'db-password': 'A database password',
  'code-secret': 'A hard-coded secret',
};

/** Kinds whose format is a secret in any file, env files included (a private key in `.env.ci`). */
const FORMAT_KINDS: ReadonlySet<SecretKind> = new Set(['private-key', 'cloud-token', 'github-token', 'saas-token']);

interface SecretDetector extends Detector {
  kind: SecretKind;
  /** Capture group holding the secret (default 1). */
  group?: number;
  /** Only in files whose path matches. */
  path?: RegExp;
  /** Never in files whose path matches. */
  notPath?: RegExp;
  /** The value is not quoted: a parenthesis in it is code (a call), not part of a key. */
  unquoted?: boolean;
  /** The value may be string literals joined with `+` (Java, JS): they are joined before judging. */
  concat?: boolean;
  /**
   * Only the variable's name says it is a secret, so a camelCase identifier as the value is the
   * name of something (`CLAIM_SECRET = "tokenSecret"`, a claim or header key), not a key.
   */
  nameOnly?: boolean;
}

/** Spellings of identifiers that end in a secret's name: `jwtSecret`, `SECRET_KEY`, `signingKey`, `JWT_KEY`. */
const SECRET_NAME_TERMS = [
  'ecret', 'ECRET',
  ...['igning', 'IGNING', 'wt', 'WT'].flatMap((stem) => ['Key', 'key', 'KEY', '_key', '_Key', '_KEY'].map((tail) => `${stem}${tail}`)),
];
const SECRET_NAME = String.raw`(?:[A-Za-z_$][\w$]*?)?(?:[sS]ecret|SECRET|(?:[sS]igning|SIGNING|[jJ]wt|JWT)_?(?:[kK]ey|KEY))(?:_?(?:[kK]ey|KEY))?(?![\w$])`;
/** Compose files and CI definitions: their passwords are those of throwaway local or CI service containers. */
/** Application configuration files (not API docs or data that happen to be YAML): by name or by folder. */
const CONFIG_FILE = /(^|\/)(application|bootstrap|database|config|settings|secrets?|credentials|db)[\w-]*\.(properties|ya?ml|toml|ini|cfg|conf)$|(^|\/)(config|conf|resources)\/[^/]+\.(properties|ya?ml|toml|ini|cfg|conf)$|\.properties$/;
const SERVICE_CONTAINER_FILE = /(^|\/)((docker-)?compose[\w.-]*\.ya?ml|\.gitlab-ci\.yml|\.travis\.yml|bitbucket-pipelines\.yml|\.github\/workflows\/[^/]+|\.circleci\/[^/]+)$/;

/**
 * The secret detectors, each with the literals that pre-filter it (literal alternatives only: git's
 * regex engine, which the history scan also feeds, slows down several-fold on classes and repetitions).
 */
const DETECTORS: SecretDetector[] = [
  { kind: 'private-key', terms: ['PRIVATE KEY'], re: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY)( BLOCK)?-----/ },
  { kind: 'cloud-token', terms: ['AKIA', 'ASIA'], re: /\b((?:AKIA|ASIA)[A-Z2-7]{16})\b/ },
  { kind: 'cloud-token', terms: ['AIza'], re: /\b(AIza[0-9A-Za-z_-]{35})\b/ },
  { kind: 'github-token', terms: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], re: /\b(gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{22,})\b/ },
  { kind: 'saas-token', terms: ['_live_', 'xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-', 'SG.', 'sk-proj-', 'sk-ant-', 'npm_'], re: /\b((?:sk|rk)_live_[0-9A-Za-z]{10,}|xox[baprs]-[0-9A-Za-z-]{10,}|SG\.[\w-]{22}\.[\w-]{43}|sk-(?:proj-|ant-)[\w-]{32,}|npm_[0-9A-Za-z]{36})/ },
  {
    kind: 'db-url',
    terms: ['postgres://', 'postgresql://', 'postgresql+', 'mysql://', 'mysql+', 'mariadb://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'sqlserver://'],
    re: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver)(?:\+\w+)?:\/\/([^:\s/@'"`]+:[^@\s'"`]+)@([^/:\s?'"`,;]+)/ },
  // Literal signing keys (§9.3 hardcoded-jwt-secret) and literal fallbacks for signing-key variables
  // (a WEBHOOK_SECRET's local default is not a signing key).
  { kind: 'jwt-secret', terms: ['jwt.sign(', 'jwt.encode('], re: /\bjwt\.(?:sign|encode)\([^,\n]+,\s*(['"`])([^'"`\n]{4,})\1/, group: 2 },
  { kind: 'jwt-secret', terms: ['JWT.encode', 'JWT.', 'Jwts.', 'signWith'], re: /\b(?:JWT|Jwts)\.\w*(?:encode|signWith|HMAC\d+)\([^\n]*?(['"])([^'"\n]{8,})\1/, group: 2 },
  { kind: 'jwt-secret', terms: ['ecret:', 'ecret :', 'ecretOrKey', 'ecretOrPrivateKey', 'jwtSecret'], re: /\b(?:secret|secretOrKey|secretOrPrivateKey|jwtSecret|JWT_SECRET)\s*:\s*(['"`])([^'"`\n]{6,})\1/, group: 2 },
  {
    // The variable name is matched once, atomically ((?=(\w*))\1): `\w*KEY\w*` backtracks quadratically.
    kind: 'jwt-secret',
    terms: ['JWT_', 'SESSION_SECRET', 'SESSION_KEY', 'SECRET_KEY', 'SIGNING_', 'AUTH_SECRET', 'AUTH_KEY', 'TOKEN_SECRET', 'TOKEN_KEY'],
    re: /\b(?:process\.env\.|os\.getenv\(\s*['"]|os\.environ\.get\(\s*['"]|ENV\.fetch\(\s*['"]|env\(\s*['"])(?=\w*(?:(?:JWT|SESSION|SIGNING|AUTH|TOKEN)_?(?:SECRET|KEY)|SECRET_KEY|APP_SECRET))(?=(\w*))\1['"]?\s*(?:\)\s*)?(?:\|\||\?\?|,)\s*(['"`])([^'"`\n]{4,})\2/, group: 3 },
  { kind: 'jwt-secret', terms: ['SECRET_KEY', 'JWT_'], re: /^\s*(?:SECRET_KEY|JWT_SECRET(?:_KEY)?|JWT_KEY)\s*=\s*(['"])([^'"\n]{8,})\1/, group: 2, path: /\.py$/ },
  { kind: 'jwt-secret', terms: ['[]byte("', 'jwtKey'], re: /\b(?:[jJ]wt\w*|[sS]ecret\w*|[sS]igning[kK]ey)\s*:?=\s*\[\]byte\(\s*"([^"\n]{4,})"/ },
  { kind: 'jwt-secret', terms: ['jwt.', 'jwt-'], re: /^\s*(?:jwt|app\.jwt|security\.jwt|application\.jwt)[\w.-]*(?:secret|key)\s*[=:]\s*['"]?([^\s'"$]{8,})/i, path: /\.(properties|ya?ml)$/ },
  { kind: 'jwt-secret', terms: ['"Key"', '"Secret"', '"SecretKey"', '"JwtKey"', '"TokenKey"', '"JwtSecret"', '"SigningKey"'], re: /"(?:Key|Secret|SecretKey|JwtKey|TokenKey|JwtSecret|SigningKey)"\s*:\s*"([^"\n]{16,})"/, path: /appsettings[\w.-]*\.json$/i },
  { kind: 'env-secret', terms: [], re: /^\s*(?:export\s+)?([A-Z][A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY)[A-Z0-9_]*)\s*=\s*['"]?([^\s'"#;]{8,})/, group: 2, path: /(^|\/)\.env(\.[\w-]+)*$/, unquoted: true },
  // CodeClimate's test-reporter id uploads coverage as the project: its documentation says to keep it secret.
  { kind: 'saas-token', terms: ['CC_TEST_REPORTER_ID'], re: /\bCC_TEST_REPORTER_ID['"]?\s*[=:]\s*['"]?([0-9a-f]{64})\b/ },
  // A secret-named variable or constant given a literal, in any language, literals joined with `+` included:
  // `private static final String SECRET = "…" + "…";`, `signingKey = "…"`, `const jwtSecret: string = '…'`.
  {
    kind: 'jwt-secret',
    terms: SECRET_NAME_TERMS,
    re: new RegExp(String.raw`(?:^|[^\w$.'"\`])(${SECRET_NAME})(?:\s*:\s*[\w<>[\]]+)?(?:\s+[\w[\]]+)?\s*(?::=|=(?![=>~])|:)\s*((['"\`])[^'"\`\n]{8,}\3(?:\s*\+\s*(['"\`])[^'"\`\n]*\4)*)`),
    group: 2,
    concat: true,
    nameOnly: true,
    notPath: /\.(properties|ya?ml|json|env)$|(^|\/)\.env/,
  },
  // Spring's `${VAR:fallback}`: the fallback is what the app signs with (or connects with) when VAR is unset.
  {
    kind: 'jwt-secret',
    terms: ['${'],
    re: /^\s*[\w.-]*(?:secret|key|token)[\w.-]*\s*[=:]\s*['"]?\$\{\w+:-?([^}\s'"]{6,})\}/i,
    path: /\.(properties|ya?ml)$/,
    unquoted: true,
  },
  { kind: 'db-password', terms: ['${'], re: /^\s*[\w.-]*(?:password|passwd|pwd)\s*[=:]\s*['"]?\$\{\w+:-?([^}\s'"]{3,})\}/i, path: /\.(properties|ya?ml)$/, unquoted: true },
  // Database passwords in configuration: application.properties, database.yml, config/config.json,
  // appsettings connection strings, config/*.js, Django's DATABASES, PHP connection scripts.
  {
    kind: 'db-password',
    terms: ['password', 'Password', 'PASSWORD', 'passwd', 'PASSWD'],
    re: /^\s*(?:[\w-]+\.)*[\w-]*(?:password|passwd|Password|PASSWORD|PASSWD)\s*[=:]\s*(['"]?)([^\s'"#$<{][^\s'"#]{2,})\1\s*(?:#.*)?$/,
    group: 2,
    path: CONFIG_FILE,
    notPath: SERVICE_CONTAINER_FILE,
    unquoted: true,
  },
  {
    kind: 'db-password',
    terms: ['"password"', '"Password"', '"PASSWORD"', '"pass"', '"pwd"'],
    re: /"(?:password|Password|PASSWORD|pass|pwd)"\s*:\s*"([^"\n$<{][^"\n]{2,})"/,
    path: /(^|\/)(appsettings[\w.-]*|ormconfig|config|database|db|datasource)\.json$|(^|\/)config\/[\w.-]+\.json$/i,
  },
  {
    kind: 'db-password',
    terms: ['Password=', 'password=', 'PASSWORD=', 'Pwd=', 'pwd=', 'PWD='],
    re: /(?:^|[;"'\s])(?:Password|password|PASSWORD|Pwd|pwd|PWD)=([^;"'\s$<{][^;"'\s]{2,})/,
    path: /(^|\/)appsettings[\w.-]*\.json$|(^|\/)(web|app)\.config$/i,
  },
  {
    kind: 'db-password',
    terms: ['password', 'Password', 'PASSWORD'],
    re: /\b(?:password|Password|PASSWORD|DB_PASSWORD|DATABASE_PASSWORD)\s*:\s*(['"`])([^'"`\n$]{3,})\1/,
    group: 2,
    path: /(^|\/)(config|configs)\/[\w.-]+\.[cm]?[jt]s$|(^|\/)(knexfile|ormconfig|database|db|data-source|datasource|sequelize)[\w.-]*\.[cm]?[jt]s$/,
  },
  { kind: 'db-password', terms: ["'PASSWORD'", '"PASSWORD"'], re: /(?:'PASSWORD'|"PASSWORD")\s*:\s*(['"])([^'"\n]{3,})\1/, group: 2, path: /(^|\/)settings[\w.-]*\.py$|(^|\/)settings\/[\w.-]+\.py$/ },
  {
    kind: 'db-password',
    terms: ['pass', 'Pass', 'PASS', 'pwd', 'PWD'],
    re: /(?:\$\w*(?:pass|Pass|PASS|pwd|PWD)\w*\s*=\s*|define\(\s*['"]\w*(?:PASS|PWD)\w*['"]\s*,\s*)(['"])([^'"\n$]{3,})\1/,
    group: 2,
    path: /(^|\/)(config|db|database|conn\w*|connect\w*|settings)[\w.-]*\.php$/i,
  },
];

/**
 * The secrets pre-filter of the tree: every detector's literals. The env-file detector has none: env
 * files are never read by the tree scans (no-committed-env judges them; the history scan adds its keys
 * to SECRET_HINT).
 */
export const SECRET_LITERALS: readonly string[] = [...new Set(DETECTORS.flatMap((d) => d.terms))];

/** The detectors, for the terms-cover-patterns test. */
export const SECRET_DETECTORS: readonly Detector[] = DETECTORS;

/** Placeholder values are not leaks (signals §12.5); one list for the tree, history and env-file scans. */
const PLACEHOLDER = /^(|true|false|127\.0\.0\.1|sk_test_x+|changeme|change[_ -]?(?:me|this)(?:[_ -].*)?|changethis|replace[_-]?me|your[_-]?[a-z].*|<.*>|\$\{.*\}|\{\{.*\}\}|%.*%|x{3,}.*|\*+|\.{3,}|example.*|dummy.*|test.*|secret|password|passwd|postgres|root|admin|user|pass|localhost|null|none|todo|tbd|sample.*|placeholder.*|my[_-]?secret.*|some[_-]?secret.*|supersecret|s3cr3t)$/i;

/**
 * Keys their vendors publish for tests and documentation (Google's reCAPTCHA test pair, Stripe's
 * documentation keys): committed on purpose, they unlock nothing.
 */
const PUBLIC_TEST_VALUES = new Set([
  '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
  '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'pk_test_6pRNASCoBOKtIshFeQd4XMUh',
]);

/** Whether a value is a placeholder (changeme, your-key, <token>, test_secret, xxxx, a vendor's public test key), not a secret. */
export function isPlaceholderValue(value: string): boolean {
  return PLACEHOLDER.test(value) || PUBLIC_TEST_VALUES.has(value);
}

/**
 * In an env file, lower-case words that name what the value is for (access_secret,
 * jwt-refresh-key) are a label to replace, not a key. In code, the same literal used as a
 * fallback signing key is the vulnerability, so this applies to env files only.
 */
export function isEnvPlaceholderValue(value: string): boolean {
  return isPlaceholderValue(value) || /^(?=[a-z_-]*(secret|key|token|pass))[a-z]+(?:[_-][a-z]+)+$/.test(value);
}

/** The history pre-filter over added lines (a JS regular expression): the same literals plus env files' secret keys. */
const ENV_KEY_STEMS = ['SECRET', 'TOKEN', 'PASSWORD', 'PASSWD', 'API_KEY'];
export const SECRET_HINT = new RegExp(`${SECRET_LITERALS.map(escapeRegExp).join('|')}|(${ENV_KEY_STEMS.join('|')})[A-Z0-9_]*\\s*=`);


function isLocalHost(host: string): boolean {
  return /^(localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\])$/i.test(host) || !host.includes('.') || /\.(local|example|test|invalid)$|(^|\.)example\.(com|org|net)$/i.test(host);
}

/**
 * Whether a key is made of words a person typed (`jwt-secret`, `superSecret`, `default-secret-key`,
 * `my-super-signing-key-2024`, a keyboard row) rather than generated: guessable, but not a
 * credential that looks real. Any piece that is not a word (`tj67O==5H`, `nRvyYC4soF`, hex) makes it random.
 */
export function isWordLikeKey(value: string): boolean {
  const pieces = value
    .replace(/[!?.*#@]+$/, '')
    .split(/[-_.\s:/]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/)
    .filter(Boolean);
  // A word has a vowel unless it is a short acronym (jwt, api, db).
  const word = (p: string) => /^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,})$/.test(p) && (p.length <= 4 || /[aeiouy]/i.test(p));
  return pieces.length > 0 && pieces.every((p) => word(p) || /^\d{1,4}$/.test(p) || '1234567890'.includes(p));
}

/** String literals joined with `+` as one value: `"ab" + "cd"` is `abcd`. */
function joinLiterals(chain: string): string {
  return [...chain.matchAll(/(['"`])([^'"`\n]*)\1/g)].map((m) => m[2]).join('');
}

/** Secrets on one line of a file (an empty list for placeholders, local dev URLs and env lookups). */
export function detectSecrets(line: string, path: string, options: { formatsOnly?: boolean } = {}): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const d of DETECTORS) {
    if (options.formatsOnly && !FORMAT_KINDS.has(d.kind)) continue;
    if ((d.path && !d.path.test(path)) || d.notPath?.test(path)) continue;
    const m = d.re.exec(line);
    if (!m) continue;
    let value = m[d.group ?? 1] ?? m[0];
    if (d.concat) value = joinLiterals(value);
    let guessable = false;
    if (d.kind === 'db-url') {
      const password = value.slice(value.indexOf(':') + 1);
      if (isPlaceholderValue(password) || /^\$|^\{|^%|^<|\$\{/.test(password) || isLocalHost(m[2]!)) continue;
      value = password;
    } else if (d.kind === 'jwt-secret' || d.kind === 'env-secret' || d.kind === 'db-password') {
      // Code in the "value" (a pattern list, a call, an ERB or template tag) is not a literal key.
      if ((d.kind === 'env-secret' ? isEnvPlaceholderValue(value) : isPlaceholderValue(value)) || /^\$|\$\{|^\{\{|^<%|^process\.env|^%|^ENV\b/.test(value) || (d.unquoted ? /[()]/.test(value) : /^[\w.$]+\(|\($/.test(value)) || /^(.)\1+$/.test(value)) continue;
      if (d.nameOnly && /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value)) continue;
      if (d.kind === 'jwt-secret' && isWordLikeKey(value)) guessable = true;
    }
    if (out.some((o) => o.value === value)) continue;
    out.push({ kind: d.kind, value, ...(guessable ? { guessable } : {}) });
  }
  return out;
}

/** A secret found in the working tree. */
export interface TreeSecret extends SecretMatch {
  file: string;
  line: number;
}

/**
 * Whether a tree file is read for secrets: lockfiles, bundles, env templates, tests and docs are
 * not. Env files are, for secrets by format only (a private key in `.env.ci`): their key=value
 * lines are no-committed-env's to judge.
 */
export function isSecretScanFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return !(isMachineWrittenText(path) || isEnvTemplate(base) || isTestOrDocPath(path));
}

/** An env file (`.env`, `.env.ci`): only secrets recognisable by their format are looked for in it. */
export function isEnvFilePath(path: string): boolean {
  return /^\.env(\.[\w-]+)*$/.test(path.slice(path.lastIndexOf('/') + 1));
}

/** Every secret in one file's text, line by line. */
export function secretsInText(path: string, text: string): TreeSecret[] {
  const out: TreeSecret[] = [];
  const bytes = Buffer.from(text, 'utf8');
  const ends = hintTerms().matchEnds(bytes);
  if (ends.length === 0) return out;
  const formatsOnly = isEnvFilePath(path);
  const lines = text.split(/\r?\n/);
  // Only the lines holding a term can match SECRET_HINT; they are tested with it as before.
  let index = 0; // the line of `counted`
  let counted = 0;
  let last = -1;
  for (const end of ends) {
    for (let nl = bytes.indexOf(10, counted); nl !== -1 && nl < end; nl = bytes.indexOf(10, nl + 1)) index++;
    counted = Math.max(counted, end);
    if (index === last) continue;
    last = index;
    const line = lines[index]!;
    if (line.length > 4096 || !SECRET_HINT.test(line)) continue;
    for (const s of detectSecrets(line, path, { formatsOnly })) out.push({ ...s, file: path, line: index + 1 });
  }
  return out;
}

let hintMatcher: TermMatcher | undefined;

/**
 * A literal every SECRET_HINT match holds (the detectors' literals and the env keys' stems), found
 * by the byte automaton: one table lookup per byte where SECRET_HINT, 150 alternatives, costs a
 * regular-expression attempt per character on every line of the file.
 */
function hintTerms(): TermMatcher {
  hintMatcher ??= new TermMatcher([...SECRET_LITERALS, ...ENV_KEY_STEMS]);
  return hintMatcher;
}
