import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { FileIndex } from './file-index.js';
import type { TextFile } from './text.js';

export interface CiCommand {
  file: string;
  line: number;
  /** The job (or top-level key) the command belongs to. */
  job: string;
  command: string;
  /** `continue-on-error: true` / `allow_failure: true` on the step or job. */
  allowedToFail: boolean;
  /** `if: false` or similar: a step that never runs. */
  disabled: boolean;
}

export interface CiConfig {
  path: string;
  system: string;
  /** Events that start the pipeline; null when the system implies push. */
  triggers: string[] | null;
  commands: CiCommand[];
  /** `uses:` references of GitHub steps (actions and reusable workflows). */
  uses: { ref: string; line: number; job: string }[];
  error?: { message: string; line?: number };
}

/** Events on which a pipeline checks every change: a push, a pull/merge request, a merge queue. */
const CHANGE_EVENTS = /^(push|pull_request|pull_request_target|merge_group|merge_request)$/;
/** `|| true`, `|| :`, `; exit 0`: a failing command that cannot fail the step. */
const SWALLOWED = /\|\|\s*(true\b|:(?!\S)|exit 0\b|echo\b)|;\s*exit 0\b/;

/** Whether the pipeline runs on pushes or pull requests (a system without `on:` runs on push). */
export function runsOnChanges(config: CiConfig): boolean {
  return config.triggers === null || config.triggers.some((t) => CHANGE_EVENTS.test(t));
}

/** The lines of a multi-line step that `select` picks, each judged without a trailing `|| true`. */
export function stepLines(command: string, select: (line: string) => boolean): string[] {
  return command.split(/\r?\n/).filter((line) => line.trim() && select(line.replace(SWALLOWED, '')));
}

/** Whether a step line swallows its own failure (`|| true`, `|| :`, `; exit 0`, `|| echo`). */
export function swallowsFailure(line: string): boolean {
  return SWALLOWED.test(line);
}

const SYSTEMS: [RegExp, string][] = [
  [/^\.github\/workflows\/[^/]+\.ya?ml$/i, 'GitHub Actions'],
  [/^\.gitlab-ci\.ya?ml$/i, 'GitLab CI'],
  [/^\.circleci\/config\.ya?ml$/i, 'CircleCI'],
  [/^circle\.yml$/i, 'CircleCI'],
  [/^\.travis\.ya?ml$/i, 'Travis CI'],
  [/^(\.azure-pipelines\/[^/]+|azure-pipelines[^/]*)\.ya?ml$/i, 'Azure Pipelines'],
  [/^bitbucket-pipelines\.ya?ml$/i, 'Bitbucket Pipelines'],
  [/^\.drone\.ya?ml$/i, 'Drone'],
  [/^(\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml)$/i, 'Woodpecker'],
  [/^\.?appveyor\.ya?ml$/i, 'AppVeyor'],
  [/^\.buildkite\/pipeline\.ya?ml$/i, 'Buildkite'],
  [/^\.semaphore\/semaphore\.ya?ml$/i, 'Semaphore'],
  [/^(cloudbuild|buildspec|codefresh)\.ya?ml$/i, 'Cloud CI'],
  [/^jenkinsfile$/i, 'Jenkins'],
];

/** CI configuration files at their conventional paths (signals §6.1). */
export function findCiFiles(files: FileIndex): { path: string; system: string }[] {
  const found: { path: string; system: string }[] = [];
  for (const f of files.all) {
    const system = SYSTEMS.find(([re]) => re.test(f.path))?.[1];
    if (system) found.push({ path: f.path, system });
  }
  return found;
}

const COMMAND_KEYS = new Set([
  'run', 'script', 'scripts', 'before_script', 'after_script', 'before_install', 'install', 'command', 'commands',
  'bash', 'pwsh', 'powershell', 'cmd', 'test_script', 'build_script', 'steps',
]);
const FAIL_OK_KEYS = ['continue-on-error', 'allow_failure', 'ignore_failure'];

/** Parses a CI file into its commands with their lines; a YAML error becomes `error`. */
export function parseCiFile(file: TextFile, system: string): CiConfig {
  const config: CiConfig = { path: file.path, system, triggers: null, commands: [], uses: [] };
  if (system === 'Jenkins') {
    for (const m of file.text.matchAll(/\b(sh|bat|powershell)\s*\(?\s*(?:script:\s*)?('''[\s\S]*?'''|"""[\s\S]*?"""|'[^'\n]*'|"[^"\n]*")/g)) {
      const raw = m[2]!.replace(/^('''|"""|'|")|('''|"""|'|")$/g, '');
      config.commands.push({ file: file.path, line: file.lineAt(m.index!), job: 'pipeline', command: raw, allowedToFail: false, disabled: false });
    }
    return config;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    config.error = { message: `invalid YAML: ${err.message.split('\n')[0]}`, line: err.linePos?.[0]?.line };
    return config;
  }
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const root = doc.contents;
  if (!isMap(root)) {
    config.error = { message: 'the file is not a YAML mapping', line: 1 };
    return config;
  }

  if (system === 'GitHub Actions') {
    const on = root.items.find((p) => isScalar(p.key) && (p.key.value === 'on' || p.key.value === true));
    config.triggers = triggersOf(on?.value as Node | undefined);
  }

  const walk = (node: unknown, job: string, allowedToFail: boolean, disabled: boolean, depth: number) => {
    if (depth > 12) return;
    if (isSeq(node)) {
      for (const item of node.items) walk(item, job, allowedToFail, disabled, depth + 1);
      return;
    }
    if (!isMap(node)) return;
    const get = (key: string) => node.items.find((p: Pair) => isScalar(p.key) && p.key.value === key)?.value;
    const failOk = allowedToFail || FAIL_OK_KEYS.some((k) => truthy(get(k)));
    const cond = get('if');
    const off = disabled || (isScalar(cond) && (cond.value === false || String(cond.value).trim() === 'false'));
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      // Root keys name jobs (GitLab) or the `jobs:` map whose keys name jobs (GitHub, CircleCI).
      const childJob = job === '' || job === 'jobs' ? key : job;
      if (key === 'uses' && isScalar(pair.value)) {
        config.uses.push({ ref: String(pair.value.value), line: lineOf(pair.value as Node), job });
        continue;
      }
      if (COMMAND_KEYS.has(key)) {
        for (const s of scalars(pair.value)) {
          config.commands.push({ file: file.path, line: lineOf(s.node), job: childJob, command: s.value, allowedToFail: failOk, disabled: off });
        }
      }
      if (isMap(pair.value) || isSeq(pair.value)) walk(pair.value, childJob, failOk, off, depth + 1);
    }
  };
  walk(root, '', false, false, 0);
  return config;
}

function truthy(node: unknown): boolean {
  return isScalar(node) && (node.value === true || String(node.value).toLowerCase() === 'true');
}

function scalars(node: unknown): { value: string; node: Node }[] {
  if (isScalar(node) && typeof node.value === 'string') return [{ value: node.value, node }];
  if (isSeq(node)) return node.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [{ value: item.value, node: item }] : []));
  return [];
}

function triggersOf(node: Node | undefined): string[] {
  if (!node) return [];
  if (isScalar(node)) return [String(node.value)];
  if (isSeq(node)) return node.items.flatMap((i) => (isScalar(i) ? [String(i.value)] : []));
  if (isMap(node)) return node.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
  return [];
}
