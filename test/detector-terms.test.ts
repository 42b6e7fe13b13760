import { describe, expect, it } from 'vitest';
import { CODE_SIGNALS } from '../src/facts/code-signals.js';
import type { Detector } from '../src/facts/detector.js';
import { PREFIXED_ENV_MARKERS } from '../src/facts/env-prefixed.js';
import { BARE_ENVIRON, ENV_READS } from '../src/facts/env-reads.js';
import { grepTerms } from '../src/facts/grep.js';
import { LINE_DETECTORS } from '../src/facts/line-detectors.js';
import type { Ecosystem } from '../src/facts/manifests/types.js';
import { SECRET_DETECTORS, SECRET_LITERALS } from '../src/facts/secret-patterns.js';
import { covers } from './helpers/regex-cover.js';

/**
 * The content pass keeps only lines (files, for code signals) that contain a detector's term, so a
 * detector whose pattern can match without one of its terms silently misses those lines. This file
 * proves, statically, for every detector, that each match of the pattern contains a term (see
 * helpers/regex-cover.ts for what the proof does and does not cover), and that the pass searches
 * every detector's terms.
 *
 * KNOWN_GAPS are the detectors where the proof fails today because the pattern is in fact wider
 * than its terms: each entry says which text slips through. The list is checked both ways, so a fix
 * must remove its entry, and a new gap cannot be added without one.
 */
const KNOWN_GAPS: Record<string, string> = {
  'authz:python': '`PermissionRequiredMixin` (capital P) and mixed quotes in `[\'role"]`',
  'health:route': "'/readiness' (the term '/ready' is not in 'readiness')",
  'health:lib': '`resources  :health` with more than one space',
  'jobs:python': '`@queue.task` without parentheses',
  'error:js': '`app.onError (` with a space before the parenthesis',
  'line:js-framework-import': "mixed quotes: 'express\"",
  'line:js-error-middleware': 'a space after the parenthesis: `( err, req, res, next)`',
  'line:sql-insert': 'other casings and spacings of INSERT INTO (the pattern is case-insensitive)',
  'secret:db-url:1': 'drivers after the scheme other than postgresql+/mysql+ (`postgres+asyncpg://`, `mongodb+x://`)',
  'secret:jwt-secret:3': 'several spaces before the colon (`secret  :`)',
  'secret:jwt-secret:4': 'names without a listed prefix or underscore (`APP_SECRET`, `JWTSECRET`)',
  'secret:jwt-secret:6': 'a space inside `[]byte( "…")`',
  'secret:jwt-secret:7': 'other casings of jwt (`Jwt.secret`): the pattern is case-insensitive',
};

/** Every detector of the content pass, named. */
function detectors(): { name: string; detector: Detector }[] {
  const out: { name: string; detector: Detector }[] = [];
  for (const s of CODE_SIGNALS) out.push({ name: s.id, detector: { terms: s.hints, re: s.re } });
  for (const [eco, reads] of Object.entries(ENV_READS)) reads.forEach((d, i) => out.push({ name: `env:${eco}:${i}`, detector: d }));
  BARE_ENVIRON.forEach((d, i) => out.push({ name: `env:bare-environ:${i}`, detector: d }));
  PREFIXED_ENV_MARKERS.forEach((d, i) => out.push({ name: `env:prefixed:${i}`, detector: d }));
  for (const d of LINE_DETECTORS) out.push({ name: `line:${lineName(d)}`, detector: d });
  const perKind = new Map<string, number>();
  for (const d of SECRET_DETECTORS as (Detector & { kind: string })[]) {
    const n = (perKind.get(d.kind) ?? 0) + 1;
    perKind.set(d.kind, n);
    // The env-file detector runs on .env files only, which the tree pass never reads (no-committed-env judges them).
    if (d.kind === 'env-secret') continue;
    out.push({ name: `secret:${d.kind}:${n}`, detector: d });
  }
  return out;
}

function lineName(d: Detector): string {
  const names: Record<string, string> = {
    'logging.getLogger': 'python-stdlib-logger',
    password: 'password-field',
    PORT: 'port-setting',
    'http.ListenAndServe(': 'std-http-server',
    "'express'": 'js-framework-import',
    'def test(': 'flask-test-function',
    userId: 'ownership-check',
    '(err': 'js-error-middleware',
    'INSERT INTO': 'sql-insert',
    response_model: 'fastapi-docs-metadata',
  };
  return names[d.terms[0]!] ?? d.terms[0]!;
}

describe('detector terms', () => {
  const all = detectors();

  it('names every detector once', () => {
    expect(new Set(all.map((d) => d.name)).size).toBe(all.length);
  });

  it.each(all.map((d) => [d.name, d.detector] as const))('%s: every match of the pattern contains a term', (name, detector) => {
    expect(covers(detector.re, detector.terms), KNOWN_GAPS[name] ?? 'no known gap').toBe(!(name in KNOWN_GAPS));
  });

  it('lists only gaps of existing detectors', () => {
    const names = new Set(all.map((d) => d.name));
    for (const name of Object.keys(KNOWN_GAPS)) expect(names.has(name), name).toBe(true);
  });

  it('searches every in-scope detector\'s terms in the single content pass', () => {
    const ecosystems: Ecosystem[][] = [[], ['javascript'], ['python'], ['go'], ['java'], ['php'], ['csharp'], ['ruby']];
    for (const ecos of ecosystems) {
      const terms = new Set(grepTerms(ecos));
      for (const t of SECRET_LITERALS) expect(terms.has(t)).toBe(true);
      for (const d of LINE_DETECTORS) if (!d.ecosystems || ecos.length === 0 || d.ecosystems.some((e) => ecos.includes(e))) for (const t of d.terms) expect(terms.has(t), t).toBe(true);
      for (const [eco, reads] of Object.entries(ENV_READS)) if (ecos.length === 0 || ecos.includes(eco as Ecosystem)) for (const d of reads) for (const t of d.terms) expect(terms.has(t), t).toBe(true);
    }
    // A declared HTTP framework leaves out the framework-import question (every controller would match).
    expect(grepTerms(['javascript'], true)).not.toContain("'express'");
  });
});

describe('the coverage proof itself', () => {
  it('accepts patterns whose every alternative holds a term, across neighbouring parts', () => {
    expect(covers(/logging\.getLogger/, ['logging.getLogger'])).toBe(true);
    expect(covers(/[Pp]assword/, ['password', 'Password'])).toBe(true);
    expect(covers(/\b(?:err|error)\(/, ['err('])).toBe(false);
    expect(covers(/\b(?:err|error)\(/, ['err(', 'error('])).toBe(true);
    expect(covers(/api\/v\d\/health/, ['health'])).toBe(true);
  });

  it('rejects patterns that can match without a term', () => {
    expect(covers(/[Pp]assword/, ['password'])).toBe(false);
    expect(covers(/user_?id/, ['user_id'])).toBe(false);
    expect(covers(/foo\s*:/, ['foo :'])).toBe(false);
    expect(covers(/(?:a|b)?x/, ['a', 'b'])).toBe(false);
    expect(covers(/abc/i, ['abc'])).toBe(false);
  });

  it('refuses syntax it does not understand instead of passing it', () => {
    expect(() => covers(/\p{L}/u, ['x'])).toThrow();
  });
});
