import type { MarkdownDocument, Section } from './markdown.js';

/** The README a framework generator writes (Nest, Rails, Laravel, Next.js, Create React App), unmodified. */
export const TEMPLATE_README = /(Nest(\]\([^)]*\))? framework TypeScript starter repository|This README would normally document whatever steps are necessary|<p align="center"><a href="https:\/\/laravel\.com"|This is a \[Next\.js\]\(https:\/\/nextjs\.org\) project bootstrapped with|bootstrapped with \[Create React App\])/;

/** Heading dictionary (signals §4.2): exact titles first, then the keyword anywhere in the heading. */
export const SECTION_PATTERNS = {
  setup: {
    exact: /^(install(ation|ing)?|setup|set ?up|getting started|get started|quick ?start|local (development|setup)|development|running (it )?locally|run(ning)?( the (app|application|project|server|api))?( locally)?|how to run|build( (&|and) run)?|prerequisites|requirements|local environment|usage)$/,
    // Also the common words of Portuguese, Spanish, French, German and Russian READMEs.
    keyword: /\b(install\w*|setup|set up|getting started|quick ?start|run(ning)?|local dev\w*|how to (run|start|use)|development)\b|(^|\s)(instala(ção|cao|ción|cion|tion)|como (rodar|executar|ejecutar|usar)|executando|ejecución|ejecutar|rodando|lancement|démarrage|ausführen|einrichtung|запуск\S*|установк\S*)(\s|$)/,
  },
  testing: {
    exact: /^(test(s|ing)?|running (the )?tests|how to test|test(ing)? strategy|quality|coverage)$/,
    keyword: /\btest(s|ing)?\b/,
  },
  environment: {
    exact: /^(env(ironment)?( variables| vars)?|configuration|config|settings|\.env|secrets)$/,
    keyword: /\b(environment|env vars?|\.env|configuration|config)\b/,
  },
  architecture: {
    exact: /^(architecture|structure|system (design|architecture|overview)|design|high[- ]level (design|architecture)|how it works|project (structure|layout|architecture)|folder structure|directory (structure|layout)|code (structure|organi[sz]ation)|components|modules|layers|data ?model|database (schema|design)|erd|domain model|diagrams?|tech(nology|nical)? stack|stack|built with|technolog(y|ies)( used)?)$/,
    // A bare "structure" is any step ("create the structure and load test data"): say whose.
    keyword: /\b(architecture|system design|design overview|(project|folder|directory|code|application|app|repo(sitory)?|source|module|file|model|data) structure|structure of the (project|code|app(lication)?)|diagram|data ?model|schema|erd|how it works|tech stack)\b/,
  },
  api: {
    exact: /^(api( reference| docs| documentation| endpoints| overview| usage| routes)?|endpoints|routes|rest api|graphql( api)?|swagger|openapi|available endpoints)$/,
    keyword: /\b(api|endpoints?|routes|swagger|openapi|graphql)\b/,
  },
  tradeoffs: {
    exact: /^(trade[- ]?offs?|design (decisions|choices|considerations|notes)|(technical |key )?decisions|architecture decisions?( records?)?|adrs?|rationale|why (?!(do|does|did|am|is|are|was|were|can|cannot|can't|won't|doesn't|don't|isn't|aren't|should i|my)\b).+|alternatives( considered)?|limitations|known (issues|limitations)|caveats|lessons learned|what i('d| would) (do|change) differently|failure (modes|scenarios|handling)|resilien(ce|cy)|fault tolerance|reliability|edge cases|what happens (if|when) .+|retries|idempotency|graceful (degradation|shutdown)|disaster recovery|scal(ing|ability)|bottlenecks|consistency)$/,
    keyword: /\b(trade[- ]?offs?|decisions?|adrs?|limitations|caveats|failure|resilien\w+|fault tolerance|scalability|scaling|bottlenecks?|alternatives)\b/,
  },
  roadmap: {
    exact: /^(roadmap|future (work|improvements|plans|enhancements|considerations)( and \w+)?|improvements|next steps|todo|to do|planned features)$/,
    keyword: /\b(roadmap|future (work|improvements)|next steps)\b/,
  },
  deployment: {
    exact: /^(deploy(ment|ing)?|production|hosting|live( demo| site| url| version)?|demo|ci ?\/ ?cd|release)$/,
    keyword: /\b(deploy\w*|production|hosting|live demo)\b/,
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
const SLUG = /^[\w.]+(?:[-_][\w.]+)+$/;

export function findSections(docs: readonly MarkdownDocument[], kind: SectionKind): SectionMatch[] {
  const { exact, keyword } = SECTION_PATTERNS[kind];
  const matches: SectionMatch[] = [];
  for (const doc of docs) {
    // The document's title names the project ("Notes API", "Test Runner"), not a section's topic.
    const title = doc.sections.find((s) => s.depth === 1);
    for (const section of doc.sections) {
      if (!section.normalized) continue;
      if (exact.test(section.normalized)) matches.push({ doc, section, strength: 'exact' });
      // A repository slug as a heading (`## go-todo-api`) is a name, whatever words it contains.
      else if (section !== title && !SLUG.test(section.title.trim()) && keyword.test(section.normalized)) matches.push({ doc, section, strength: 'keyword' });
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
    .map((l) => stripComment(l.replace(/^\s*(\$|>|PS [^>]*>|%)\s+/, '')).trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** A line without its trailing shell comment (` # …` outside quotes). */
export function stripComment(line: string): string {
  for (const i of unquoted(line)) if (line[i] === '#' && i > 0 && /\s/.test(line[i - 1]!)) return line.slice(0, i);
  return line;
}

/** The positions of a shell line's characters outside single and double quotes (the quotes left out). */
export function* unquoted(line: string): Generator<number> {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else {
      yield i;
    }
  }
}

/** Fenced blocks of a diagram language GitHub renders or a diagram tool reads (signals §4.4). */
export function isDiagramBlock(block: { lang: string | null; value: string }): boolean {
  return /^(mermaid|plantuml|puml|c4plantuml|dot|graphviz|d2|structurizr)$/.test(block.lang ?? '') || /@startuml|C4Context|System_Boundary/.test(block.value);
}

/** A fenced directory tree (├── / └──): the project layout, explained. */
export function isTreeBlock(block: { value: string }): boolean {
  return (block.value.match(/[├└]──/g)?.length ?? 0) >= 3;
}

/** 1-based file lines of a code block's content, paired with the text of each line. */
export function blockLines(block: { value: string; line: number }): { line: number; text: string }[] {
  return block.value.split(/\r?\n/).map((text, i) => ({ line: block.line + 1 + i, text }));
}

/** A section with something in it: a paragraph or two, a list, or a code block (signals §4.2). */
export function hasContent(section: { text: string; code: unknown[] }): boolean {
  // List items are joined without spaces in the plain text, so length counts as well as words.
  return section.code.length > 0 || (section.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 15 || section.text.trim().length >= 80;
}

/** A template to copy (docs/adr/template.md, adr-template.md): it records no decision of its own. */
export function isDocTemplate(path: string): boolean {
  return /(^|\/)([\w-]*[-_])?template(s)?([-_.][\w-]*)?\.md$/i.test(path);
}
