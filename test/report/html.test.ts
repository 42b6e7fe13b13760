import { describe, expect, it } from 'vitest';
import { depthItems, formatHtml } from '../../src/report/html.js';
import type { Result } from '../../src/types.js';
import { fixtureResult, ruleResult, sampleResult } from './sample-result.js';

describe('formatHtml', () => {
  it('is one self-contained document: no external scripts, styles, fonts or images', async () => {
    const html = formatHtml(await fixtureResult('js-weak'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|img|link|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\((?!#)/);
    // Links are for the reader to follow (rule docs), never loaded by the page.
    for (const m of html.matchAll(/(src|href)="([^"]*)"/g)) expect(m[1], m[2]).toBe('href');
  });

  it('renders gauges, the roadmap and one expandable row per rule', async () => {
    const result = await fixtureResult('js-weak');
    const html = formatHtml(result);
    expect(html).toContain(`data-overall="" data-score="${result.score}"`);
    for (const cat of result.categories) expect(html).toContain(`data-category="${cat.id}" data-score="${cat.score ?? ''}"`);
    expect(html.match(/<details class="rule"/g)).toHaveLength(result.rules.length);
    expect(html.match(/<li class="stage /g)).toHaveLength(7);
    expect(html).toContain('package.json:7');
  });

  it('escapes every piece of user text', () => {
    const evil = '<b onmouseover="x">&\'';
    const result = sampleResult([ruleResult({ id: 'r', title: evil, summary: evil, rationale: evil, fix: evil, exemption: evil, findings: [{ message: evil, file: evil, line: 1, fix: `${evil}!` }] })], {
      target: { kind: 'path', name: evil, commit: evil },
      ecosystems: [evil],
    });
    const html = formatHtml(result);
    expect(html).not.toContain('<b ');
    expect(html).not.toContain('"x"');
    expect(html.split('&lt;b onmouseover=&quot;x&quot;&gt;&amp;&#39;').length).toBeGreaterThan(8);
  });

  it('shows the pass mark when there is one', () => {
    const html = formatHtml(sampleResult([], { passScore: 70, passed: false }));
    expect(html).toContain('Pass mark 70: not reached');
    expect(formatHtml(sampleResult([]))).not.toContain('Pass mark');
  });

  it('renders the project-depth checklist when the Result has one and skips it when absent', () => {
    expect(formatHtml(sampleResult([]))).not.toContain('Project depth');
    const withDepth = { ...sampleResult([]), depth: [
      { id: 'schema', title: 'Defines a schema', met: true, evidence: 'prisma/schema.prisma' },
      { id: 'deploys', title: 'Deploys', met: false, rules: ['deploy-config', 'container-present'] },
      { id: 'tradeoffs', label: 'Explains <tradeoffs>', status: 'not-available' },
    ] } as unknown as Result;
    const html = formatHtml(withDepth);
    expect(html).toContain('<h2 id="depth-heading">Project depth</h2>');
    expect(html).toContain('1 of 3 shown.');
    expect(html).toContain('<li class="met">');
    expect(html).toContain('<li class="unmet">');
    expect(html).toContain('Explains &lt;tradeoffs&gt;');
    expect(html).toContain('prisma/schema.prisma');
    expect(html).toContain('Looked for by <a href="#rule-deploy-config"><code>deploy-config</code></a>, <a href="#rule-container-present">');
  });
});

describe('depthItems', () => {
  it('reads an array, an object holding one, and ignores anything else', () => {
    expect(depthItems(undefined)).toEqual([]);
    expect(depthItems('x')).toEqual([]);
    expect(depthItems([null, 3, { nope: true }])).toEqual([]);
    expect(depthItems({ items: [{ name: 'Tests behaviour', present: true }] })).toEqual([{ label: 'Tests behaviour', met: true }]);
    expect(depthItems([{ id: 'deploys', title: 'Deploys', met: true, rules: ['deploy-config', 7] }])).toEqual([{ label: 'Deploys', met: true, rules: ['deploy-config'] }]);
    expect(depthItems([{ id: 'validates-input', status: 'fail', summary: 'No validation library.' }])).toEqual([
      { label: 'validates-input', met: false, detail: 'No validation library.' },
    ]);
  });
});

describe('links in the HTML report', () => {
  it('links only http(s) documentation addresses', () => {
    const html = formatHtml(sampleResult([ruleResult({ id: 'plugin/odd', docs: 'javascript:alert(1)' }), ruleResult({ id: 'fine' })]));
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('(javascript:alert(1))');
    expect(html).toContain('href="https://example.test/rules/fine.md"');
  });
});
