import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import { ruleResult, sampleResult } from './sample-result.js';

const strip = (s: string) => s.replace(/\x1b\[\d+m/g, '');

/** The column where each row's summary starts, for the rows of one section. */
function summaryColumns(text: string, heading: string, summaries: string[]): number[] {
  const section = strip(text).split(heading)[1]!.split('\n\n')[0]!;
  return summaries.map((s) => section.split('\n').find((l) => l.includes(s))!.indexOf(s));
}

describe('stylish columns', () => {
  const result = sampleResult([
    ruleResult({ id: 'a', outcome: 'pass', score: 1, pointsLost: 0, summary: 'first ok' }),
    ruleResult({ id: 'a-much-longer-rule-identifier', outcome: 'not-applicable', score: null, pointsLost: 0, summary: 'second na' }),
    ruleResult({ id: 'x', outcome: 'not-available', score: null, pointsLost: 0, summary: 'third unknown' }),
    ruleResult({ id: 'a-longer-unscored-id', outcome: 'error', score: null, pointsLost: 0, summary: 'fourth error' }),
  ]);

  it.each([true, false])('aligns the verbose and not-judged rows (color %s)', (color) => {
    const text = formatStylish(result, { color, verbose: true });
    const passing = summaryColumns(text, 'Passing and not applicable', ['first ok', 'second na']);
    expect(passing[0]).toBe(passing[1]);
    const unscored = summaryColumns(text, 'Not judged', ['third unknown', 'fourth error']);
    expect(unscored[0]).toBe(unscored[1]);
  });
});
