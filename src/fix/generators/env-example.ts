import { LARAVEL_GENERATED_CONFIG, type EnvRead } from '../../facts/env.js';
import type { Stack } from '../../facts/stack.js';
import { databaseUrl, DATABASE_IMAGES } from '../database-service.js';
import type { FixContext, Generator, PlannedFile } from '../types.js';

/**
 * `.env.example`: every variable the code reads, each under a comment naming where it is read, with a
 * placeholder derived from its name. Values are never copied from a real `.env`.
 */
export const envExample: Generator = {
  id: 'env-example',
  rules: ['env-example'],
  async generate(context) {
    const reads = projectReads(context);
    if (reads.size === 0) return { skipped: 'the code reads no environment variables' };
    const dir = context.stack?.dir ?? '';
    const template = context.env.templates.find((t) => !/(^|\/)\.env$/.test(t.path) && t.path.startsWith(dir));
    const listed = new Set(context.env.templates.filter((t) => t === template).flatMap((t) => t.entries.map((e) => e.key)));
    const missing = [...reads].filter(([name]) => !listed.has(name)).sort(([a], [b]) => (a < b ? -1 : 1));
    if (missing.length === 0) return { skipped: `${template!.path} already lists every variable the code reads` };
    const body = missing.map(([name, list]) => entry(name, list, context.stack)).join('\n');
    if (template) {
      const before = await context.readExisting(template.path);
      if (before === undefined) return { skipped: `${template.path} cannot be read` };
      const file: PlannedFile = {
        path: template.path,
        mode: 'append',
        before,
        content: `${before.endsWith('\n') || before === '' ? '' : '\n'}\n# Read by the code but missing here (added by portfolio-check fix)\n${body}`,
        rules: this.rules,
        summary: `${missing.length} variable(s) the code reads`,
      };
      return { files: [file] };
    }
    const path = `${dir}.env.example`;
    if (context.exists(path)) return { skipped: `${path} exists` };
    const header = '# Configuration the application reads from the environment.\n# Copy this file to .env and fill in real values; never commit .env.\n';
    return { files: [{ path, mode: 'create', content: `${header}\n${body}`, rules: this.rules, summary: `${missing.length} variable(s) with where each is read` }] };
  },
};

/** The variables the project itself reads (Laravel's generated config files left out, as env-example does). */
export function projectReads(context: FixContext): Map<string, EnvRead[]> {
  const laravel = context.stack?.framework?.id === 'laravel';
  return new Map([...context.env.reads].filter(([, list]) => !(laravel && list.every((r) => LARAVEL_GENERATED_CONFIG.test(r.file)))));
}

function entry(name: string, reads: EnvRead[], stack: Stack | undefined): string {
  const first = reads[0]!;
  const more = reads.length > 1 ? ` and ${reads.length - 1} more place(s)` : '';
  const optional = reads.every((r) => r.hasDefault) ? ' (optional: the code has a default)' : '';
  return `# Read in ${first.file}:${first.line}${more}${optional}\n${name}=${placeholder(name, stack)}\n`;
}

/** A value that shows the expected shape without being a usable secret. */
export function placeholder(name: string, stack: Stack | undefined): string {
  const db = stack?.database?.value;
  const service = db && db !== 'sqlite' ? DATABASE_IMAGES[db] : undefined;
  if (name === 'PORT' || name === 'APP_PORT' || name === 'SERVER_PORT') return String(stack?.port.value ?? 3000);
  if (/PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?$|SALT/.test(name)) return /DB|DATABASE|POSTGRES|MYSQL|MONGO/.test(name) && service ? 'app' : 'change-me';
  if (/(DATABASE|DB|POSTGRES|PG|MYSQL|MONGO(DB)?)_?(URL|URI|DSN)$|^(DATABASE|DB)_CONNECTION_STRING$|CONNECTION_?STRING/.test(name) && db) return databaseUrl(db, 'localhost');
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?HOST$/.test(name)) return 'localhost';
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO)_?PORT$/.test(name) && service) return String(service.port);
  if (/(DB|DATABASE|POSTGRES|PG|MYSQL)_?(USER|USERNAME|NAME|DATABASE)$|^(POSTGRES|MYSQL)_DB$/.test(name)) return 'app';
  if (/(REDIS|CACHE)_?URL$/.test(name)) return 'redis://localhost:6379';
  if (/_URL$|_URI$/.test(name)) return 'http://localhost';
  if (/_HOST$/.test(name)) return 'localhost';
  return '';
}
