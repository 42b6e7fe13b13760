/**
 * Configuration errors that name the file, the JSON path and what was expected, so a maintainer
 * can fix a config without reading our source. The CLI prints them and exits 2.
 */
import type { z } from 'zod';
import { displayValue, plural, safeMessage } from '../util.js';

export interface ConfigProblem {
  /** The config file (relative to the repository root when inside it), or a preset name. */
  file: string;
  /** A JSON path like `rules.readme-present.level` or `exemptions[0].reason`; empty for the whole file. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** Problems shown at most; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** One or more problems in the configuration. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    // User values in messages are shortened and masked when they look like secrets (a token pasted
    // into a config field, a 10 MB key), and a flood of problems is cut to its first ones.
    const shown = problems.slice(0, MAX_PROBLEMS).map((p) => ({ file: p.file, path: safeMessage(p.path, 200), message: safeMessage(p.message) }));
    if (problems.length > MAX_PROBLEMS) shown.push({ file: shown[0]!.file, path: '', message: `… and ${plural(problems.length - MAX_PROBLEMS, 'more problem')}` });
    super(shown.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = shown;
  }
}

/** `file: path: message`, or `file: message` for the whole file. */
export function formatProblem(problem: ConfigProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** `rules.readme-present.level`, `exemptions[0].reason`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${displayValue(String(segment), 40)}` : displayValue(String(segment), 40);
  }
  return out;
}

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits) or sharing its start, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // A near miss is a short word; a long one (a pasted token, a 10 MB key) is not compared.
  if (word.length > 64) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  // "warning" for "warn": a word that starts with a candidate (or the reverse) is a near miss too.
  const lower = word.toLowerCase();
  return [...candidates].find((c) => Math.min(c.length, lower.length) >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)));
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${displayValue(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `an ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  tuple: '[level, options]',
  union: 'one of the accepted forms',
};

/** What a single (non-union) issue expected, without the path. */
function expectation(issue: z.core.$ZodIssue, valueSeparator = ', '): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `${valueSeparator === ', ' ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(valueSeparator)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'a non-empty string';
      if (issue.origin === 'array') return `at least ${issue.minimum} entries`;
      return `a number ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `a number ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into problems. A union reports the branch that matched the input's shape
 * (an object with a bad `level` is about `level`), or else every shape it accepts.
 */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = [], describeKey?: (key: string, at: string) => string): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const issue of issues) {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const deeper = issue.errors.find((branch) => branch.some((i) => i.path.length > 0));
      if (deeper) {
        out.push(...zodProblems(file, deeper, at, describeKey));
        continue;
      }
      const expected = issue.errors.map((branch) => expectation(branch[0]!, ' | ')).join(' | ');
      const input = (issue as { input?: unknown }).input;
      const values = issue.errors.flatMap((branch) => (branch[0]!.code === 'invalid_value' ? branch[0]!.values.map(String) : []));
      const hint = typeof input === 'string' ? didYouMean(input, values) : '';
      out.push({ file, path: jsonPath(at), message: `expected ${expected}; got ${typeName(input)}${hint}` });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyAt = jsonPath([...at, key]);
        out.push({ file, path: keyAt, message: describeKey ? describeKey(key, jsonPath(at)) : `unknown field` });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_type' && input === undefined) {
      out.push({ file, path: jsonPath(at), message: `is required (expected ${expectation(issue)})` });
      continue;
    }
    const hint = issue.code === 'invalid_value' && typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
    out.push({ file, path: jsonPath(at), message: `expected ${expectation(issue)}; got ${typeName(input)}${hint}` });
  }
  return out;
}
