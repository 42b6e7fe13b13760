import type { MarkdownDocument, Section } from './markdown.js';

/** Heading dictionary (signals §4.2): exact titles first, then the keyword anywhere in the heading. */
export const SECTION_PATTERNS = {
  setup: {
    exact: /^(install(ation|ing)?|setup|set ?up|getting started|get started|quick ?start|local (development|setup)|development|running (it )?locally|run(ning)?( the (app|application|project|server|api))?( locally)?|how to run|build( (&|and) run)?|prerequisites|requirements|local environment|usage)$/,
    keyword: /\b(install\w*|setup|set up|getting started|quick ?start|run(ning)?|local dev\w*|how to (run|start|use)|development)\b/,
  },
  testing: {
    exact: /^(test(s|ing)?|running (the )?tests|how to test|test(ing)? strategy|quality|coverage)$/,
    keyword: /\btest(s|ing)?\b/,
  },
  environment: {
    exact: /^(env(ironment)?( variables| vars)?|configuration|config|settings|\.env|secrets)$/,
    keyword: /\b(environment|env vars?|\.env|configuration|config)\b/,
  },
} as const;

export type SectionKind = keyof typeof SECTION_PATTERNS;

export interface SectionMatch {
  doc: MarkdownDocument;
  section: Section;
  /** 'exact' title match, or 'keyword' (one strength level lower). */
  strength: 'exact' | 'keyword';
}

/** Sections of the given kind across documents, exact matches first. */
export function findSections(docs: readonly MarkdownDocument[], kind: SectionKind): SectionMatch[] {
  const { exact, keyword } = SECTION_PATTERNS[kind];
  const matches: SectionMatch[] = [];
  for (const doc of docs) {
    for (const section of doc.sections) {
      if (!section.normalized) continue;
      if (exact.test(section.normalized)) matches.push({ doc, section, strength: 'exact' });
      else if (keyword.test(section.normalized)) matches.push({ doc, section, strength: 'keyword' });
    }
  }
  return matches.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'exact' ? -1 : 1));
}

/** Shell-like fenced blocks: bash/sh/console/… or an untagged block (signals §4.3). */
export function isShellBlock(lang: string | null): boolean {
  return lang === null || /^(bash|sh|shell|console|zsh|fish|powershell|ps1|pwsh|cmd|bat|terminal|shellsession|text|txt|make|makefile|dockerfile)$/.test(lang);
}

/** Lines of a shell block with prompts and comments stripped. */
export function shellLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\$|>|PS [^>]*>|%)\s+/, '').trim())
    .filter((l) => l && !l.startsWith('#'));
}
