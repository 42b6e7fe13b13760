import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/facts/markdown.js';

// The parser reads CommonMark the way the mdast syntax tree does (what the facts were written
// against): these pin the cases where a plain markdown-it token stream would read otherwise.
describe('parseMarkdown reads CommonMark as mdast does', () => {
  it('keeps the source line endings inside text, code and HTML', () => {
    const doc = parseMarkdown('README.md', '# App\r\n\r\nRun it\r\nwith `npm\r\nstart`\r\n\r\n```bash\r\nnpm ci\r\nnpm test\r\n```\r\n\r\n<div>\r\n<a href="docs/a.md">a</a>\r\n</div>\r\n');
    expect(doc.code).toEqual([{ lang: 'bash', value: 'npm ci\r\nnpm test', line: 7 }]);
    expect(doc.sections[1]!.text).toBe('Run it\r\nwith npm\r\nstart\nnpm ci\r\nnpm test\nnpm ci\r\nnpm test\n<div>\r\n<a href="docs/a.md">a</a>\r\n</div>');
    expect(doc.sections[1]!.inline).toEqual([{ kind: 'span', value: 'npm\r\nstart', line: 4 }]);
    expect(doc.links).toEqual([{ url: 'docs/a.md', text: '', line: 12, image: false }]);
  });

  it('gives every link, image, code span and prose command its own line', () => {
    const doc = parseMarkdown('README.md', 'Intro with [guide](docs/GUIDE.md) and\n![logo](logo.png "Logo") then <https://example.com>\nand `npm run dev`,\n1. $ npm start\n');
    expect(doc.links).toEqual([
      { url: 'docs/GUIDE.md', text: 'guide', line: 1, image: false },
      { url: 'logo.png', text: 'logo', line: 2, image: true },
      { url: 'https://example.com', text: 'https://example.com', line: 2, image: false },
    ]);
    expect(doc.sections[0]!.inline).toEqual([
      { kind: 'span', value: 'npm run dev', line: 3 },
      { kind: 'line', value: 'npm start', line: 4 },
    ]);
    expect(parseMarkdown('x.md', 'Steps:\n\n1. $ npm start\n').sections[0]!.inline).toEqual([{ kind: 'line', value: 'npm start', line: 3 }]);
  });

  it('keeps URLs as written and reference links apart from inline ones', () => {
    const doc = parseMarkdown('README.md', '[spaced](<docs/my guide.md>) [script](javascript:void(0)) [ref][r] ![badge][b]\n\n[r]: docs/REF.md\n[b]: https://img.example/b.svg\n');
    expect(doc.links.map((l) => l.url)).toEqual(['docs/my guide.md', 'javascript:void(0)']);
    expect(doc.sections[0]!.text).toBe('spaced script ref badge');
  });

  it('keeps line endings in code spans, and drops the indentation of a tag continued on the next line', () => {
    const doc = parseMarkdown('README.md', 'Use `git help\n<command>` or <img src="a.png"\n     alt="A">\n');
    expect(doc.sections[0]!.inline![0]!.value).toBe('git help\n<command>');
    expect(doc.sections[0]!.text).toBe('Use git help\n<command> or <img src="a.png"\n  alt="A">');
  });

  it('reads a list item that cannot interrupt a paragraph as text after indented code or a definition', () => {
    expect(parseMarkdown('x.md', '    code\n+\nnext\n').sections[0]!.text).toBe('code\ncode\n+\nnext');
    expect(parseMarkdown('x.md', '    code\n\n2. second\n').sections[0]!.text).toBe('code\ncode\n2. second');
    expect(parseMarkdown('x.md', '[a]: b\n-\nnext\n').sections[0]!.text).toBe('-\nnext');
    expect(parseMarkdown('x.md', '    code\n1. first\n').sections[0]!.text).toBe('code\ncode\nfirst');
  });

  it('reads indented lines right after a definition as a paragraph', () => {
    const doc = parseMarkdown('x.md', '[opt]::\n\tA description\n\tof the option.\n\n\tcode\n');
    expect(doc.code.map((c) => c.value)).toEqual(['code']);
    expect(doc.sections[0]!.text).toBe('A description\nof the option.\ncode\ncode');
  });

  it('keeps trailing indented blank lines of an indented code block, and drops a byte order mark', () => {
    expect(parseMarkdown('x.md', '    code\n\n    \n        \n').code[0]!.value).toBe('code\n\n\n    ');
    expect(parseMarkdown('x.md', '\ufeff# Title\n').sections[1]!.title).toBe('Title');
  });

  it('strips trailing tabs before a line break and merges text around escapes and entities', () => {
    expect(parseMarkdown('x.md', 'one \t\ntwo \\* &amp; three\n').sections[0]!.text).toBe('one\ntwo * & three');
  });
});
