import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/report/github.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { EndpointsResult } from '../../src/types.js';
import { fixtureResult, sampleResult } from './sample-result.js';

const strip = (s: string) => s.replace(/\x1b\[\d+m|\x1b\]8;;[^\x1b]*\x1b\\/g, '');

/** Three routes: a guarded documented tested one, an open write, and one under an unresolved prefix. */
function inventory(over: Partial<EndpointsResult> = {}): EndpointsResult {
  return {
    routes: [
      { method: 'GET', path: '/tasks', file: 'src/routes.js', line: 4, framework: 'express', guards: [{ kind: 'auth', name: 'requireAuth' }], guarded: true, documented: { file: 'README.md', line: 12, kind: 'readme' }, tested: { file: 'test/tasks.test.js', line: 8, kind: 'test' } },
      { method: 'DELETE', path: '/tasks/{id}', file: 'src/routes.js', line: 9, framework: 'express', guards: [], guarded: false, documented: null, tested: null },
      { method: 'POST', path: '/admin/jobs', file: 'src/admin.js', line: 2, framework: 'express', guards: [], guarded: false, documented: null, tested: null, unresolvedPrefix: 'mounted under a computed prefix' },
    ],
    omitted: 0,
    unresolved: [],
    documentedNotServed: [{ method: 'GET', path: '/reports', file: 'README.md', line: 14, kind: 'readme' }],
    documentationFound: true,
    testCallsFound: true,
    ...over,
  };
}

describe('the endpoints section', () => {
  it('stylish: a compact table of method, path, guard, documented, tested and file:line', () => {
    const text = strip(formatStylish(sampleResult([], { endpoints: inventory() }), { color: true }));
    const section = text.split('  Endpoints')[1]!.split('\n\n')[0]!;
    expect(section).toContain('3 endpoints served: 1 guarded, 1 documented, 1 tested (33 %); 1 documented but not served.');
    const rows = section.split('\n').slice(2);
    expect(rows[0]).toMatch(/^ {4}GET {5}\/tasks +auth +✓ +✓ +src\/routes\.js:4$/);
    expect(rows[1]).toMatch(/^ {4}DELETE  \/tasks\/\{id\} +– +✗ +✗ +src\/routes\.js:9$/);
    // The columns line up under their headings.
    const header = section.split('\n')[1]!;
    for (const row of rows) expect(row.indexOf('src/'), row).toBe(header.indexOf('WHERE'));
  });

  it('stylish: lists 20 rows and counts the rest unless --verbose', () => {
    const routes = Array.from({ length: 25 }, (_, i) => ({ ...inventory().routes[1]!, path: `/r${i}`, line: i + 1 }));
    const short = strip(formatStylish(sampleResult([], { endpoints: inventory({ routes }) }), { color: false }));
    expect(short).toContain('…and 5 more (--verbose or --format json)');
    expect(short).not.toContain('/r24 ');
    expect(strip(formatStylish(sampleResult([], { endpoints: inventory({ routes }) }), { color: false, verbose: true }))).toContain('/r24 ');
    expect(strip(formatStylish(sampleResult([], { endpoints: inventory({ routes }) }), { color: false, quiet: true }))).not.toContain('Endpoints');
  });

  it('says why nothing is listed: no documentation, no test calls, or no resolvable route', () => {
    const none = inventory({ documentationFound: false, testCallsFound: false, documentedNotServed: [] });
    expect(strip(formatStylish(sampleResult([], { endpoints: none }), { color: false }))).toContain('3 endpoints served: 1 guarded, no endpoint documentation found, no test calls an endpoint.');
    const unresolved = inventory({ routes: [], documentedNotServed: [], unresolved: [{ file: 'main.go', line: 3, framework: 'net/http', reason: 'computed path' }] });
    expect(formatMarkdown(sampleResult([], { endpoints: unresolved }))).toContain('No route path could be resolved statically (1 declaration(s) build their path at run time).');
  });

  it('Markdown and the job summary: a table with the documentation and test locations, and the claims no route serves', () => {
    const result = sampleResult([], { endpoints: inventory(), target: { kind: 'path', name: 'x', blobUrl: 'https://github.com/o/r/blob/abc/' } });
    const md = formatMarkdown(result);
    expect(md).toContain('### Endpoints');
    expect(md).toContain('| Method | Path | Guarded | Documented | Tested | Where |');
    expect(md).toContain('| GET | `/tasks` | ✅ requireAuth (auth) | ✅ `README.md:12` | ✅ `test/tasks.test.js:8` | [`src/routes.js:4`](https://github.com/o/r/blob/abc/src/routes.js#L4) |');
    expect(md).toContain('| POST | `/admin/jobs` (prefix unresolved) | ❌ | ❌ | ❌ |');
    expect(md).toContain('Documented but not served: `GET /reports` (`README.md:14`).');
    expect(formatSummary({ head: result })).toContain('| DELETE | `/tasks/{id}` | ❌ | ❌ | ❌ |');
  });

  it('HTML: a sortable table, every cell escaped', () => {
    const evil = inventory();
    evil.routes[0]!.path = '/<img src=x>';
    const html = formatHtml(sampleResult([], { endpoints: evil }));
    expect(html).toContain('<h2 id="endpoints-heading">Endpoints</h2>');
    expect(html).toContain('<table class="endpoint-table" data-sortable="">');
    expect(html.match(/<th scope="col"><button type="button" data-col="\d">/g)).toHaveLength(6);
    expect(html.match(/<tr data-index=/g)).toHaveLength(3);
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('/&lt;img src=x&gt;');
  });

  it('is absent from every format when the Result has no inventory (a library, older JSON)', () => {
    const result = sampleResult([]);
    expect(formatStylish(result, { color: false })).not.toContain('Endpoints');
    expect(formatMarkdown(result)).not.toContain('### Endpoints');
    expect(formatHtml(result)).not.toContain('endpoints-heading');
  });

  it('is in the Result of a real check: the fixture API lists its routes, documented and tested', async () => {
    const result = await fixtureResult('js-good');
    expect(result.endpoints!.routes.map((e) => `${e.method} ${e.path} ${e.documented ? 'doc' : '-'} ${e.tested ? 'test' : '-'}`)).toEqual([
      'GET /health doc test',
      'GET /tasks doc test',
      'POST /tasks doc test',
      'GET /tasks/{id} doc test',
    ]);
    expect(JSON.parse(formatJson(result)).endpoints.routes[0]).toEqual(expect.objectContaining({ method: 'GET', path: '/health', file: 'src/app.ts', guarded: false }));
  });
});
