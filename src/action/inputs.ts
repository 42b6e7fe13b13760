import { FAIL_ON, type FailOn } from '../gate.js';

export type { FailOn };

/** The Action's inputs, parsed and validated once. */
export interface ActionInputs {
  path: string;
  config: string | undefined;
  minScore: number | undefined;
  failOn: FailOn;
  comment: boolean;
  annotations: boolean;
  sarifFile: string | undefined;
  githubToken: string | undefined;
  baseRef: string | undefined;
}

export class InputError extends Error {}

/**
 * Parses the inputs from a getter (core.getInput in the Action, a map in tests). Empty means the
 * default; anything unrecognised is an InputError naming the input.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string) => get(name).trim() || undefined;
  return {
    path: text('path') ?? '.',
    config: text('config'),
    minScore: parseMinScore(text('min-score')),
    failOn: parseFailOn(text('fail-on')),
    comment: parseBoolean('comment', text('comment'), true),
    annotations: parseBoolean('annotations', text('annotations'), true),
    sarifFile: text('sarif-file'),
    githubToken: text('github-token'),
    baseRef: text('base-ref'),
  };
}

function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InputError(`min-score must be a number from 0 to 100, got "${value}"`);
  return n;
}

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'none';
  const v = value.toLowerCase() as FailOn;
  if (FAIL_ON.includes(v)) return v;
  throw new InputError(`fail-on must be one of error, warn, none; got "${value}"`);
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`${name} must be true or false, got "${value}"`);
}
