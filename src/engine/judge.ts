import type { Evidence } from '../facts/evidence.js';
import type { Finding, RuleOutcome } from '../types.js';

/**
 * Verdicts from observations. Facts say what was seen (code usage, declared dependencies); how
 * much each kind of evidence is worth is judgement and lives here, beside the scoring.
 */

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
