import { existsSync, lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { envFacts } from '../facts/env.js';
import type { Facts } from '../facts/facts.js';
import { stackFacts } from '../facts/stack.js';
import type { Result } from '../types.js';
import { adrTemplate } from './generators/adr.js';
import { ciWorkflow } from './generators/ci-workflow.js';
import { compose } from './generators/compose.js';
import { dockerfile } from './generators/dockerfile.js';
import { envExample } from './generators/env-example.js';
import { dockerignore, gitignore } from './generators/ignore-files.js';
import { license } from './generators/license.js';
import { readme } from './generators/readme.js';
import { needsFix, type FixContext, type Generator, type PlannedFile, type Skipped } from './types.js';

/** Every generator, in the order they run: later ones see what earlier ones planned (the Dockerfile before compose). */
export const GENERATORS: readonly Generator[] = [envExample, gitignore, dockerfile, dockerignore, compose, ciWorkflow, license, readme, adrTemplate];

/** The rule ids `fix` can act on (what `--only` accepts). */
export const FIXABLE_RULES: readonly string[] = [...new Set(GENERATORS.flatMap((g) => g.rules))].sort();

export interface PlanOptions {
  root: string;
  facts: Facts;
  result: Result;
  /** Limit to generators targeting these rules. */
  only?: readonly string[];
  /** SPDX id for a new LICENSE. */
  license: string;
  year: number;
}

export interface Plan {
  files: PlannedFile[];
  skipped: Skipped[];
}

/** Decides what fix writes for a checked repository: nothing is written here. */
export async function planFixes(options: PlanOptions): Promise<Plan> {
  const { root, facts, result } = options;
  const [stack, env] = await Promise.all([stackFacts(facts), envFacts(facts)]);
  const only = options.only ? new Set(options.only) : undefined;
  const files: PlannedFile[] = [];
  const skipped: Skipped[] = [];
  const context: FixContext = {
    facts,
    result,
    stack,
    env,
    exists: (p) => existsAt(root, p) || files.some((f) => f.path === p),
    readExisting: async (p) => {
      try {
        const abs = path.join(root, p);
        // Only regular files: a link may leave the root, and a FIFO or device would block or never end.
        if (!lstatSync(abs).isFile()) return undefined;
        return await readFile(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
    planned: files,
    projectName: (await facts.manifests()).find((m) => m.path === stack?.manifest)?.attributes.name ?? path.basename(root),
    license: options.license,
    selected: (rule) => !only || only.has(rule),
    year: options.year,
  };
  for (const generator of GENERATORS) {
    if (only && !generator.rules.some((r) => only.has(r))) continue;
    const failing = generator.rules.some((id) => needsFix(result.rules.find((r) => r.id === id)));
    if (!failing && !generator.wanted?.(context)) continue;
    const output = await generator.generate(context);
    if ('skipped' in output) skipped.push({ generator: generator.id, rules: generator.rules, reason: output.skipped });
    else files.push(...output.files);
  }
  return { files, skipped };
}

/** Whether a path exists in the target (ignored files included; a dangling link counts as present). */
function existsAt(root: string, relative: string): boolean {
  const abs = path.join(root, relative);
  try {
    lstatSync(abs);
    return true;
  } catch {
    return existsSync(abs);
  }
}
