import type { Finding, RuleOutcome } from '../types.js';
import { codeScan, type CodeScan, type SignalHit } from './code-scan.js';
import type { Facts } from './facts.js';
import type { Dependency } from './manifests/types.js';

/** A manifest dependency with where it is declared. */
export interface DeclaredDependency extends Dependency {
  manifest: string;
}

/** Evidence for one capability on the signals §0.2 ladder: used in code beats declared in a manifest. */
export interface Evidence {
  /** Code-usage hits (strong), first few. */
  used: { id: string; hit: SignalHit }[];
  /** Runtime dependencies declared (medium), `// indirect` Go requirements last (weak). */
  declared: DeclaredDependency[];
}

export interface EvidenceQuery {
  /** Signal families (`auth`, `kdf`, …) or exact signal ids (`log:js`). */
  signals: readonly string[];
  /** Dependency names (exact, as manifests normalise them) or a pattern. */
  dependencies?: readonly string[] | RegExp;
  /** Keep at most this many usage locations. */
  limit?: number;
}

/** Every runtime dependency of every manifest, indexed once per run. */
export function declaredDependencies(facts: Facts): Promise<DeclaredDependency[]> {
  return facts.derive('declared-dependencies', async () => {
    const out: DeclaredDependency[] = [];
    for (const m of await facts.manifests()) for (const d of m.dependencies) out.push({ ...d, manifest: m.path });
    return out;
  });
}

/** Hits of the given signal families or ids, deduplicated by location, in catalog order. */
export function signalHits(scan: CodeScan, signals: readonly string[], limit = 5): { id: string; hit: SignalHit }[] {
  const out: { id: string; hit: SignalHit }[] = [];
  const seen = new Set<string>();
  for (const [id, hits] of scan.hits) {
    const family = id.split(':')[0]!;
    if (!signals.includes(id) && !signals.includes(family)) continue;
    for (const hit of hits) {
      const key = `${hit.file}:${hit.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id, hit });
    }
  }
  out.sort((a, b) => (a.hit.file < b.hit.file ? -1 : a.hit.file > b.hit.file ? 1 : a.hit.line - b.hit.line));
  return out.slice(0, limit);
}

/** Gathers code usage and manifest declarations for one capability. */
export async function gatherEvidence(facts: Facts, query: EvidenceQuery): Promise<Evidence> {
  const [scan, deps] = await Promise.all([codeScan(facts), declaredDependencies(facts)]);
  const wanted = query.dependencies;
  const matches = (name: string) => (wanted instanceof RegExp ? wanted.test(name) : wanted?.includes(name) ?? false);
  const declared = deps.filter((d) => !d.dev && matches(d.name)).sort((a, b) => Number(a.indirect ?? false) - Number(b.indirect ?? false));
  return { used: signalHits(scan, query.signals, query.limit ?? 5), declared };
}

export interface JudgeText {
  /** Noun phrase for the capability ("a structured logger"). */
  what: string;
  /** The fix when nothing is found. */
  fix: string;
  /** Labels per signal id for the usage findings ("uses bcrypt"). Defaults to the capability. */
  label?: (id: string) => string;
}

/**
 * The standard verdict from evidence: used in code → pass; declared only → 0.5 (medium);
 * only `// indirect` Go requirements → 0.25 (weak, transitive); nothing → fail.
 */
export function judgeEvidence(evidence: Evidence, text: JudgeText): RuleOutcome {
  if (evidence.used.length > 0) {
    const findings: Finding[] = evidence.used.map(({ id, hit }) => ({ message: `${text.label?.(id) ?? `Uses ${text.what}`}.`, file: hit.file, line: hit.line }));
    return { outcome: 'pass', summary: `${capitalise(text.what)} is used in code (${evidence.used[0]!.hit.file}:${evidence.used[0]!.hit.line}).`, findings };
  }
  const direct = evidence.declared.filter((d) => !d.indirect);
  if (direct.length > 0) {
    return {
      outcome: 'partial',
      score: 0.5,
      summary: `${capitalise(text.what)} is declared (${direct.map((d) => d.name).slice(0, 3).join(', ')}) but no use was found in code.`,
      findings: direct.slice(0, 3).map((d) => ({
        message: `${d.name} is a dependency, but no code imports or configures it.`,
        file: d.manifest,
        ...(d.line ? { line: d.line } : {}),
        fix: `Wire ${d.name} into the application (or remove it): ${text.fix}`,
      })),
    };
  }
  if (evidence.declared.length > 0) {
    return {
      outcome: 'partial',
      score: 0.25,
      summary: `Only transitive (// indirect) requirements mention ${text.what}; no code uses it.`,
      findings: evidence.declared.slice(0, 3).map((d) => ({
        message: `${d.name} is only an indirect requirement (pulled in by another module).`,
        file: d.manifest,
        ...(d.line ? { line: d.line } : {}),
        fix: text.fix,
      })),
    };
  }
  const noun = text.what.replace(/^(a|an) /, '');
  return { outcome: 'fail', summary: `No ${noun} found.`, findings: [{ message: `No ${noun} in code or manifests.`, fix: text.fix }] };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whether the project serves HTTP: a web framework declared, or route/handler code seen. */
export async function servesHttp(facts: Facts): Promise<boolean> {
  const { http } = await facts.ecosystems();
  return http;
}
