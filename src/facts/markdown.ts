import type { Code, Heading, Image, Link, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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
}

export interface MarkdownDocument {
  path: string;
  sections: Section[];
  code: CodeBlock[];
  links: MarkdownLink[];
  wordCount: number;
  text: string;
}

const parser = unified().use(remarkParse);

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

/** Parses Markdown once into sections; a section spans until the next heading of equal or lower depth. */
export function parseMarkdown(path: string, text: string): MarkdownDocument {
  const tree = parser.parse(text) as Root;
  const sections: Section[] = [];
  const allCode: CodeBlock[] = [];
  const allLinks: MarkdownLink[] = [];

  type Open = { section: Section; parts: string[] };
  const open: Open[] = [];
  const preamble: Open = {
    section: { title: '', normalized: '', depth: 0, line: 1, text: '', code: [], links: [] },
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
        section: { title, normalized: normalizeHeading(title), depth: heading.depth, line: heading.line, text: '', code: [], links: [] },
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
    collect(node, code, links);
    allCode.push(...code);
    allLinks.push(...links);
    for (const o of open) {
      if (plain) o.parts.push(plain);
      if (node.type === 'code') o.parts.push((node as Code).value);
      o.section.code.push(...code);
      o.section.links.push(...links);
    }
  };
  const close = (o: Open) => {
    o.section.text = o.parts.join('\n');
  };
  for (const node of tree.children) visit(node);
  while (open.length) close(open.pop()!);

  const plain = sections.map((s) => (s.depth <= 1 ? s.text : '')).join('\n');
  const words = blockTexts(tree).join('\n').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return { path, sections, code: allCode, links: allLinks, wordCount: words, text: plain };
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

function collect(node: Nodes, code: CodeBlock[], links: MarkdownLink[]): void {
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
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, code, links);
}
