import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Band, CategoryId, OutcomeKind } from '../types.js';
import { compareStrings } from '../util.js';
import type { CohortEntry, CohortFailure } from './batch.js';

/** One repository of a merged cohort, as the cohort reports show it. */
export interface CohortRow {
  key: string;
  target: string;
  url?: string;
  commit: string | null;
  score: number;
  band: Band;
  /** The score of the same repository in the previous run, when one was given and had it. */
  previous?: number;
  categories: Partial<Record<CategoryId, number | null>>;
  /** Rule id → score 0–1, or null when the rule was not scored (n/a, not available, error). */
  rules: Record<string, number | null>;
  outcomes: Record<string, OutcomeKind>;
  config: string;
  entry: CohortEntry;
}

export interface CohortRule {
  id: string;
  title: string;
  category: CategoryId;
  docs: string;
}

/** A criterion the cohort most often lacks: how many of the repositories it applies to fail it. */
export interface CohortGap {
  rule: CohortRule;
  lacking: number;
  applicable: number;
}

export interface Cohort {
  rows: CohortRow[];
  failures: CohortFailure[];
  rules: CohortRule[];
  gaps: CohortGap[];
  /** The configurations that scored the rows (one, unless runs were mixed). */
  configs: string[];
}

/** A cohort directory that cannot be read, or holds no results: exit 2 with the reason. */
export class CohortReadError extends Error {}

interface Loaded {
  entries: Map<string, CohortEntry>;
  failures: Map<string, CohortFailure>;
}

async function readDir(dir: string, into: Loaded): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CohortReadError(`${dir}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  for (const name of names.sort(compareStrings)) {
    if (!name.endsWith('.json')) continue;
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch {
      throw new CohortReadError(`${path.join(dir, name)}: not valid JSON (a batch writes whole files: was it edited?)`);
    }
    const kind = (data as { kind?: unknown })?.kind;
    if (kind === 'portfolio-check/cohort-entry') {
      const entry = data as CohortEntry;
      if (typeof entry.key !== 'string' || typeof entry.result?.score !== 'number') throw new CohortReadError(`${path.join(dir, name)}: not a cohort entry`);
      into.entries.set(entry.key, entry);
    } else if (kind === 'portfolio-check/cohort-failure') {
      const failure = data as CohortFailure;
      if (typeof failure.key === 'string') into.failures.set(failure.key, failure);
    }
  }
}

/**
 * Merges the output directories of one or more batch runs (shards). A repository checked in one
 * shard and failed in another counts as checked; with `previous` (last week's directories) each
 * row carries its earlier score for the trend.
 */
export async function mergeCohort(dirs: readonly string[], previousDirs: readonly string[] = []): Promise<Cohort> {
  const current: Loaded = { entries: new Map(), failures: new Map() };
  for (const dir of dirs) await readDir(dir, current);
  const previous: Loaded = { entries: new Map(), failures: new Map() };
  for (const dir of previousDirs) await readDir(dir, previous);
  if (current.entries.size === 0 && current.failures.size === 0) {
    throw new CohortReadError(`${dirs.join(', ')}: no batch results (run portfolio-check batch --out DIR first)`);
  }

  const rules = new Map<string, CohortRule>();
  const rows: CohortRow[] = [];
  for (const entry of current.entries.values()) {
    const result = entry.result;
    for (const r of result.rules) if (!rules.has(r.id)) rules.set(r.id, { id: r.id, title: r.title, category: r.category, docs: r.docs });
    const before = previous.entries.get(entry.key)?.result.score;
    rows.push({
      key: entry.key,
      target: entry.target,
      ...(entry.url ? { url: entry.url } : {}),
      commit: entry.commit,
      score: result.score,
      band: result.band,
      ...(before !== undefined ? { previous: before } : {}),
      categories: Object.fromEntries(result.categories.map((c) => [c.id, c.score])),
      rules: Object.fromEntries(result.rules.map((r) => [r.id, r.score])),
      outcomes: Object.fromEntries(result.rules.map((r) => [r.id, r.outcome])),
      config: entry.config?.name ?? 'unknown',
      entry,
    });
  }
  rows.sort((a, b) => b.score - a.score || compareStrings(a.target, b.target));
  const failures = [...current.failures.values()].filter((f) => !current.entries.has(f.key)).sort((a, b) => compareStrings(a.target, b.target));
  const ruleList = [...rules.values()].sort((a, b) => compareStrings(a.category, b.category) || compareStrings(a.id, b.id));
  const gaps = ruleList
    .map((rule) => {
      const scored = rows.filter((row) => typeof row.rules[rule.id] === 'number');
      return { rule, lacking: scored.filter((row) => (row.rules[rule.id] as number) < 0.5).length, applicable: scored.length };
    })
    .filter((g) => g.lacking > 0)
    .sort((a, b) => b.lacking / b.applicable - a.lacking / a.applicable || b.lacking - a.lacking || compareStrings(a.rule.id, b.rule.id));
  return { rows, failures, rules: ruleList, gaps, configs: [...new Set(rows.map((r) => r.config))].sort(compareStrings) };
}

/** Reviewer tiers in words, as every report names the bands. */
export const BAND_WORDS: Record<Band, string> = { red: 'early', amber: 'getting there', green: 'job-ready' };

/** Scores in buckets of ten (0–9 … 90–100) for the distribution. */
export function distribution(rows: readonly CohortRow[]): number[] {
  const buckets = new Array<number>(10).fill(0);
  for (const row of rows) buckets[Math.min(9, Math.floor(row.score / 10))]!++;
  return buckets;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
