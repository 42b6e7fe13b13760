import { DockerfileParser } from 'dockerfile-ast';
import type { Facts } from './facts.js';
import { isExampleOrDocPath } from './path-roles.js';
import type { TextFile } from './text.js';

/** Dockerfile names as linguist knows them: Dockerfile, Dockerfile.prod, api.Dockerfile, Containerfile. */
export const DOCKERFILE_NAME = /(^|\/)((docker|container)file(\.(?!([\w.-]*\.)?(ts|tsx|js|mjs|cjs|py|go|rb|java|kt|cs|php|md|txt|json)$)[\w.-]+)?|[\w.-]+\.(docker|container)file)$/i;

export interface DockerInstruction {
  keyword: string;
  /** 1-based line of the instruction's first line. */
  line: number;
  /** Arguments as the parser splits them (quotes kept off JSON arrays are not unwrapped). */
  args: string[];
  /** The argument text with line continuations joined. */
  text: string;
  /** Index of the build stage (FROM) the instruction belongs to; -1 before the first FROM. */
  stage: number;
}

export interface DockerStage {
  index: number;
  line: number;
  image: string;
  /** Image name without tag or digest ("node", "ghcr.io/org/app"). */
  name: string;
  tag: string | null;
  digest: string | null;
  /** The `AS name` alias. */
  alias: string | null;
}

export interface ParsedDockerfile {
  path: string;
  dir: string;
  file: TextFile;
  instructions: DockerInstruction[];
  stages: DockerStage[];
  /** Stages whose files end up in the final image: the last stage and the stages it is built FROM. */
  finalChain: Set<number>;
}

/** Parses one Dockerfile's text. */
export function parseDockerfile(file: TextFile): ParsedDockerfile {
  const doc = DockerfileParser.parse(file.text);
  const instructions: DockerInstruction[] = [];
  const stages: DockerStage[] = [];
  let stage = -1;
  for (const ins of doc.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    const line = ins.getRange().start.line + 1;
    if (keyword === 'FROM') {
      stage += 1;
      const from = ins as unknown as { getImage(): string | null; getImageName(): string | null; getImageTag(): string | null; getImageDigest(): string | null; getBuildStage(): string | null };
      stages.push({
        index: stage,
        line,
        image: from.getImage() ?? '',
        name: from.getImageName() ?? '',
        tag: from.getImageTag(),
        digest: from.getImageDigest(),
        alias: from.getBuildStage()?.toLowerCase() ?? null,
      });
    }
    instructions.push({ keyword, line, args: ins.getArguments().map((a) => a.getValue()), text: ins.getArgumentsContent() ?? '', stage });
  }
  const finalChain = new Set<number>();
  let current = stages.at(-1);
  while (current && !finalChain.has(current.index)) {
    finalChain.add(current.index);
    const parent = current.image.toLowerCase();
    current = stages.slice(0, current.index).reverse().find((s) => s.alias === parent);
  }
  const slash = file.path.lastIndexOf('/');
  return { path: file.path, dir: slash === -1 ? '' : file.path.slice(0, slash + 1), file, instructions, stages, finalChain };
}

/** The repository's Dockerfiles (dev containers, docs and examples left out), parsed once per run. */
export function dockerfiles(facts: Facts): Promise<ParsedDockerfile[]> {
  return facts.derive('dockerfiles', async () => {
    const files = await facts.files();
    const out: ParsedDockerfile[] = [];
    for (const entry of files.all) {
      if (!DOCKERFILE_NAME.test(entry.path) || entry.path.startsWith('.devcontainer/') || isExampleOrDocPath(entry.path)) continue;
      if (/\.(md|txt|json|ya?ml|sh|ps1|bak|orig)$/i.test(entry.base)) continue;
      const text = await facts.read(entry.path, 256 * 1024);
      if (!text) continue;
      out.push(parseDockerfile(text));
    }
    return out;
  });
}

/** Whether the Dockerfile starts a process (CMD or ENTRYPOINT), i.e. builds a runnable app image. */
export function startsApp(dockerfile: ParsedDockerfile): boolean {
  return dockerfile.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
}

/**
 * One thing a Dockerfile shows about how its image is built, the kinds hadolint checks. These are
 * observations; which of them matter, and how much, is the rules' judgement.
 */
export type DockerfileObservation =
  /** A FROM without a tag (DL3006) or with `latest` (DL3007); scratch, stage aliases, variables and digests are left out. */
  | { kind: 'unpinned-base'; at: DockerStage; pin: 'untagged' | 'latest' }
  /** The final image starts an app as root: no USER (`user: 'default'`) or a last USER of root/0 (DL3002). */
  | { kind: 'root-user'; at: DockerStage | DockerInstruction; user: 'default' | 'root' }
  /** ADD of local files, not archives or URLs (DL3020). */
  | { kind: 'local-add'; at: DockerInstruction; sources: string[] }
  /** An ARG, or an ENV with a literal value, whose name says secret (DL3064). */
  | { kind: 'secret-in-layer'; at: DockerInstruction; name: string }
  /** A package install in the final image that keeps the package manager's cache (DL3009/DL3019/DL3042). */
  | { kind: 'package-cache'; at: DockerInstruction; manager: 'apt-get' | 'apk' | 'pip' }
  /** Packages installed without a version (DL3008/DL3018/DL3013). */
  | { kind: 'unpinned-packages'; at: DockerInstruction; packages: string[] }
  /** The first COPY/ADD of the whole build context, when no .dockerignore applies to it. */
  | { kind: 'context-without-dockerignore'; at: DockerInstruction };

export interface InspectedDockerfile {
  dockerfile: ParsedDockerfile;
  /** In the order a reader meets them: base images, the final user, then instruction by instruction. */
  observations: DockerfileObservation[];
}

const SECRET_NAME = /(passw(or)?d|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?|client[_-]?secret)/i;
const NOT_SECRET_NAME = /(_file|_path|_dir|_url|_host|_port|_user(name)?|_expir\w*|_ttl|_length|_header|_name|dummy)$/i;
const ARCHIVE = /\.(tar(\.\w+)?|tgz|tbz2?|txz|zip|gz|bz2|xz)$/i;
const NON_ROOT_BASE = /(distroless\/.+:(.*-)?nonroot|chainguard\/|cgr\.dev\/|nonroot)/i;
const DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|runuser)\b/;

/** Every Dockerfile with what it shows, computed once per run. */
export function inspectDockerfiles(facts: Facts): Promise<InspectedDockerfile[]> {
  return facts.derive('dockerfile-observations', async () => {
    const [parsed, files] = await Promise.all([dockerfiles(facts), facts.files()]);
    return parsed.map((dockerfile) => ({ dockerfile, observations: observeDockerfile(dockerfile, (p) => files.has(p)) }));
  });
}

/** What one parsed Dockerfile shows; `exists` answers whether a repository path exists (for .dockerignore). */
export function observeDockerfile(df: ParsedDockerfile, exists: (path: string) => boolean): DockerfileObservation[] {
  const out: DockerfileObservation[] = [];
  const aliases = new Set(df.stages.map((s) => s.alias).filter(Boolean));
  for (const stage of df.stages) {
    const image = stage.image.toLowerCase();
    if (image === 'scratch' || aliases.has(image) || image.startsWith('$') || stage.digest) continue;
    if (!stage.tag && !image.includes('$')) out.push({ kind: 'unpinned-base', at: stage, pin: 'untagged' });
    else if (stage.tag === 'latest') out.push({ kind: 'unpinned-base', at: stage, pin: 'latest' });
  }

  const final = df.stages.at(-1);
  const finalIns = df.instructions.filter((i) => df.finalChain.has(i.stage));
  const users = finalIns.filter((i) => i.keyword === 'USER');
  const lastUser = users.at(-1)?.args[0]?.split(':')[0];
  const dropsPrivileges = finalIns.some((i) => (i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD') && DROPS_PRIVILEGES.test(i.text));
  if (final && startsApp(df) && !dropsPrivileges && !NON_ROOT_BASE.test(final.image)) {
    if (!lastUser) out.push({ kind: 'root-user', at: final, user: 'default' });
    else if (lastUser === 'root' || lastUser === '0') out.push({ kind: 'root-user', at: users.at(-1)!, user: 'root' });
  }

  let copiesContext: DockerInstruction | undefined;
  for (const ins of df.instructions) {
    const sources = copySources(ins);
    if (ins.keyword === 'ADD' && sources.length > 0 && sources.every((s) => !/^(https?|git@|git):/.test(s) && !ARCHIVE.test(s))) out.push({ kind: 'local-add', at: ins, sources });
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.args.some((a) => a.startsWith('--from')) && sources.some((s) => s === '.' || s === './')) copiesContext ??= ins;
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      for (const { name, value } of properties(ins)) {
        if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) continue;
        if (ins.keyword === 'ENV' && (value === undefined || value === '' || /^\$\{?\w+\}?$/.test(value))) continue;
        out.push({ kind: 'secret-in-layer', at: ins, name });
      }
    }
    if (ins.keyword === 'RUN' && df.finalChain.has(ins.stage) && !/--mount=type=cache/.test(ins.text)) {
      const run = ins.text;
      if (/\bapt-get\s+(-\S+\s+)*install\b/.test(run) && !/rm\s+-[rf]+\s+\/var\/lib\/apt\/lists/.test(run)) out.push({ kind: 'package-cache', at: ins, manager: 'apt-get' });
      if (/\bapk\s+add\b/.test(run) && !/--no-cache\b/.test(run) && !/rm\s+-[rf]+\s+\/var\/cache\/apk/.test(run)) out.push({ kind: 'package-cache', at: ins, manager: 'apk' });
      if (/\bpip3?\s+install\b/.test(run) && !/--no-cache-dir\b/.test(run) && !hasPipNoCache(df)) out.push({ kind: 'package-cache', at: ins, manager: 'pip' });
    }
    if (ins.keyword === 'RUN') {
      const packages = unpinnedPackages(ins.text);
      if (packages.length) out.push({ kind: 'unpinned-packages', at: ins, packages });
    }
  }
  if (copiesContext && !exists(`${df.dir}.dockerignore`) && !exists('.dockerignore') && !exists(`${df.path}.dockerignore`)) {
    out.push({ kind: 'context-without-dockerignore', at: copiesContext });
  }
  return out;
}

/** Source paths of COPY/ADD (flags and the destination dropped). */
export function copySources(ins: DockerInstruction): string[] {
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

/** The ports the final image's EXPOSE instructions name; `variable` when one is a build variable ($PORT). */
export function exposedPorts(df: ParsedDockerfile): { instructions: DockerInstruction[]; ports: number[]; variable: boolean } {
  const instructions = df.instructions.filter((i) => i.keyword === 'EXPOSE' && df.finalChain.has(i.stage));
  const ports = instructions.flatMap((i) => i.args.map((a) => /^(\d+)(\/\w+)?$/.exec(a)?.[1]).filter(Boolean).map(Number));
  return { instructions, ports, variable: instructions.some((i) => /\$/.test(i.text)) };
}
