import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
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

  it('renders the project-depth checklist when the Result has one and skips it when absent', async () => {
    expect(formatHtml(sampleResult([]))).not.toContain('Project depth');
    const withDepth = sampleResult([], {
      depth: [
        { id: 'defines-schema', title: 'Defines a <database> schema', met: true, rules: ['migrations-present'] },
        { id: 'deploys', title: 'Deploys', met: false, rules: ['deploy-config'] },
        { id: 'explains-tradeoffs', title: 'Explains tradeoffs', met: false, rules: [] },
      ],
    });
    const html = formatHtml(withDepth);
    expect(html).toContain('<h2 id="depth-heading">Project depth</h2>');
    expect(html).toContain('1 of 3 shown.');
    expect(html).toContain('<li class="met" data-depth="defines-schema">');
    expect(html).toContain('Defines a &lt;database&gt; schema');
    expect(html).toContain('Judged from <a href="#rule-migrations-present"><code>migrations-present</code></a>');
    expect(html).toContain('Judged from <a href="#rule-deploy-config">');
    // The engine's own checklist for a real repository.
    const real = await fixtureResult('js-good');
    expect(real.depth?.length).toBeGreaterThan(0);
    expect(formatHtml(real).match(/<li class="(met|unmet)" data-depth=/g)).toHaveLength(real.depth!.length);
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
