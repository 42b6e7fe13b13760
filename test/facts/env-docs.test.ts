import { describe, expect, it } from 'vitest';
import { envDocumentation } from '../../src/facts/env-docs.js';
import { factsOf } from '../helpers/facts.js';

describe('environment variable documentation', () => {
  it('takes names from the templates and words in the README, and a plain .env is no template', async () => {
    const docs = await envDocumentation(
      factsOf({
        'server.js': 'const port = process.env.PORT;\nconst db = process.env.DATABASE_URL;\nconst key = process.env.API_KEY;\n',
        '.env': 'PORT=3000\n',
        '.env.example': 'DATABASE_URL=\n',
        'README.md': '# x\n\nSet `API_KEY` to your key.\n',
      }),
    );
    expect([...docs.reads.keys()].sort()).toEqual(['API_KEY', 'DATABASE_URL', 'PORT']);
    expect(docs.template?.path).toBe('.env.example');
    expect([...docs.listed].sort()).toEqual(['DATABASE_URL', 'PORT']);
    expect(['API_KEY', 'DATABASE_URL', 'PORT', 'SECRET'].map(docs.documented)).toEqual([true, true, true, false]);
  });
});
