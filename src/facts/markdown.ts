import type { Code, Heading, Image, Link, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseTree } from './markdown-tree.js';

export interface CodeBlock {
  lang: string | null;
  value: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export interface MarkdownLink {
  url: string;
  text: string;
  line: number;
  image: boolean;
}

export interface Section {
  /** Heading text as written ('' for the part before the first heading). */
  title: string;
  /** Lower-cased heading with emoji, numbering and punctuation removed. */
  normalized: string;
  depth: number;
  line: number;
  /** Plain text of the section body (headings of subsections included). */
  text: string;
  code: CodeBlock[];
  links: MarkdownLink[];
  /**
   * Commands written in the prose rather than a fenced block: inline code spans (`npm i`) and lines
   * typed after a `$ ` prompt in a paragraph or list item ("1. $ bundle install").
   */
  inline?: InlineCommand[];
}

/** A command in the prose of a section, with its line. */
export interface InlineCommand {
  /** `span`: inline code (may be a mere mention); `line`: a prose line that is only a command. */
  kind: 'span' | 'line';
  value: string;
  line: number;
}

export interface MarkdownDocument {
  path: string;
  /**
   * Set when the document went past the parsing budget (MARKDOWN_LIMITS): only the part before
   * `line` was parsed, and `reason` says why the rest was not read.
   */
  unread?: { line: number; reason: string };
  sections: Section[];
  code: CodeBlock[];
  links: MarkdownLink[];
  wordCount: number;
  text: string;
}

/** Normalises a heading for synonym matching: "🚀 2. Getting Started!" → "getting started". */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^\s*(\d+[.)]\s*)+/, '')
    .replace(/[^\p{L}\p{N}\s./+#-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a Markdown document may hold before parsing stops. Markdown parsers are fast on real
 * documents but can be super-linear on crafted ones (100,000 nested `>`, a 50,000-character `*` run,
 * thousands of nested list markers, thousands of unclosed brackets in one paragraph), so a linear
 * pre-scan finds the first line past these limits and only the text before it is parsed.
 */
export const MARKDOWN_LIMITS = {
  /** Characters parsed at most. */
  maxChars: 512 * 1024,
  /** Block quotes and list items nested on one line. */
  maxDepth: 16,
  /** Characters in one run of `*` or `_` (a line that is only the run, a thematic break, is fine). */
  maxDelimiterRun: 64,
  /** Inline openers (`*`/`_` runs, `[`, `` ` `` runs, `<`) in one paragraph. */
  maxInlineOpeners: 5000,
} as const;

/** The first line past MARKDOWN_LIMITS, with the reason, or undefined. One pass, no regex. */
export function markdownBudget(text: string): { line: number; offset: number; reason: string } | undefined {
  const limits = MARKDOWN_LIMITS;
  let offset = 0;
  let line = 1;
  let fence: { marker: string; quotes: number; column: number } | undefined;
  let openers = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    if (end > limits.maxChars) return { line, offset: Math.max(offset, limits.maxChars), reason: `it is longer than ${limits.maxChars / 1024} KiB, the most that is read` };
    const scan = scanLine(text, offset, end);
    // A fence also ends with its container: a line with fewer `>` or less indentation than its opener.
    if (fence && !scan.blank && (scan.quotes < fence.quotes || scan.column < fence.column)) fence = undefined;
    if (fence) {
      if (scan.fence && scan.fence[0] === fence.marker[0] && scan.fence.length >= fence.marker.length) fence = undefined;
      if (scan.depth > limits.maxDepth) return { line, offset, reason: `block quotes or lists are nested more than ${limits.maxDepth} levels deep` };
    } else if (scan.fence) {
      fence = { marker: scan.fence, quotes: scan.quotes, column: scan.column };
      openers = 0;
    } else {
      if (scan.depth > limits.maxDepth) return { line, offset, reason: `block quotes or lists are nested more than ${limits.maxDepth} levels deep` };
      if (scan.longestRun > limits.maxDelimiterRun && !scan.onlyRun) return { line, offset, reason: `it has a run of more than ${limits.maxDelimiterRun} * or _ characters` };
      openers = scan.blank || scan.startsBlock ? scan.openers : openers + scan.openers;
      if (openers > limits.maxInlineOpeners) return { line, offset, reason: `one paragraph has more than ${limits.maxInlineOpeners} emphasis, link or code markers` };
    }
    offset = end + 1;
    line++;
  }
  return undefined;
}

function isListMarkerAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 === end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) return 1;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j > i && j < end && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x29) && (j + 1 === end || text.charCodeAt(j + 1) === 0x20)) return j - i + 1;
  return 0;
}

/** One line's container depth, emphasis runs and inline openers. */
function scanLine(text: string, start: number, end: number): { depth: number; quotes: number; column: number; longestRun: number; onlyRun: boolean; openers: number; blank: boolean; startsBlock: boolean; fence: string } {
  // The container prefix: spaces, `>` and list markers.
  let i = start;
  let depth = 0;
  let spaces = 0;
  let markers = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (i >= end) break;
    if (c === 0x20) {
      spaces++;
      i++;
    } else if (c === 0x09) {
      spaces += 4;
      i++;
    } else if (c === 0x3e) {
      depth++;
      i++;
    } else {
      const marker = isListMarkerAt(text, i, end);
      if (marker === 0) break;
      markers++;
      i += marker;
    }
  }
  const quotes = depth;
  // A list item's indentation nests it under the items above (two spaces a level, at least).
  if (markers > 0) depth += markers + Math.floor(spaces / 2);
  const blank = i >= end;
  const first = text.charCodeAt(i);
  let fence = '';
  if ((first === 0x60 || first === 0x7e) && text.charCodeAt(i + 1) === first && text.charCodeAt(i + 2) === first) {
    let j = i;
    while (j < end && text.charCodeAt(j) === first) j++;
    fence = text.slice(i, j);
  }
  const startsBlock = markers > 0 || first === 0x23 || first === 0x7c; // list item, heading, table row
  let longestRun = 0;
  // A line that is one character repeated (spaces aside) is a thematic break, parsed in linear time.
  let runChar = 0;
  let onlyRun = true;
  let openers = 0;
  for (let k = i; k < end; ) {
    const c = text.charCodeAt(k);
    if (c === 0x2a || c === 0x5f || c === 0x60) {
      let j = k;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (c !== 0x60 && j - k > longestRun) longestRun = j - k;
      if (runChar !== 0 && runChar !== c) onlyRun = false;
      runChar = c;
      openers++;
      k = j;
      continue;
    }
    if (c === 0x5b || c === 0x3c) openers++;
    if (c !== 0x20) onlyRun = false;
    k++;
  }
  return { depth, quotes, column: i - start - quotes, longestRun, onlyRun: onlyRun && longestRun > 0, openers, blank, startsBlock, fence };
}

/** Parses Markdown once into sections; a section spans until the next heading of equal or lower depth. */
export function parseMarkdown(path: string, text: string): MarkdownDocument {
  const budget = markdownBudget(text);
  const tree = parseTree(budget ? text.slice(0, budget.offset) : text);
  const sections: Section[] = [];
  const allCode: CodeBlock[] = [];
  const allLinks: MarkdownLink[] = [];

  type Open = { section: Section; parts: string[] };
  const open: Open[] = [];
  const preamble: Open = {
    section: { title: '', normalized: '', depth: 0, line: 1, text: '', code: [], links: [], inline: [] },
    parts: [],
  };
  sections.push(preamble.section);
  open.push(preamble);

  const visit = (node: RootContent) => {
    const heading = asHeading(node);
    if (heading) {
      const title = heading.title;
      while (open.length > 1 && open.at(-1)!.section.depth >= heading.depth) close(open.pop()!);
      const entry: Open = {
        section: { title, normalized: normalizeHeading(title), depth: heading.depth, line: heading.line, text: '', code: [], links: [], inline: [] },
        parts: [],
      };
      for (const o of open) o.parts.push(title);
      sections.push(entry.section);
      open.push(entry);
      return;
    }
    const plain = toString(node);
    const code: CodeBlock[] = [];
    const links: MarkdownLink[] = [];
    const inline: InlineCommand[] = [];
    collect(node, code, links, inline);
    allCode.push(...code);
    allLinks.push(...links);
    for (const o of open) {
      if (plain) o.parts.push(plain);
      if (node.type === 'code') o.parts.push((node as Code).value);
      o.section.code.push(...code);
      o.section.links.push(...links);
      o.section.inline!.push(...inline);
    }
  };
  const close = (o: Open) => {
    o.section.text = o.parts.join('\n');
  };
  for (const node of tree.children) visit(node);
  while (open.length) close(open.pop()!);

  const plain = sections.map((s) => (s.depth <= 1 ? s.text : '')).join('\n');
  const words = blockTexts(tree).join('\n').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return { path, ...(budget ? { unread: { line: budget.line, reason: budget.reason } } : {}), sections, code: allCode, links: allLinks, wordCount: words, text: plain };
}

/** The text of each leaf block: toString(tree) would glue "# Title" and "Intro" into one word. */
function blockTexts(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'html' || node.type === 'tableCell') {
    out.push(toString(node));
  } else if ('children' in node) {
    for (const child of node.children as Nodes[]) blockTexts(child, out);
  }
  return out;
}

/** ATX/Setext headings, and a paragraph that is only bold text ("**Setup**") as a pseudo-heading. */
function asHeading(node: RootContent): { title: string; depth: number; line: number } | undefined {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'heading') return { title: toString(node as Heading).trim(), depth: (node as Heading).depth, line };
  if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong') {
    const title = toString(node).trim();
    if (title.length > 0 && title.length <= 60 && !/[.!?]$/.test(title)) return { title, depth: 6, line };
  }
  return undefined;
}

/**
 * A prose line that is only a command: typed after a `$ ` prompt ("1. $ bundle install"), or starting
 * with a build tool or package manager and nothing else ("mvn clean compile spring-boot:run").
 */
const COMMAND_LINE = /^\s*(?:\$\s+(\S.*)|((?:npm|pnpm|yarn|pip3?|python3?|poetry|uv|pipenv|go|mvn|\.\/mvnw|mvnw|gradle|\.\/gradlew|gradlew|composer|php|dotnet|bundle|rails|rake|docker|docker-compose|flask|uvicorn|java|cargo)\s+[\w.:/=@-][^\s]*(?:\s+[^\s]+){0,8}))\s*$/;

function collect(node: Nodes, code: CodeBlock[], links: MarkdownLink[], inline: InlineCommand[] = []): void {
  if (node.type === 'inlineCode') {
    inline.push({ kind: 'span', value: node.value, line: node.position?.start.line ?? 1 });
    return;
  }
  if (node.type === 'text') {
    const first = node.position?.start.line ?? 1;
    node.value.split(/\r?\n/).forEach((text, i) => {
      const m = COMMAND_LINE.exec(text);
      if (m) inline.push({ kind: 'line', value: (m[1] ?? m[2]!).trim(), line: first + i });
    });
    return;
  }
  if (node.type === 'code') {
    code.push({ lang: node.lang ? node.lang.toLowerCase() : null, value: node.value, line: node.position?.start.line ?? 1 });
    return;
  }
  if (node.type === 'link' || node.type === 'image') {
    const n = node as Link | Image;
    links.push({
      url: n.url,
      text: node.type === 'image' ? ((n as Image).alt ?? '') : toString(n),
      line: n.position?.start.line ?? 1,
      image: node.type === 'image',
    });
  }
  if (node.type === 'html') {
    for (const m of node.value.matchAll(/<(a|img)\b[^>]*?\b(href|src)=["']([^"']+)["']/gi)) {
      links.push({ url: m[3]!, text: '', line: node.position?.start.line ?? 1, image: m[1]!.toLowerCase() === 'img' });
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, code, links, inline);
}
