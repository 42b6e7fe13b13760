import type { EnvFacts } from '../facts/env.js';
import type { Facts } from '../facts/facts.js';
import type { Stack } from '../facts/stack.js';
import type { Result, RuleResult } from '../types.js';

/** One file `fix` writes: created new, or appended to an existing file that is safe to extend. */
export interface PlannedFile {
  /** POSIX path relative to the target root. */
  path: string;
  mode: 'create' | 'append';
  /** The text written (for `append`, the text added at the end). */
  content: string;
  /** For `append`: the file's text before (to show context in the diff). */
  before?: string;
  /** The rules this file is meant to satisfy. */
  rules: string[];
  /**
   * The rules whose findings the file resolves as written, when not all of `rules`: a template or a
   * headed placeholder earns nothing until the author fills it in, so it resolves none.
   */
  resolves?: string[];
  /** One line: what the file holds and what it was derived from. */
  summary: string;
}

/** A generator that had nothing to write, and why (shown so the user knows what is left to do). */
export interface Skipped {
  generator: string;
  rules: string[];
  reason: string;
}

export interface FixContext {
  facts: Facts;
  result: Result;
  stack: Stack | undefined;
  env: EnvFacts;
  /** Whether a path exists in the target (any file, ignored or not). */
  exists(path: string): boolean;
  /** Reads an existing file of the target (undefined when absent or unreadable). */
  readExisting(path: string): Promise<string | undefined>;
  /** Files planned by earlier generators in this run. */
  planned: PlannedFile[];
  license: string;
  /** The project's name for a new README title (the manifest's name, else the folder's). */
  projectName: string;
  /** Whether the user asked for this rule (every rule when --only is absent). */
  selected(rule: string): boolean;
  /** The year the LICENSE names. */
  year: number;
}

export type GeneratorOutput = { files: PlannedFile[] } | { skipped: string };

export interface Generator {
  /** Short name shown to the user ("dockerfile"). */
  id: string;
  /** The rules the generator's files target; `--only` selects generators by these ids. */
  rules: string[];
  /** Whether the generator should run for this Result even when none of its rules is failing. */
  wanted?(context: FixContext): boolean;
  generate(context: FixContext): Promise<GeneratorOutput>;
}

/** Whether a rule's result leaves something for `fix` to do. */
export function needsFix(rule: RuleResult | undefined): boolean {
  return rule !== undefined && (rule.outcome === 'fail' || rule.outcome === 'partial');
}
