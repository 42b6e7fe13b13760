import { afterAll, describe, expect, it } from 'vitest';
import { envFacts } from '../src/facts/env.js';
import { RepositoryFacts } from '../src/facts/facts.js';
import { filesWithLine, treeGrep } from '../src/facts/content-pass.js';
import { grepTerms, isGrepSkipped, linesAt, looksMinified } from '../src/facts/grep.js';
import { TermMatcher } from '../src/facts/term-matcher.js';
import { GitRevisionSource } from '../src/source/git-revision.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, writeFiles } from './helpers/repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function temp(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
}

/** Every end index of every term, the slow obvious way. */
function naiveEnds(text: Buffer, terms: string[]): number[] {
  const ends = new Set<number>();
  for (const term of terms) {
    const t = Buffer.from(term);
    for (let at = text.indexOf(t); at !== -1; at = text.indexOf(t, at + 1)) ends.add(at + t.length);
  }
  return [...ends].sort((a, b) => a - b);
}

describe('TermMatcher', () => {
  it('finds overlapping terms, terms inside terms and suffix-linked terms', () => {
    const terms = ['he', 'she', 'his', 'hers', 'jwt.', 'jwt.sign(', 'process.env'];
    const text = Buffer.from('ushers; jwt.sign(x) and process.env.PORT; hishe');
    expect(new TermMatcher(terms).matchEnds(text)).toEqual(naiveEnds(text, terms));
  });

  it('agrees with a naive search on random text over a small alphabet', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'abc.('[random(5)]).join('');
    const terms = Array.from({ length: 40 }, () => word(1 + random(5)));
    const matcher = new TermMatcher(terms);
    for (let round = 0; round < 20; round++) {
      const text = Buffer.from(word(400));
      expect(matcher.matchEnds(text)).toEqual(naiveEnds(text, terms));
    }
  });

  it('matches multi-byte UTF-8 terms and honours a length limit', () => {
    const text = Buffer.from('größe = ENV["X"]');
    const matcher = new TermMatcher(['größe', 'ENV[']);
    expect(matcher.matchEnds(text)).toEqual(naiveEnds(text, ['größe', 'ENV[']));
    expect(matcher.matchEnds(text, 5)).toEqual([]);
  });
});

describe('linesAt', () => {
  it('gives each matching line once, numbered, without CR, long lines cut', () => {
    const long = `${'x'.repeat(3000)}TERM`;
    const text = Buffer.from(`a\r\nTERM and TERM\r\n\nb\nTERM\n${long}\n`);
    const ends = naiveEnds(text, ['TERM']);
    const lines = linesAt(text, ends);
    expect(lines.map((l) => l.line)).toEqual([2, 5, 6]);
    expect(lines[0]!.text).toBe('TERM and TERM');
    expect(lines[1]!.text).toBe('TERM');
    expect(lines[2]!.text.length).toBe(2000);
  });

  it('handles a match on the first byte and a last line without a newline', () => {
    const text = Buffer.from('TERM\nx\nlast TERM');
    expect(linesAt(text, naiveEnds(text, ['TERM']))).toEqual([
      { line: 1, text: 'TERM' },
      { line: 3, text: 'last TERM' },
    ]);
  });
});

describe('treeGrep', () => {
  const files = {
    'package.json': '{"name":"x","dependencies":{"express":"^4.0.0"}}\n',
    'src/config.js': "const a = 1;\nconst port = process.env.PORT || 3000;\n",
    'src/auth.js': "import jwt from 'jsonwebtoken';\nexport const sign = (u) => jwt.sign(u, 'k');\n",
    'test/auth.test.js': "process.env.JWT_SECRET = 'x';\n",
    'docs/guide.md': 'Set process.env.PORT\n',
    'node_modules/lib/index.js': 'process.env.VENDORED\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x70, 0x72, 0x6f, 0x63, 0x65, 0x73, 0x73]),
  };

  it('reads each analysable text file once for every term, skipping tests, Markdown, vendored and binary files', async () => {
    const dir = temp();
    buildRepo(dir, { files });
    const grep = await treeGrep(new RepositoryFacts(new WorkingTreeSource(dir)));
    expect([...grep.lines.keys()].sort()).toEqual(['src/auth.js', 'src/config.js']);
    expect(grep.lines.get('src/config.js')).toEqual([{ line: 2, text: 'const port = process.env.PORT || 3000;' }]);
    expect(grep.filesMatching(/jwt\.sign\(/)).toEqual(new Set(['src/auth.js']));
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    expect(await filesWithLine(facts, { terms: ['PORT'], re: /PORT/ })).toEqual(new Set(['src/config.js']));
  });

  it('answers the same from a git revision as from its checkout', async () => {
    const dir = temp();
    buildRepo(dir, { git: true, files });
    writeFiles(dir, { 'src/config.js': 'changed in the work tree only\n' });
    const fromRevision = await treeGrep(new RepositoryFacts(new GitRevisionSource(dir, 'HEAD')));
    expect(fromRevision.lines.get('src/config.js')).toEqual([{ line: 2, text: 'const port = process.env.PORT || 3000;' }]);
    const fromTree = await treeGrep(new RepositoryFacts(new WorkingTreeSource(dir)));
    expect(fromTree.lines.has('src/config.js')).toBe(false);
  });

  it('searches only the terms of the detected ecosystems', () => {
    const js = grepTerms(['javascript']);
    expect(js).toContain('process.env');
    expect(js).toContain('http.createServer(');
    expect(js).not.toContain('ENV.fetch');
    expect(js).not.toContain('logging.getLogger');
    expect(grepTerms(['ruby'])).toContain('ENV.fetch');
    expect(grepTerms([])).toEqual(expect.arrayContaining(['ENV.fetch', 'process.env', 'logging.getLogger']));
  });

  it('skips minified bundles: their env reads and digests are a library\'s (Filament assets in a Laravel app)', async () => {
    const bundle = `(()=>{${'var a=1;'.repeat(4000)}if(process.env.LOG){}const h=createHash("md5")})();\n`;
    expect(looksMinified(Buffer.from(bundle))).toBe(true);
    expect(looksMinified(Buffer.from('const a = 1;\n'.repeat(3000)))).toBe(false);
    const dir = temp();
    buildRepo(dir, { files: { 'package.json': '{}\n', 'public/js/support.js': bundle, 'src/app.js': 'const port = process.env.PORT;\n' } });
    const grep = await treeGrep(new RepositoryFacts(new WorkingTreeSource(dir)));
    expect([...grep.lines.keys()]).toEqual(['src/app.js']);
  });

  it('reads UTF-16 manifests with a BOM as text (SergioRicJr/todo-api requirements.txt)', async () => {
    const dir = temp();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Django==5.0\r\ndjangorestframework==3.15\r\n', 'utf16le')]);
    buildRepo(dir, { files: { 'requirements.txt': utf16, 'app/views.py': 'from rest_framework.views import APIView\n' } });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    const [manifest] = await facts.manifests();
    expect(manifest!.error).toBeUndefined();
    expect(manifest!.dependencies.map((d) => d.name)).toEqual(['django', 'djangorestframework']);
    expect((await facts.ecosystems()).frameworks.map((f) => f.id)).toContain('django');
  });

  it('skips test code and Markdown but keeps test-named configuration the secrets scan reads', () => {
    expect(isGrepSkipped('tests/test_app.py')).toBe(true);
    expect(isGrepSkipped('README.md')).toBe(true);
    expect(isGrepSkipped('src/app.test.js')).toBe(false);
    expect(isGrepSkipped('src/app.js')).toBe(false);
  });

  it("reads a bare environ[...] after `from os import environ`, not a WSGI environ (drf-blog-api)", async () => {
    const dir = temp();
    buildRepo(dir, {
      git: true,
      files: {
        'requirements.txt': 'django\n',
        'config/common.py': 'from os import environ\n\nSECRET_KEY = environ["SECRET_KEY"]\nDB_ENGINE = environ.get("DB_ENGINE", "sqlite3")\n',
        'app/middleware.py': 'def app(environ, start_response):\n    host = environ["HTTP_HOST"]\n',
      },
    });
    const { reads } = await envFacts(new RepositoryFacts(new WorkingTreeSource(dir)));
    expect([...reads].map(([name, list]) => [name, list.map((r) => `${r.file}:${r.line}:${r.hasDefault}`)]).sort()).toEqual([
      ['DB_ENGINE', ['config/common.py:4:true']],
      ['SECRET_KEY', ['config/common.py:3:false']],
    ]);
  });

  it('feeds the env scan from lines, reading the whole file only for a call split over lines', async () => {
    const dir = temp();
    buildRepo(dir, {
      git: true,
      files: {
        'composer.json': '{"require":{"laravel/framework":"^11.0"}}\n',
        'config/session.php': "<?php\nreturn [\n    'cookie' => env(\n        'SESSION_COOKIE',\n        'app_session'\n    ),\n    'name' => env('APP_NAME', 'x'),\n];\n",
        'app/Mail.php': "<?php\n// env('COMMENTED_OUT')\n$k = getenv('MAIL_KEY');\n",
      },
    });
    const { reads } = await envFacts(new RepositoryFacts(new WorkingTreeSource(dir)));
    const seen = [...reads].map(([name, list]) => [name, list.map((r) => `${r.file}:${r.line}:${r.hasDefault}`)]);
    expect(seen.sort()).toEqual([
      ['APP_NAME', ['config/session.php:7:true']],
      ['MAIL_KEY', ['app/Mail.php:3:false']],
      ['SESSION_COOKIE', ['config/session.php:3:true']],
    ]);
  });
});
