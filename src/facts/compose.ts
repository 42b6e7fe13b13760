import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Facts } from './facts.js';
import { isExampleOrDocPath } from './path-roles.js';

/** Compose file names (compose spec): compose.yaml preferred, docker-compose.yml legacy, plus variants. */
export const COMPOSE_NAME = /(^|\/)(docker-)?compose([.-][\w-]+)?\.ya?ml$/i;

export interface ComposeService {
  name: string;
  line: number;
  /** The build context, when the service is built from this repository. */
  build?: string;
  image?: string;
  /** Container-side ports from `ports:` ("8080:3000" → 3000). */
  containerPorts: number[];
  /**
   * The `environment:` block, as a map (`KEY: value`) or a list (`- KEY=value`, `- KEY`);
   * `fromShell` when the value is taken from the environment Compose runs in (`${KEY}`, `$KEY`, no value).
   */
  environment: { name: string; fromShell: boolean }[];
}

/** Images and names of the backing services a Compose file starts beside an app: databases, caches, brokers, mail catchers. */
const DATA_SERVICE = /(postgres|postgis|mysql|mariadb|mssql|sqlserver|mongo|redis|valkey|rabbitmq|kafka|elasticsearch|opensearch|memcached|minio|cassandra|cockroach|timescale|supabase|localstack|mailhog|mailpit)/i;

/** Whether a service is a backing service (a database, cache, broker, …) by its image or name. */
export function isDataService(service: ComposeService): boolean {
  return DATA_SERVICE.test(`${service.image ?? ''} ${service.name}`);
}

export interface ComposeFile {
  path: string;
  services: ComposeService[];
  error?: { message: string; line?: number };
}

/** Compose files outside dev containers, parsed once per run. */
export function composeFiles(facts: Facts): Promise<ComposeFile[]> {
  return facts.derive('compose', async () => {
    const files = await facts.files();
    const out: ComposeFile[] = [];
    for (const entry of files.all) {
      if (!COMPOSE_NAME.test(entry.path) || entry.path.startsWith('.devcontainer/') || isExampleOrDocPath(entry.path)) continue;
      const text = await facts.read(entry.path, 256 * 1024);
      if (text) out.push(parseCompose(entry.path, text.text));
    }
    // compose.yaml and docker-compose.yml before their overrides and variants, as Compose reads them.
    const rank = (path: string) => (/(^|\/)(docker-)?compose\.ya?ml$/i.test(path) ? 0 : 1) + path.split('/').length;
    return out.sort((a, b) => rank(a.path) - rank(b.path));
  });
}

export function parseCompose(path: string, text: string): ComposeFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    return { path, services: [], error: { message: `invalid YAML: ${err.message.split('\n')[0]}`, ...(err.linePos?.[0]?.line ? { line: err.linePos[0].line } : {}) } };
  }
  const root = doc.contents;
  const services: ComposeService[] = [];
  const get = (node: unknown, key: string) => (isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined);
  const svcMap = get(root, 'services');
  if (!isMap(svcMap)) return { path, services };
  for (const pair of svcMap.items) {
    if (!isScalar(pair.key)) continue;
    const body = pair.value;
    const build = get(body, 'build');
    const context = isScalar(build) ? String(build.value) : isMap(build) ? String((get(build, 'context') as { value?: unknown } | undefined)?.value ?? '.') : undefined;
    const image = get(body, 'image');
    const ports = get(body, 'ports');
    const containerPorts: number[] = [];
    if (isSeq(ports)) {
      for (const item of ports.items) {
        const raw = isScalar(item) ? String(item.value) : isMap(item) ? String((get(item, 'target') as { value?: unknown } | undefined)?.value ?? '') : '';
        const m = /(\d+)(?:\/\w+)?$/.exec(raw.replace(/\$\{[^}]*\}/g, 'X'));
        if (m && !/X[^:]*$/.test(raw.replace(/\$\{[^}]*\}/g, 'X'))) containerPorts.push(Number(m[1]));
      }
    }
    const environment = get(body, 'environment');
    const variables = isMap(environment)
      ? environment.items.flatMap((p) => (isScalar(p.key) ? [variable(String(p.key.value), isScalar(p.value) && p.value.value !== null ? String(p.value.value) : undefined)] : []))
      : isSeq(environment)
        ? environment.items.flatMap((item) => {
            if (!isScalar(item)) return [];
            const [name, ...value] = String(item.value).split('=');
            return [variable(name!, value.length ? value.join('=') : undefined)];
          })
        : [];
    services.push({
      name: String(pair.key.value),
      line: (pair.key as Node).range ? lineCounter.linePos((pair.key as Node).range![0]).line : 1,
      ...(context !== undefined ? { build: context } : {}),
      ...(isScalar(image) ? { image: String(image.value) } : {}),
      containerPorts,
      environment: variables.filter((v) => v.name),
    });
  }
  return { path, services };
}

/** A value Compose substitutes from its own environment (`${KEY}`, `${KEY:-default}`, `$KEY`). */
const INTERPOLATION = /\$\{?\w/;

function variable(name: string, value: string | undefined): { name: string; fromShell: boolean } {
  return { name: name.trim(), fromShell: value === undefined || INTERPOLATION.test(value) };
}
