import { createHash } from 'node:crypto';
import type { Finding, Result, RuleResult } from '../types.js';
import { compareStrings } from '../util.js';

/** The schema URI code scanning and editors recognise for SARIF 2.1.0. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/portfolio-check/portfolio-check';
/** The fingerprint key: versioned, so a future change of the recipe does not collide with old alerts. */
export const FINGERPRINT_KEY = 'portfolioCheckFinding/v1';

export interface SarifOptions {
  /**
   * Prefix for every artifact URI, when the checked directory is a subdirectory of the repository
   * that code scanning sees (e.g. "services/api"). Default: none.
   */
  uriPrefix?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

/**
 * The Result as SARIF 2.1.0. Every rule becomes a reportingDescriptor (sorted by id, so ids and
 * indexes are stable); only findings of rules that lost points and carry a repo-relative file
 * become results, because code scanning rejects results without a real location.
 */
export function formatSarif(result: Result, options: SarifOptions = {}): string {
  const prefix = normalisePrefix(options.uriPrefix);
  const rules = [...result.rules].sort((a, b) => compareStrings(a.id, b.id));
  const results: object[] = [];
  rules.forEach((rule, ruleIndex) => {
    if (rule.pointsLost <= 0 && rule.outcome !== 'fail' && rule.outcome !== 'partial') return;
    const seen = new Map<string, number>();
    const located = rule.findings.filter((f) => isRepoRelative(f.file));
    for (const finding of [...located].sort(compareFindings)) {
      const uri = prefix + encodePath(finding.file!);
      // Line numbers stay out of the fingerprint so an alert survives edits above it; a counter
      // keeps identical messages in one file apart.
      const base = `${rule.id}\0${uri}\0${finding.message}`;
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      results.push({
        ruleId: rule.id,
        ruleIndex,
        level: sarifLevel(rule),
        message: { text: resultMessage(rule, finding) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              ...(finding.line && finding.line >= 1
                ? { region: { startLine: finding.line, ...(finding.column && finding.column >= 1 ? { startColumn: finding.column } : {}) } }
                : {}),
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${sha256(base).slice(0, 32)}:${occurrence}` },
      });
    }
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the checked repository.' } } },
        results,
        properties: {
          score: result.score,
          band: result.band,
          ...(result.bandLabel ? { bandLabel: result.bandLabel } : {}),
          ...(result.points ? { points: result.points } : {}),
          stageReached: result.stageReached,
          ...(result.config ? { config: result.config } : {}),
          rulePoints: Object.fromEntries(
            result.rules.map((r) => [r.id, { kind: r.kind ?? 'evidence', outcome: r.outcome, pointsEarned: r.pointsEarned ?? 0, pointsLost: r.pointsLost, ...(r.kind === 'defect' ? { deduction: r.pointsLost, label: r.deductionLabel } : {}) }]),
          ),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function reportingDescriptor(rule: RuleResult): object {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    // helpUri must be an absolute URI; a plugin's relative docs path stays in the help text only.
    ...(/^https?:\/\//i.test(rule.docs) ? { helpUri: rule.docs } : {}),
    help: {
      text: rule.docs ? `${rule.fix}\n\n${rule.docs}` : rule.fix,
      markdown: /^https?:\/\//i.test(rule.docs) ? `${rule.fix}\n\n[Documentation](${rule.docs})` : rule.fix,
    },
    defaultConfiguration: { level: rule.level === 'error' ? 'error' : 'warning' },
    properties: { category: rule.category, kind: rule.kind ?? 'evidence', stage: rule.stage, weight: rule.weight, pointsEarned: rule.pointsEarned ?? 0, pointsLost: rule.pointsLost, tags: ['portfolio', rule.category] },
  };
}

function sarifLevel(rule: RuleResult): SarifLevel {
  return rule.level === 'error' ? 'error' : 'warning';
}

function resultMessage(rule: RuleResult, finding: Finding): string {
  const fix = finding.fix ?? rule.fix;
  return fix ? `${finding.message} Fix: ${fix}` : finding.message;
}

/** A path inside the repository: relative, forward slashes, never climbing out of it. */
export function isRepoRelative(file: string | undefined): file is string {
  if (!file || file.trim() === '') return false;
  if (file.startsWith('/') || file.includes('\\') || /^[a-zA-Z]:/.test(file) || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return false;
  return !file.split('/').some((segment) => segment === '..' || segment === '');
}

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return trimmed ? `${encodePath(trimmed)}/` : '';
}

/** Percent-encodes each segment so spaces, '#' and '%' make a valid URI reference. */
function encodePath(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.message, b.message);
}

function pascalCase(id: string): string {
  return id
    .split(/[-/]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
