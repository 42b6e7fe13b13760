/**
 * Regular expressions over repository text must take linear time: each detector that sees a whole
 * line is run on adversarial lines of 100,000 characters (25× the 4,096-character cap the secret
 * scans apply). A quadratic pattern takes minutes here (the env-read fallback pattern took 81 s on
 * the spaces line before `\s*\)?\s*` was restructured, 113 s on repeated keywords before `\w*KEY\w*` was); the test's own timeout is the generous bound.
 */
import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/facts/env.js';
import { markdownBudget, normalizeHeading, parseMarkdown } from '../../src/facts/markdown.js';
import { detectSecrets } from '../../src/facts/secret-patterns.js';
import { displayValue, safeMessage } from '../../src/util.js';

const N = 100_000;
const spaces = ' '.repeat(N);
const ADVERSARIAL: Record<string, string> = {
  'blank run': `a${spaces}b`,
  'env read, blanks before ||': `process.env.JWT_SECRET${spaces}||`,
  'env read, blanks after ||': `process.env.JWT_SECRET ||${spaces}x`,
  'getenv, blanks': `os.getenv("SECRET_KEY"${spaces})`,
  'key = blanks': `SECRET_KEY${spaces}=`,
  'secret: blanks': `secret${spaces}:`,
  'jwt.sign, no comma': `jwt.sign(${'a'.repeat(N)}`,
  'jwt.sign, blanks, open quote': `jwt.sign(x,${spaces}'`,
  'JWT.encode, quotes': `JWT.encode(${"'a".repeat(N / 2)}`,
  'db url, colons': `postgres://${'a:'.repeat(N / 2)}`,
  'db url, no host': `postgres://u:${'p'.repeat(N)}@`,
  '[]byte, blanks': `jwtSecret${spaces}:=`,
  'property path': `jwt.${'a.'.repeat(N / 2)}secret`,
  'token-like letters': `ghp_${'a'.repeat(N)}`,
  'slack dashes': `xoxb-${'-'.repeat(N)}`,
  'env name': `export ${'A'.repeat(N)}SECRET`,
  'env name, blanks': `API_TOKEN${spaces}= ${"'".repeat(10)}`,
  'repeated keywords': `process.env.${'JWT_SECRET'.repeat(N / 10)}`,
  quotes: `"${'"'.repeat(N)}`,
};

describe('detectors run in linear time on adversarial lines', () => {
  for (const [name, line] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      for (const path of ['src/app.js', 'app.py', '.env', 'src/main/resources/application.yml']) expect(Array.isArray(detectSecrets(line, path))).toBe(true);
      expect(Array.isArray(parseDotenv(line))).toBe(true);
      expect(typeof normalizeHeading(line)).toBe('string');
      markdownBudget(line);
      expect(displayValue(line).length).toBeLessThan(100);
      expect(safeMessage(`"${line}"`).length).toBeLessThan(1100);
    });
  }

  it('still finds a secret after the restructured env-read pattern', () => {
    expect(detectSecrets(`const secret = process.env.JWT_SECRET || 'hunter2-very-secret'`, 'src/app.js').map((s) => s.value)).toContain('hunter2-very-secret');
    expect(detectSecrets(`key = os.getenv("SECRET_KEY") or "x"`, 'app.py')).toEqual([]);
    expect(detectSecrets(`jwt_key = ENV.fetch("JWT_SECRET") , 'abcdefgh1'`, 'app.rb').map((s) => s.value)).toEqual(['abcdefgh1']);
  });

  it('parses a README with a long blank line and long words without a budget finding', () => {
    const doc = parseMarkdown('README.md', `# Title\n\n${'word '.repeat(20_000)}\n\n${spaces}\n\n${'*'.repeat(10_000)}\n`);
    expect(doc.unread).toBeUndefined();
    expect(doc.sections.map((s) => s.title)).toContain('Title');
  });
});
