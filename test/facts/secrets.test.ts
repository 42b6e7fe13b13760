import { describe, expect, it } from 'vitest';
import { detectSecrets, SECRET_HINT, secretsInText } from '../../src/facts/secret-patterns.js';

/** The plain reading: every line of the file tested with SECRET_HINT, then matched. */
function everyLine(path: string, text: string) {
  return text.split(/\r?\n/).flatMap((line, i) => (line.length > 4096 || !SECRET_HINT.test(line) ? [] : detectSecrets(line, path).map((s) => ({ ...s, file: path, line: i + 1 }))));
}

describe('secrets in a file', () => {
  const key = 'AKIA' + 'Q3EGRTYSKU2XMPLE';
  const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
  const files: Record<string, string> = {
    'src/config.js': `// café ☕ — réglages\r\nconst aws = '${key}';\r\n\r\nconst jwtSecret = 'n0tAw0rd-Zq81xKp';\r\nmodule.exports = { aws };`,
    'src/settings.py': `# 设置\nSECRET_KEY = "k8#p2!zq@w9x&v7"\nGITHUB = "${token}"\nx = 1\n${'a'.repeat(5000)} ${token}\nDB_PASSWORD\n= "s3cr3t-Passw0rd"\n`,
    'src/app.go': `package main\n\nvar signingKey = []byte("Hx9!kq2LmZ0pT4vW")\n`,
    'src/empty.ts': 'export const nothing = 1;\n',
  };

  it('finds the same secrets on the same lines as testing every line, multi-byte text and CRLF included', () => {
    let found = 0;
    for (const [path, text] of Object.entries(files)) {
      const secrets = secretsInText(path, text);
      expect(secrets).toEqual(everyLine(path, text));
      found += secrets.length;
    }
    expect(found).toBeGreaterThanOrEqual(5);
    expect(secretsInText('src/config.js', files['src/config.js']!).map((s) => [s.kind, s.line])).toEqual([
      ['cloud-token', 2],
      ['jwt-secret', 4],
    ]);
  });
});
