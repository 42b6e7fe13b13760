import { defineRule } from '../src/engine/define-rule.js';
import { readmeTemplate } from '../src/facts/readme-content.js';

export default defineRule({
  meta: {
    id: 'readme-present',
    category: 'documentation',
    title: 'README explains the project',
    rationale:
      'The README is the first thing a reviewer opens; without one (or with the generator\'s template) they cannot tell what the project does or how to try it.',
    fix: 'Add a README.md at the root: what the project does, how to run it, how it is built.',
    level: 'error',
    kind: 'evidence',
    weight: 2,
    stage: 6,
    options: {
      minWords: { type: 'number', default: 150, description: 'Words below which a README counts as a stub.' },
    },
  },
  async check({ facts, options }) {
    const readme = await facts.readme();
    if (!readme) {
      return { outcome: 'fail', summary: 'No README at the root, in .github/ or in docs/.', findings: [{ message: 'No README file found.' }] };
    }
    // A document past the Markdown parsing budget is judged on the part that was read, and says so.
    const unread = readme.unread
      ? [{ message: `${readme.path} is too large or too deeply nested to read past line ${readme.unread.line}: ${readme.unread.reason}; the rest was not read.`, file: readme.path, line: readme.unread.line, fix: 'Keep the README to plain Markdown: shallow quotes and lists, short emphasis, under 512 KiB.' }]
      : [];
    if ((await readmeTemplate(facts)).written) {
      return {
        outcome: 'partial',
        score: 0.25,
        summary: `${readme.path} is the framework generator's template README.`,
        findings: [{ message: 'The README is the unmodified template a framework generator wrote.', file: readme.path, line: 1, fix: 'Replace the template text with your own: the problem, how to run it, the design.' }, ...unread],
      };
    }
    const minWords = Number(options.minWords);
    if (readme.wordCount < minWords) {
      return {
        outcome: 'partial',
        score: Math.max(0.2, readme.wordCount / minWords),
        summary: `${readme.path} has ${readme.wordCount} words — a stub.`,
        findings: [{ message: `The README has only ${readme.wordCount} words (at least ${minWords} expected).`, file: readme.path, line: 1, fix: 'Describe what the project does, its features, and how to run and test it.' }, ...unread],
      };
    }
    return { outcome: 'pass', summary: `${readme.path} (${readme.wordCount} words).`, ...(unread.length ? { findings: unread } : {}) };
  },
});
