/**
 * A rule's Markdown doc rendered for a terminal (`portfolio-check explain RULE`): headings, emphasis,
 * code, lists, tables and links as text a person reads in a console, not as Markdown source.
 *
 * Parsing is remark's (with GFM for the docs' tables); only the mapping from the syntax tree to
 * terminal text is ours, because the npm renderers for terminals bring a colour library and a
 * syntax highlighter of their own, while `node:util` styleText already covers what is needed here.
 */
import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { paint } from '../report/style.js';

export interface TerminalMarkdownOptions {
  color: boolean;
  /** Wrap paragraphs at this many columns. */
  width?: number;
}

/** Renders Markdown for a terminal; every block ends with a newline. */
export function renderMarkdownForTerminal(markdown: string, { color, width = 80 }: TerminalMarkdownOptions): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const c = { bold: paint('bold', color), dim: paint('dim', color), italic: paint('italic', color), underline: paint('underline', color), cyan: paint('cyan', color) };

  const inline = (nodes: readonly PhrasingContent[]): string => nodes.map(phrase).join('');
  const phrase = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
        // A soft line break in the source is a space: paragraphs are re-wrapped to the terminal.
        return node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
      case 'strong':
        return c.bold(inline(node.children));
      case 'emphasis':
        return c.italic(inline(node.children));
      case 'delete':
        return inline(node.children);
      case 'inlineCode':
        return c.cyan(node.value);
      case 'break':
        return '\n';
      case 'link': {
        const text = inline(node.children);
        // A relative link to another rule's doc: `explain` is how to read it here.
        const rule = /^([a-z0-9-]+)\.md$/.exec(node.url);
        if (rule) return `${text} ${c.dim(`(portfolio-check explain ${rule[1]})`)}`;
        return text === node.url ? c.underline(text) : `${text} ${c.dim(`(${node.url})`)}`;
      }
      case 'image':
        return node.alt ?? '';
      case 'html':
        return node.value;
      default:
        return 'children' in node ? inline(node.children as PhrasingContent[]) : 'value' in node ? String(node.value) : '';
    }
  };

  const block = (node: RootContent | Nodes, indent: string): string[] => {
    switch (node.type) {
      case 'heading': {
        const text = inline(node.children);
        return node.depth === 1 ? [c.bold(c.underline(text)), ''] : [c.bold(text), ''];
      }
      case 'paragraph':
        return [...wrap(inline(node.children), width - indent.length).map((line) => indent + line), ''];
      case 'code':
        return [...node.value.split('\n').map((line) => `${indent}    ${c.cyan(line)}`), ''];
      case 'blockquote':
        return node.children.flatMap((child) => block(child, `${indent}│ `));
      case 'list':
        return [...list(node, indent), ''];
      case 'table':
        return [...table(node, indent), ''];
      case 'thematicBreak':
        return [c.dim('─'.repeat(Math.min(width, 40))), ''];
      case 'html':
        return [];
      default:
        return 'children' in node ? (node.children as RootContent[]).flatMap((child) => block(child, indent)) : [];
    }
  };

  const list = (node: List, indent: string): string[] =>
    node.children.flatMap((item: ListItem, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '• ';
      const inner = item.children.flatMap((child) => block(child, `${indent}${' '.repeat(marker.length)}`)).filter((line, j, all) => line !== '' || j < all.length - 1);
      const first = inner.findIndex((line) => line.trim() !== '');
      if (first >= 0) inner[first] = `${indent}${marker}${inner[first]!.slice(indent.length + marker.length)}`;
      // Tight lists keep their items together.
      return node.spread ? inner : inner.filter((line) => line !== '');
    });

  /** A table row by row: the first cell as a heading, the others as "column: value". */
  const table = (node: Table, indent: string): string[] => {
    const [head, ...rows] = node.children;
    const titles = head ? head.children.map((cell) => inline(cell.children)) : [];
    return rows.flatMap((row) => {
      const cells = row.children.map((cell) => inline(cell.children));
      const rest = cells.slice(1).flatMap((cell, i) => wrap(`${c.dim(`${titles[i + 1] ?? ''}:`)} ${cell}`, width - indent.length - 4).map((line, j) => `${indent}${j === 0 ? '  ' : '    '}${line}`));
      return [`${indent}• ${c.bold(cells[0] ?? '')}`, ...rest];
    });
  };

  const lines = tree.children.flatMap((node) => block(node, ''));
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** Visible width of a string (escape codes do not count). */
const visible = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').length;

/** Wraps text at spaces to `width` visible columns; keeps explicit line breaks. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraphLine of text.split('\n')) {
    let line = '';
    for (const word of paragraphLine.split(/ +/)) {
      if (line && visible(line) + 1 + visible(word) > width) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
  }
  return out;
}
