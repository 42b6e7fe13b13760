import { DockerfileParser } from 'dockerfile-ast';
import type { Facts } from './facts.js';
import { isExampleOrDocPath } from './path-roles.js';
import type { TextFile } from './text.js';

/** Dockerfile names as linguist knows them: Dockerfile, Dockerfile.prod, api.Dockerfile, Containerfile. */
export const DOCKERFILE_NAME = /(^|\/)((docker|container)file(\.(?!(ts|tsx|js|mjs|cjs|py|go|rb|java|kt|cs|php|md|txt|json)$)[\w.-]+)?|[\w.-]+\.(docker|container)file)$/i;

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
