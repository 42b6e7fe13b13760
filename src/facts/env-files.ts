import { parseDotenv, type DotenvEntry } from './env.js';
import type { Facts } from './facts.js';
import { isEnvTemplate, isTestPath } from './path-roles.js';
import { isEnvPlaceholderValue, isPlaceholderValue, isWordLikeKey } from './secret-patterns.js';

const ENV_FILE = /^\.env(\.[\w-]+)*$/;
const SECRET_KEY = /(SECRET|TOKEN|KEY|PASSWORD|PASS|PWD|PRIVATE|CREDENTIAL|DSN|DATABASE_URL|CONNECTION|AUTH)/i;
/** Token formats that are secrets whatever the key is called (gitleaks rule families). */
const TOKEN_VALUE = /(AKIA[A-Z2-7]{16}|gh[pousr]_[0-9A-Za-z]{36}|github_pat_\w{50,}|sk_(live|test)_[0-9A-Za-z]{10,}|xox[baprs]-[\w-]{10,}|AIza[\w-]{35}|SG\.[\w-]{20,}\.[\w-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY)/;
const URL_VALUE = /^[a-z][a-z0-9+.-]*:\/\//i;
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^:\s/@]*:([^@\s]+)@([^/:\s?]+)/i;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\])$/i;
const MAX_BYTES = 256 * 1024;

/** One `KEY=value` line of an env file, with what its value looks like. */
export interface EnvFileEntry extends DotenvEntry {
  /**
   * Why the value looks like a real secret: a known token format, a password in a URL to a
   * non-local host, or a secret-named key with a value of 8+ characters. Absent for placeholders,
   * and for a URL with no password or a local host (`postgres://postgres:changethis@db/app`).
   */
  secret?: 'token' | 'url-password' | 'secret-name';
  /** The value has a known token format and is no placeholder (the check that holds for templates too). */
  token: boolean;
}

export interface EnvFile {
  path: string;
  base: string;
  /** A test suite's own env file (.env.test, test/.env). */
  test: boolean;
  entries: EnvFileEntry[];
}

export interface EnvFiles {
  /** Runtime env files (.env, .env.production…): those git tracks, or without git every one present. */
  runtime: EnvFile[];
  /** Templates meant to be committed (.env.example, .env.sample…). */
  templates: EnvFile[];
  /** Whether tracked-ness is known (a git repository); false means "present and not ignored". */
  tracked: boolean;
}

/** The repository's env files and templates with their entries classified, read once per run. */
export function envFiles(facts: Facts): Promise<EnvFiles> {
  return facts.derive('env-files', async () => {
    const [files, tracked] = await Promise.all([facts.files(), facts.tracked()]);
    const read = async (path: string, base: string): Promise<EnvFile> => {
      const text = await facts.read(path, MAX_BYTES);
      const entries = (text ? parseDotenv(text.text) : []).map((e) => classifyEnvEntry(e));
      return { path, base, test: isTestEnvFile(path, base), entries };
    };
    const runtime: EnvFile[] = [];
    for (const f of files.all.filter((f) => ENV_FILE.test(f.base) && !isEnvTemplate(f.base) && (tracked ? tracked.has(f.path) : true))) runtime.push(await read(f.path, f.base));
    const templates: EnvFile[] = [];
    for (const f of files.all.filter((f) => isEnvTemplate(f.base))) templates.push(await read(f.path, f.base));
    return { runtime, templates, tracked: tracked !== undefined };
  });
}

/** Classifies one dotenv entry's value (see EnvFileEntry). */
export function classifyEnvEntry(entry: DotenvEntry): EnvFileEntry {
  const token = TOKEN_VALUE.test(entry.value) && !isPlaceholderValue(entry.value) && !isVendorShapedPlaceholder(entry.value);
  const secret = secretEvidence(entry.key, entry.value);
  return { ...entry, ...(secret ? { secret } : {}), token };
}

/**
 * A vendor prefix and then a filler: `hf_xxxxxxxx`, `sk-xxxxxxxx`, `sk_test_testkey1234567890` (the
 * shape of a token so a client library accepts it, the body a run of x, or typed words saying test,
 * fake, dummy or example with a counting sequence), as test env files carry on purpose.
 */
function isVendorShapedPlaceholder(value: string): boolean {
  const m = /^(?:[a-z]{2,4}[_-]){1,2}(.+)$/.exec(value);
  return m !== null && (/^x{6,}$/i.test(m[1]!) || (/test|fake|dummy|example/i.test(m[1]!) && isWordLikeKey(m[1]!)));
}

function secretEvidence(key: string, value: string): EnvFileEntry['secret'] {
  if (isEnvPlaceholderValue(value) || isVendorShapedPlaceholder(value)) return undefined;
  if (TOKEN_VALUE.test(value)) return 'token';
  if (URL_VALUE.test(value)) {
    const creds = URL_CREDENTIALS.exec(value);
    // A host without a dot is a compose service name (db, postgres) or localhost.
    return creds && !isPlaceholderValue(creds[1]!) && !LOCAL_HOST.test(creds[2]!) && creds[2]!.includes('.') ? 'url-password' : undefined;
  }
  return SECRET_KEY.test(key) && value.length >= 8 ? 'secret-name' : undefined;
}

function isTestEnvFile(path: string, base: string): boolean {
  return /^\.env\.(test|testing|ci)$/.test(base) || isTestPath(path);
}
