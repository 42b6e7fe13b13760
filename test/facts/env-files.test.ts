import { describe, expect, it } from 'vitest';
import { classifyEnvEntry } from '../../src/facts/env-files.js';

const classify = (key: string, value: string) => classifyEnvEntry({ key, value, line: 1 });

describe('env file entries', () => {
  it('says why a value looks like a real secret', () => {
    expect(classify('ANYTHING', 'ghp_' + 'a'.repeat(36)).secret).toBe('token');
    expect(classify('DATABASE_URL', 'postgres://app:s3cretPass@db.example.com/app').secret).toBe('url-password');
    expect(classify('JWT_SECRET', 'f9a8d7c6b5a4').secret).toBe('secret-name');
  });

  it('leaves placeholders, local URLs and short values unclassified', () => {
    expect(classify('JWT_SECRET', 'changeme').secret).toBeUndefined();
    expect(classify('DATABASE_URL', 'postgres://postgres:changethis@db/app').secret).toBeUndefined();
    expect(classify('DATABASE_URL', 'postgres://user:pw12345678@localhost:5432/app').secret).toBeUndefined();
    expect(classify('API_KEY', 'short').secret).toBeUndefined();
  });

  it("leaves a vendor prefix with filler unclassified, as a test env file's fakes (sahat/hackathon-starter's test/.env.test)", () => {
    for (const [key, value] of [['HUGGINGFACE_KEY', 'hf_' + 'x'.repeat(39)], ['OPENAI_API_KEY', 'sk-' + 'x'.repeat(44)], ['STRIPE_SKEY', 'sk_test_testkey1234567890'], ['STRIPE_PKEY', 'pk_test_testkey1234567890']]) {
      const entry = classify(key!, value!);
      expect(entry.secret, value).toBeUndefined();
      expect(entry.token, value).toBe(false);
    }
    // Typed words without a test marker still look like a password someone uses.
    expect(classify('DB_PASSWORD', 'admin_Summer2024').secret).toBe('secret-name');
    expect(classify('HUGGINGFACE_KEY', 'hf_' + 'aZ3kQ9'.repeat(6)).secret).toBe('secret-name');
  });

  it('flags a token format apart from the key-name heuristic, for templates', () => {
    expect(classify('STRIPE_KEY', 'sk_live_' + 'x1'.repeat(8)).token).toBe(true);
    expect(classify('STRIPE_KEY', 'your-stripe-key-here').token).toBe(false);
  });
});
