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
