import { defineRule } from '../src/engine/define-rule.js';
import { dockerfiles, startsApp, type DockerInstruction, type ParsedDockerfile } from '../src/facts/dockerfile.js';
import type { Finding } from '../src/types.js';

/** Problem kinds and what each costs (one deduction per kind, however many lines show it). */
const COST = { secret: 0.35, root: 0.25, tag: 0.2, dockerignore: 0.15, add: 0.1, cache: 0.1, pin: 0.1 } as const;
type Kind = keyof typeof COST;

const SECRET_NAME = /(passw(or)?d|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?|client[_-]?secret)/i;
const NOT_SECRET_NAME = /(_file|_path|_dir|_url|_host|_port|_user(name)?|_expir\w*|_ttl|_length|_header|_name|dummy)$/i;
const ARCHIVE = /\.(tar(\.\w+)?|tgz|tbz2?|txz|zip|gz|bz2|xz)$/i;
const NON_ROOT_BASE = /(distroless\/.+:(.*-)?nonroot|chainguard\/|cgr\.dev\/|nonroot)/i;

export default defineRule({
  meta: {
    id: 'dockerfile-practices',
    category: 'delivery',
    title: 'The Dockerfile follows container best practices',
    rationale: 'Reviewers read the Dockerfile to see whether you ship like a team does: pinned base images, a non-root user, no secrets baked into layers, lean caches.',
    fix: 'Pin the base image (node:20-alpine), add a non-root USER, use COPY, add a .dockerignore, pass secrets at runtime, and clean package caches in the same RUN.',
    level: 'warn',
    kind: 'defect',
    deduction: 'risky Dockerfile practice',
    weight: 2,
    stage: 6,
    options: {
      pinPackages: { type: 'boolean', default: false, description: 'Also require pinned versions in apt-get/apk/pip installs (hadolint DL3008/DL3018/DL3013).' },
    },
  },
  async check({ facts, options }) {
    const parsed = await dockerfiles(facts);
    if (parsed.length === 0) return { outcome: 'not-applicable', summary: 'No Dockerfile (see container-present).' };
    const files = await facts.files();
    const findings: (Finding & { kind: Kind })[] = [];
    for (const df of parsed) findings.push(...inspect(df, (p) => files.has(p), options.pinPackages === true));

    const kinds = new Set(findings.map((f) => f.kind));
    const names = parsed.map((d) => d.path).join(', ');
    if (kinds.size === 0) return { outcome: 'pass', summary: `${names}: pinned bases, non-root user, no secrets, clean caches.` };
    const score = Math.max(0, 1 - [...kinds].reduce((sum, k) => sum + COST[k], 0));
    const summary = `${findings.length} issue(s) in ${names}: ${[...kinds].join(', ')}.`;
    return { outcome: score > 0 ? 'partial' : 'fail', ...(score > 0 ? { score } : {}), summary, findings: findings.map(({ kind: _kind, ...f }) => f) };
  },
});

function inspect(df: ParsedDockerfile, exists: (path: string) => boolean, pinPackages: boolean): (Finding & { kind: Kind })[] {
  const out: (Finding & { kind: Kind })[] = [];
  const at = (ins: { line: number }, kind: Kind, message: string, fix: string) => out.push({ file: df.path, line: ins.line, kind, message, fix });
  const aliases = new Set(df.stages.map((s) => s.alias).filter(Boolean));

  for (const stage of df.stages) {
    const image = stage.image.toLowerCase();
    if (image === 'scratch' || aliases.has(image) || image.startsWith('$') || stage.digest) continue;
    if (!stage.tag && !image.includes('$')) at(stage, 'tag', `FROM ${stage.image} has no tag, so the build changes whenever the image does (DL3006).`, `Pin a version: FROM ${stage.image}:<version>-slim.`);
    else if (stage.tag === 'latest') at(stage, 'tag', `FROM ${stage.image} uses "latest", which changes under you (DL3007).`, `Pin a release tag: FROM ${stage.name}:<version>.`);
  }

  const final = df.stages.at(-1);
  const finalIns = df.instructions.filter((i) => df.finalChain.has(i.stage));
  const users = finalIns.filter((i) => i.keyword === 'USER');
  const lastUser = users.at(-1)?.args[0]?.split(':')[0];
  const dropsPrivileges = finalIns.some((i) => (i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD') && /\b(gosu|su-exec|setpriv|runuser)\b/.test(i.text));
  const runsApp = startsApp(df);
  if (final && runsApp && !dropsPrivileges && !NON_ROOT_BASE.test(final.image)) {
    if (!lastUser) at(final, 'root', 'The final image has no USER instruction, so the app runs as root.', 'Create or pick an unprivileged user and switch to it before CMD: USER node (Node images), USER app, or USER 1000.');
    else if (lastUser === 'root' || lastUser === '0') at(users.at(-1)!, 'root', 'The last USER is root, so the app runs as root (DL3002).', 'Switch to an unprivileged user after the steps that need root.');
  }

  let copiesContext: DockerInstruction | undefined;
  for (const ins of df.instructions) {
    const sources = sourcesOf(ins);
    if (ins.keyword === 'ADD' && sources.length > 0 && sources.every((s) => !/^(https?|git@|git):/.test(s) && !ARCHIVE.test(s))) {
      at(ins, 'add', `ADD ${sources.join(' ')} copies local files; ADD also unpacks archives and fetches URLs, so COPY says what you mean (DL3020).`, 'Use COPY for local files and folders.');
    }
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.args.some((a) => a.startsWith('--from')) && sources.some((s) => s === '.' || s === './')) copiesContext ??= ins;
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      for (const { name, value } of properties(ins)) {
        if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) continue;
        if (ins.keyword === 'ENV' && (value === undefined || value === '' || /^\$\{?\w+\}?$/.test(value))) continue;
        at(ins, 'secret', `${ins.keyword} ${name} puts a secret into the image's layers and history (DL3064).`, 'Pass secrets at runtime (environment, docker secrets) or at build time with RUN --mount=type=secret.');
      }
    }
    if (ins.keyword === 'RUN' && df.finalChain.has(ins.stage) && !/--mount=type=cache/.test(ins.text)) {
      const run = ins.text;
      if (/\bapt-get\s+(-\S+\s+)*install\b/.test(run) && !/rm\s+-[rf]+\s+\/var\/lib\/apt\/lists/.test(run)) at(ins, 'cache', 'apt-get install without removing /var/lib/apt/lists keeps the package index in the image (DL3009).', 'End the same RUN with: && rm -rf /var/lib/apt/lists/*');
      if (/\bapk\s+add\b/.test(run) && !/--no-cache\b/.test(run) && !/rm\s+-[rf]+\s+\/var\/cache\/apk/.test(run)) at(ins, 'cache', 'apk add without --no-cache keeps the package index in the image (DL3019).', 'Use apk add --no-cache.');
      if (/\bpip3?\s+install\b/.test(run) && !/--no-cache-dir\b/.test(run) && !hasPipNoCache(df)) at(ins, 'cache', 'pip install without --no-cache-dir keeps downloaded wheels in the image (DL3042).', 'Use pip install --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1).');
    }
    if (pinPackages && ins.keyword === 'RUN') {
      const unpinned = unpinnedPackages(ins.text);
      if (unpinned.length) at(ins, 'pin', `Unpinned package(s): ${unpinned.slice(0, 4).join(', ')} (DL3008/DL3018/DL3013).`, 'Pin versions: apt-get install curl=7.88.*, apk add curl=8.5.0-r0, pip install flask==3.0.3.');
    }
  }
  if (copiesContext && !exists(`${df.dir}.dockerignore`) && !exists('.dockerignore') && !exists(`${df.path}.dockerignore`)) {
    at(copiesContext, 'dockerignore', 'The whole build context is copied but there is no .dockerignore: .git, node_modules and .env files end up in the image.', 'Add a .dockerignore listing .git, node_modules, .env*, build output and logs.');
  }
  return out;
}

/** Source paths of COPY/ADD (flags and the destination dropped). */
function sourcesOf(ins: DockerInstruction): string[] {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return [];
  let args = ins.args.filter((a) => !a.startsWith('--'));
  if (args[0]?.startsWith('[')) {
    try {
      args = JSON.parse(ins.text.replace(/^(--\S+\s+)*/, '')) as string[];
    } catch {
      return [];
    }
  }
  return args.slice(0, -1);
}

/** ARG/ENV name-value pairs, in both `K=V` and the legacy `ENV K V` forms. */
function properties(ins: DockerInstruction): { name: string; value: string | undefined }[] {
  if (ins.keyword === 'ENV' && ins.args.length >= 2 && !ins.args[0]!.includes('=')) return [{ name: ins.args[0]!, value: ins.args.slice(1).join(' ') }];
  return ins.args.map((a) => {
    const eq = a.indexOf('=');
    return eq === -1 ? { name: a, value: undefined } : { name: a.slice(0, eq), value: a.slice(eq + 1).replace(/^["']|["']$/g, '') };
  });
}

function hasPipNoCache(df: ParsedDockerfile): boolean {
  return df.instructions.some((i) => i.keyword === 'ENV' && /PIP_NO_CACHE_DIR/.test(i.text));
}

function unpinnedPackages(run: string): string[] {
  const out: string[] = [];
  for (const m of run.matchAll(/\b(apt-get\s+(?:-\S+\s+)*install|apk\s+add|pip3?\s+install)\s+([^&|;]+)/g)) {
    const sep = m[1]!.startsWith('pip') ? /==|>=|~=/ : /=/;
    for (const pkg of m[2]!.split(/\s+/)) {
      if (!pkg || pkg.startsWith('-') || pkg.startsWith('$') || /[./\\]/.test(pkg) && m[1]!.startsWith('pip')) continue;
      if (!sep.test(pkg)) out.push(pkg);
    }
  }
  return out;
}
