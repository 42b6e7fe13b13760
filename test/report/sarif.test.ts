import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FINGERPRINT_KEY, formatSarif, isRepoRelative } from '../../src/report/sarif.js';
import { fixtureResult, ruleResult, sampleResult } from './sample-result.js';

/*
 * The parts of the official SARIF 2.1.0 schema (sarif-schema-2.1.0.json) this reporter uses, with the
 * same required properties, enums, minimums and `additionalProperties: false` (strict objects), so an
 * unknown or misspelled property fails here as it fails the schema.
 */
const message = z.strictObject({ text: z.string().min(1), markdown: z.string().optional() });
const propertyBag = z.record(z.string(), z.unknown());
const uriReference = z.string().refine((s) => {
  try {
    new URL(s, 'file:///root/');
    return !/[\s\\]/.test(s);
  } catch {
    return false;
  }
}, 'not a URI reference');
const level = z.enum(['none', 'note', 'warning', 'error']);
const reportingDescriptor = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  shortDescription: message.optional(),
  fullDescription: message.optional(),
  helpUri: z.url().optional(),
  help: message.optional(),
  defaultConfiguration: z.strictObject({ level: level.optional() }).optional(),
  properties: propertyBag.optional(),
});
const region = z.strictObject({ startLine: z.int().min(1), startColumn: z.int().min(1).optional() });
const result = z.strictObject({
  ruleId: z.string(),
  ruleIndex: z.int().min(-1),
  level,
  message,
  locations: z.array(
    z.strictObject({
      physicalLocation: z.strictObject({
        artifactLocation: z.strictObject({ uri: uriReference, uriBaseId: z.string().optional() }),
        region: region.optional(),
      }),
    }),
  ).min(1),
  partialFingerprints: z.record(z.string(), z.string()),
});
const sarifLog = z.strictObject({
  $schema: z.url(),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.strictObject({
        tool: z.strictObject({
          driver: z.strictObject({
            name: z.string().min(1),
            version: z.string().optional(),
            semanticVersion: z.string().optional(),
            informationUri: z.url().optional(),
            rules: z.array(reportingDescriptor),
          }),
        }),
        originalUriBaseIds: z.record(z.string(), z.strictObject({ description: message.optional(), uri: z.string().optional() })).optional(),
        results: z.array(result),
        properties: propertyBag.optional(),
      }),
    )
    .length(1),
});

type SarifLog = z.infer<typeof sarifLog>;

function parse(text: string): SarifLog {
  const parsed = sarifLog.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

describe('formatSarif', () => {
  it('produces a valid SARIF 2.1.0 log for a real weak repository, every result located in a real file', async () => {
    const res = await fixtureResult('js-weak');
    const log = parse(formatSarif(res));
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('portfolio-check');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(res.rules.map((r) => r.id).sort());
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      // ruleIndex points at the descriptor with the same id.
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:\d+$/);
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(isRepoRelative(decodeURIComponent(uri)), uri).toBe(true);
    }
    // package.json:7 is the npm-init placeholder test script in the fixture.
    const tests = run.results.find((r) => r.ruleId === 'tests-present');
    expect(tests?.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'package.json' }, region: { startLine: 7 } });
  });

  it('is byte-for-byte deterministic', async () => {
    const res = await fixtureResult('js-weak');
    expect(formatSarif(res)).toBe(formatSarif(await fixtureResult('js-weak')));
  });

  it('drops findings without a repo-relative file and keeps the rest', () => {
    const res = sampleResult([
      ruleResult({
        id: 'commit-messages',
        level: 'warn',
        findings: [
          { message: 'vague subject', commit: 'abc1234' },
          { message: 'absolute', file: '/etc/passwd', line: 1 },
          { message: 'climbs out', file: '../outside.txt' },
          { message: 'windows', file: 'C:\\x.txt' },
          { message: 'url', file: 'https://example.com/x' },
          { message: 'real one', file: 'docs/My Notes#1.md', line: 3, column: 2 },
          { message: 'no line', file: 'README.md' },
        ],
      }),
    ]);
    const log = parse(formatSarif(res));
    const results = log.runs[0]!.results;
    expect(results.map((r) => r.message.text.split(' Fix:')[0])).toEqual(['no line', 'real one']);
    expect(results[0]!.level).toBe('warning');
    expect(results[0]!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/My%20Notes%231.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 2 },
    });
  });

  it('maps levels, skips passing rules and keeps fingerprints stable when lines move', () => {
    const make = (line: number) =>
      sampleResult([
        ruleResult({ id: 'b-rule', level: 'error', findings: [{ message: 'm', file: 'a.js', line }, { message: 'm', file: 'a.js', line: line + 5 }] }),
        ruleResult({ id: 'a-rule', outcome: 'pass', score: 1, pointsLost: 0, findings: [{ message: 'info', file: 'a.js', line: 1 }] }),
      ]);
    const before = parse(formatSarif(make(10))).runs[0]!;
    const after = parse(formatSarif(make(20))).runs[0]!;
    expect(before.tool.driver.rules.map((r) => r.id)).toEqual(['a-rule', 'b-rule']);
    expect(before.tool.driver.rules[1]!.defaultConfiguration?.level).toBe('error');
    expect(before.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['b-rule', 1, 'error'],
      ['b-rule', 1, 'error'],
    ]);
    const prints = (run: typeof before) => run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(2);
  });

  it('prefixes URIs when the checked directory is a subdirectory', () => {
    const res = sampleResult([ruleResult({ id: 'r', findings: [{ message: 'm', file: 'src/a.js', line: 1 }] })]);
    const log = parse(formatSarif(res, { uriPrefix: './services/api/' }));
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('services/api/src/a.js');
  });

  it('rejects what the schema rejects (the checker itself can fail)', () => {
    const good = JSON.parse(formatSarif(sampleResult([ruleResult({ id: 'r', findings: [{ message: 'm', file: 'a', line: 1 }] })])));
    expect(() => parse(JSON.stringify(good))).not.toThrow();
    const badLevel = structuredClone(good);
    badLevel.runs[0].results[0].level = 'warn';
    expect(() => parse(JSON.stringify(badLevel))).toThrow();
    const badLine = structuredClone(good);
    badLine.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(() => parse(JSON.stringify(badLine))).toThrow();
    const extra = structuredClone(good);
    extra.runs[0].results[0].severity = 'high';
    expect(() => parse(JSON.stringify(extra))).toThrow();
  });
});

describe('formatSarif with plugin rules', () => {
  it('leaves out helpUri when the docs address is not absolute', () => {
    const log = parse(formatSarif(sampleResult([ruleResult({ id: 'plugin/local', docs: 'docs/local.md', findings: [{ message: 'm', file: 'a.js', line: 1 }] })])));
    const rule = log.runs[0]!.tool.driver.rules[0]!;
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help?.text).toContain('docs/local.md');
  });
});
