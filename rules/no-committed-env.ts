import { defineRule } from '../src/engine/define-rule.js';
import { parseDotenv } from '../src/facts/env.js';
import { isEnvTemplate, isTestPath } from '../src/facts/path-roles.js';
import type { Finding } from '../src/types.js';
import { isEnvPlaceholderValue, isPlaceholderValue } from '../src/facts/secret-patterns.js';
import { maskSecret } from '../src/util.js';

const ENV_FILE = /^\.env(\.[\w-]+)*$/;
const SECRET_KEY = /(SECRET|TOKEN|KEY|PASSWORD|PASS|PWD|PRIVATE|CREDENTIAL|DSN|DATABASE_URL|CONNECTION|AUTH)/i;
/** Token formats that are secrets whatever the key is called (gitleaks rule families). */
const TOKEN_VALUE = /(AKIA[A-Z2-7]{16}|gh[pousr]_[0-9A-Za-z]{36}|github_pat_\w{50,}|sk_(live|test)_[0-9A-Za-z]{10,}|xox[baprs]-[\w-]{10,}|AIza[\w-]{35}|SG\.[\w-]{20,}\.[\w-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY)/;
const URL_VALUE = /^[a-z][a-z0-9+.-]*:\/\//i;
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^:\s/@]*:([^@\s]+)@([^/:\s?]+)/i;

/**
 * Whether a dotenv value is a real secret. A connection URL counts only when it carries a real
 * password for a non-local host: `postgres://postgres:changethis@db/app` is a dev default (§12.5).
 */
function looksSecret(key: string, value: string, keyHeuristic: boolean): boolean {
  if (isEnvPlaceholderValue(value)) return false;
  if (TOKEN_VALUE.test(value)) return true;
  if (URL_VALUE.test(value)) {
    const creds = URL_CREDENTIALS.exec(value);
    return Boolean(creds && !isPlaceholderValue(creds[1]!) && !isLocalHost(creds[2]!));
  }
  return keyHeuristic && SECRET_KEY.test(key) && value.length >= 8;
}

/** A test suite's own env file (.env.test, test/.env): with fake values it is how the tests are configured. */
function isTestEnv(path: string, base: string): boolean {
  return /^\.env\.(test|testing|ci)$/.test(base) || isTestPath(path);
}

function isLocalHost(host: string): boolean {
  // A host without a dot is a compose service name (db, postgres) or localhost.
  return /^(localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\])$/i.test(host) || !host.includes('.');
}

export default defineRule({
  meta: {
    id: 'no-committed-env',
    category: 'security',
    title: 'No .env file with real values is committed',
    rationale: 'A committed .env leaks credentials to anyone who clones the repository — the single most common security slip reviewers spot in portfolios.',
    fix: 'Remove the file from git (git rm --cached .env), add .env to .gitignore, rotate the leaked secrets, and commit a .env.example with placeholders instead.',
    level: 'error',
    kind: 'defect',
    deduction: 'committed runtime .env',
    weight: 5,
    stage: 7,
  },
  async check({ facts }) {
    const [files, tracked, { frameworks }] = await Promise.all([facts.files(), facts.tracked(), facts.ecosystems()]);
    const symfony = frameworks.some((f) => f.id === 'symfony');
    const envFiles = files.all.filter((f) => ENV_FILE.test(f.base) && !isEnvTemplate(f.base) && (tracked ? tracked.has(f.path) : true));

    const secrets: Finding[] = [];
    const others: Finding[] = [];
    for (const file of envFiles) {
      const text = await facts.read(file.path, 256 * 1024);
      const entries = text ? parseDotenv(text.text) : [];
      // Symfony commits .env with non-secret defaults by design; only real secrets count there.
      const symfonyDefaults = symfony && file.path === '.env';
      let real = 0;
      for (const e of entries) {
        if (!looksSecret(e.key, e.value, !symfonyDefaults)) continue;
        real++;
        secrets.push({ message: `${e.key} has a real-looking value (${maskSecret(e.value)}) in a committed file.`, file: file.path, line: e.line, fix: `Rotate ${e.key}, remove ${file.path} from git, and keep the value in an untracked .env.` });
      }
      if (real === 0 && !symfonyDefaults && !isTestEnv(file.path, file.base)) {
        others.push({ message: `${file.path} is committed${tracked ? '' : ' (not ignored)'}; it holds no secret-looking values yet.`, file: file.path, line: 1, fix: `Rename it to ${file.path}.example and add ${file.path} to .gitignore.` });
      }
    }
    // Templates are meant to be committed, but a real token pasted into one leaks all the same.
    for (const file of files.all.filter((f) => isEnvTemplate(f.base))) {
      const text = await facts.read(file.path, 256 * 1024);
      for (const e of text ? parseDotenv(text.text) : []) {
        if (TOKEN_VALUE.test(e.value) && !isPlaceholderValue(e.value)) {
          secrets.push({ message: `${e.key} in the template holds a real token (${maskSecret(e.value)}).`, file: file.path, line: e.line, fix: `Rotate ${e.key} and replace the value in ${file.path} with a placeholder.` });
        }
      }
    }
    if (secrets.length > 0) {
      return { outcome: 'fail', summary: `${secrets.length} secret-looking value(s) in committed env file(s).`, findings: [...secrets, ...others] };
    }
    if (envFiles.length === 0) return { outcome: 'pass', summary: tracked ? 'No .env file is tracked by git.' : 'No .env file outside .gitignore.' };
    if (others.length > 0) {
      return { outcome: 'partial', score: 0.6, summary: `${envFiles.map((f) => f.path).join(', ')} committed, with placeholder or non-secret values only.`, findings: others };
    }
    const kinds = [...(symfony && envFiles.some((f) => f.path === '.env') ? ["Symfony's non-secret defaults"] : []), ...(envFiles.some((f) => isTestEnv(f.path, f.base)) ? ['test values'] : [])];
    return { outcome: 'pass', summary: `Only ${envFiles.map((f) => f.path).join(', ')}, with ${kinds.join(' and ')}.` };
  },
});
