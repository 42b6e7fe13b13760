import { defineRule } from '../src/engine/define-rule.js';
import { authEvidence, declaredKdf, mentionsPasswords } from '../src/facts/auth.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import type { Finding } from '../src/types.js';


export default defineRule({
  meta: {
    id: 'password-hashing',
    category: 'security',
    title: 'Passwords are hashed with a slow KDF',
    rationale: 'Stored passwords must be hashed with bcrypt, argon2, scrypt or PBKDF2; MD5/SHA-1 or plain comparisons are the first thing a security-minded reviewer greps for.',
    fix: 'Hash with bcrypt or argon2 (or the framework default: Django/Laravel/ASP.NET Identity/Devise/Spring PasswordEncoder) and compare with the library\'s verify function.',
    level: 'error',
    kind: 'evidence',
    weight: 4,
    stage: 5,
  },
  async check({ facts }) {
    const [auth, scan] = await Promise.all([authEvidence(facts), codeScan(facts)]);
    const kdf = signalHits(scan, ['kdf'], 3);
    const weak = signalHits(scan, ['weak-hash', 'plain-compare'], 10);
    const defects: Finding[] = weak.map(({ id, hit }) => ({
      message: id === 'plain-compare' ? 'Password compared or stored in plain text.' : 'A fast digest (MD5/SHA) is applied to a password.',
      file: hit.file,
      line: hit.line,
      fix: id === 'plain-compare' ? 'Store a bcrypt/argon2 hash and check it with the library\'s compare/verify function.' : 'Replace the digest with bcrypt or argon2 (they salt and are deliberately slow).',
    }));
    const uses: Finding[] = kdf.map(({ hit }) => ({ message: 'Password hashing with a KDF or the framework hasher.', file: hit.file, line: hit.line }));
    // A KDF with no login and no password field in the code hashes something else (a verification token).
    const noPasswords = auth.used.length === 0 && defects.length === 0 && !(await mentionsPasswords(facts));
    if (noPasswords && kdf.length > 0) {
      return { outcome: 'not-applicable', summary: `A KDF is used (${kdf[0]!.hit.file}:${kdf[0]!.hit.line}), but the code has no login and no password field: no passwords to hash.` };
    }
    if (defects.length > 0) {
      return {
        outcome: kdf.length > 0 ? 'partial' : 'fail',
        ...(kdf.length > 0 ? { score: 0.3 } : {}),
        summary: `${defects.length} place(s) handle passwords unsafely${kdf.length > 0 ? ', next to proper hashing elsewhere' : ''}.`,
        findings: [...defects, ...uses],
      };
    }
    if (kdf.length > 0) return { outcome: 'pass', summary: `Passwords are hashed (${kdf[0]!.hit.file}:${kdf[0]!.hit.line}).`, findings: uses };
    const declared = await declaredKdf(facts);
    if (declared) {
      return { outcome: 'partial', score: 0.5, summary: `${declared.name} is declared, but no code hashes passwords with it.`, findings: [{ message: `${declared.name} is a dependency but is never called.`, file: declared.manifest, ...(declared.line ? { line: declared.line } : {}) }] };
    }
    if (auth.used.length === 0) return { outcome: 'not-applicable', summary: 'No authentication code, so no passwords to hash.' };
    if ((scan.counts.get('plain-compare') ?? 0) === 0 && !(await mentionsPasswords(facts))) {
      return { outcome: 'not-applicable', summary: 'Authentication without local passwords (tokens or an external identity provider).' };
    }
    return { outcome: 'fail', summary: 'Users log in with passwords, but no password hashing was found.', findings: [{ message: 'No bcrypt/argon2/scrypt/PBKDF2 call or framework hasher in the code that handles passwords.' }] };
  },
});
