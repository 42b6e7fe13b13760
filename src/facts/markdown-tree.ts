import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Heading, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/*
 * The Markdown parser: markdown-it in its CommonMark preset, its tokens turned into the mdast nodes
 * this module reads (the syntax tree remark-parse would build for the same CommonMark, with the
 * start line of every node the facts quote). markdown-it parses a README several times faster than
 * micromark and compiles less code on start. The tree keeps what the source says: links and images
 * with their URLs as written (no percent-encoding, no scheme filtered out), reference links and
 * images as `linkReference`/`imageReference`, text runs merged the way mdast merges them.
 */
const markdown = new MarkdownIt('commonmark');
// The preset's 20 levels would stop parsing inside deeply nested lists; markdownBudget bounds nesting.
(markdown.options as { maxNesting: number }).maxNesting = 100;
markdown.validateLink = () => true;
markdown.normalizeLink = (url) => url;
markdown.normalizeLinkText = (text) => text;
// Adjacent text tokens are merged below, keeping the first one's line; markdown-it's own joins keep
// the last one.
markdown.core.ruler.disable('text_join');
markdown.inline.ruler2.disable('fragments_join');

/** Where in its inline source each inline token starts (markdown-it keeps lines for blocks only). */
const offsets = new WeakMap<Token, number>();
/** Links and images written as references (`[text][ref]`, `[text]`), not inline `[text](url)`. */
const references = new WeakSet<Token>();
/**
 * Code spans as mdast reads them: line endings kept (markdown-it turns them into spaces); `skip`
 * is 1 when the stripped padding was a line ending.
 */
const codeSpans = new WeakMap<Token, { value: string; skip: number }>();

type InlineState = { pos: number; src: string; tokens: Token[]; pending: string };
type InlineStateClass = new (...args: never[]) => {
  pos: number;
  push(type: string, tag: string, nesting: number): Token; pushPending(): Token };
type InlineRule = (state: InlineState, silent: boolean) => boolean;

const BaseState = (markdown.inline as unknown as { State: InlineStateClass }).State;
/** The inline state, recording the source offset each token starts at. */
class RecordingState extends BaseState {
  private text = '';
  private textStart = 0;

  get pending(): string {
    return this.text;
  }

  set pending(value: string) {
    if (!this.text && value) this.textStart = this.pos;
    this.text = value;
  }

  override pushPending(): Token {
    const token = super.pushPending();
    offsets.set(token, this.textStart);
    return token;
  }

  override push(type: string, tag: string, nesting: number): Token {
    const token = super.push(type, tag, nesting);
    offsets.set(token, this.pos);
    return token;
  }
}
(markdown.inline as unknown as { State: InlineStateClass }).State = RecordingState;

const inlineRules = (markdown.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
const backticks = inlineRules.find((r) => r.name === 'backticks')!.fn;
// An inline link or image ends with `)`, a reference one with `]`.
for (const [name, type] of [['link', 'link_open'], ['image', 'image']] as const) {
  const rule = inlineRules.find((r) => r.name === name)!.fn;
  markdown.inline.ruler.at(name, ((state: InlineState, silent: boolean) => {
    const before = state.tokens.length;
    if (!rule(state, silent)) return false;
    if (!silent && state.src.charCodeAt(state.pos - 1) !== 0x29) {
      const token = state.tokens.slice(before).find((t) => t.type === type);
      if (token) references.add(token);
    }
    return true;
  }) as never);
}

markdown.inline.ruler.at('backticks', ((state: InlineState, silent: boolean) => {
  const start = state.pos;
  const before = state.tokens.length;
  if (!backticks(state, silent)) return false;
  const token = silent ? undefined : state.tokens.slice(before).find((t) => t.type === 'code_inline');
  if (token) {
    const fence = token.markup.length;
    const raw = state.src.slice(start + fence, state.pos - fence);
    // One space or line ending is stripped from each end when both ends have one and the span is not all of them.
    const padded = /^[ \n]/.test(raw) && /[ \n]$/.test(raw) && /[^ \n]/.test(raw);
    codeSpans.set(token, padded ? { value: raw.slice(1, -1), skip: raw.startsWith('\n') ? 1 : 0 } : { value: raw, skip: 0 });
  }
  return true;
}) as never);

/**
 * The line ending after each line (0-based) where the source has a `\r`: markdown-it reads every
 * line ending as `\n`, mdast keeps them as written inside code, html and text values.
 */
type LineEndings = readonly string[] | undefined;

function lineEndings(text: string): LineEndings {
  if (!text.includes('\r')) return undefined;
  return Array.from(text.matchAll(/\r\n|\r|\n/g), (m) => m[0]);
}

/** `value` (from line `line`, 0-based) with each `\n` put back as the source's line ending. */
function restoreEndings(value: string, line: number, endings: LineEndings): string {
  if (!endings || !value.includes('\n')) return value;
  let k = line;
  return value.replace(/\n/g, () => endings[k++] ?? '\n');
}

/** Columns of leading whitespace in a line (tabs to the next multiple of 4). */
function indentOf(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * The blank lines mdast adds to the end of a top-level indented code block: it keeps the blank
 * lines up to the last one indented by 4 columns or more (what is past 4 columns stays);
 * markdown-it stops at the last line with content.
 */
function trailingIndentedBlanks(lines: readonly string[], from: number): string {
  let last = -1;
  for (let i = from; i < lines.length && lines[i]!.trim() === ''; i++) if (indentOf(lines[i]!) >= 4) last = i;
  let out = '';
  for (let i = from; i <= last; i++) {
    let line = lines[i]!;
    for (let columns = 0; columns < 4 && line.length > 0; ) {
      columns += line[0] === '\t' ? 4 - (columns % 4) : 1;
      line = line.slice(1);
    }
    out += `\n${line}`;
  }
  return out;
}

/**
 * A list item that cannot interrupt a paragraph (after any container prefix): a marker with nothing
 * after it on its line, or an ordered item that does not start at 1.
 */
const NO_INTERRUPT = /^((?:[ \t]*>)*[ \t]*)([-+*]|\d{1,9}[.)])([ \t]*)$|^((?:[ \t]*>)*[ \t]*)(0*(?:[02-9]|\d{2,})[.)])([ \t].*)$/;

/**
 * Where micromark reads the blocks after an indented code block or a link definition as if a
 * paragraph were open (it treats what follows as interrupting them) and markdown-it does not:
 * - a list item that cannot interrupt a paragraph ("+" alone, "2. Next"), blank lines between or
 *   not, is paragraph text;
 * - an indented code block right after a definition (outside list items) is a paragraph.
 * Returns the line and its edit, which makes markdown-it read it micromark's way.
 */
function micromarkReading(tokens: readonly Token[], lines: readonly string[]): { line: number; edit: (text: string) => string } | undefined {
  // The previous block in each open container, and the containers' opening tokens.
  const previous: (Token | undefined)[] = [undefined];
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.nesting < 0) {
      previous.pop();
      previous[previous.length - 1] = open.pop();
      continue;
    }
    if (token.type === 'inline' || !token.map) continue;
    const start = token.map[0];
    const before = previous[previous.length - 1];
    const from = before?.map?.[1] ?? open[open.length - 1]?.map?.[0] ?? 0;
    // Lines in between that hold no block are link definitions (a container's own marker aside).
    const definition = (l: string) => l.replace(/^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))?/, '').trim() !== '';
    if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && NO_INTERRUPT.test(lines[start] ?? '')) {
      if (before?.type === 'code_block' || lines.slice(from, start).some(definition)) {
        // Escaping the marker's last character makes it text: "\+", "1\.".
        return {
          line: start,
          edit: (text) =>
            text.replace(NO_INTERRUPT, (...m: (string | undefined)[]) => {
              const [prefix, marker, rest] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
              return `${prefix}${marker.slice(0, -1)}\\${marker.slice(-1)}${rest}`;
            }),
        };
      }
    }
    if (token.type === 'code_block' && start > from && definition(lines[start - 1] ?? '') && !open.some((t) => t.type === 'list_item_open')) {
      return { line: start, edit: (text) => text.replace(/^((?:[ \t]*>)*)[ \t]+/, '$1') };
    }
    if (token.nesting > 0) {
      open.push(token);
      previous.push(undefined);
    } else previous[previous.length - 1] = token;
  }
  return undefined;
}

/** markdown-it's tokens, with micromark's reading of blocks after code and definitions (see micromarkReading). */
function tokenize(source: string, lines: string[]): Token[] {
  let tokens = markdown.parse(source, {});
  for (let round = 0; round < 16; round++) {
    const found = micromarkReading(tokens, lines);
    if (!found) break;
    lines[found.line] = found.edit(lines[found.line]!);
    const edited = source.split(/(\r\n|\r|\n)/);
    edited[found.line * 2] = lines[found.line]!;
    source = edited.join('');
    tokens = markdown.parse(source, {});
  }
  return tokens;
}

/** The mdast root of a CommonMark document. */
export function parseTree(text: string): Root {
  // A byte order mark is no content (micromark drops it too).
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r\n|\r|\n/);
  const tokens = tokenize(source, lines.slice());
  const endings = lineEndings(source);
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const add = (node: Nodes) => {
    (stack[stack.length - 1]!.children as Nodes[]).push(node);
    if ('children' in node) stack.push(node);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = token.map?.[0] ?? 0;
    const position = { start: { line: first + 1, column: 1 }, end: { line: (token.map?.[1] ?? 0) + 1, column: 1 } };
    switch (token.type) {
      case 'paragraph_open':
        add({ type: 'paragraph', children: [], position });
        break;
      case 'heading_open':
        add({ type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [], position });
        break;
      case 'blockquote_open':
        add({ type: 'blockquote', children: [], position });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        add({ type: 'list', children: [], position });
        break;
      case 'list_item_open':
        add({ type: 'listItem', children: [], position });
        break;
      case 'inline':
        (stack[stack.length - 1]!.children as PhrasingContent[]).push(...phrasing(token.children ?? [], token.content, position.start.line, endings));
        break;
      case 'fence': {
        const lang = markdown.utils.unescapeAll(token.info).trim().split(/\s+/)[0] || null;
        add({ type: 'code', lang, meta: null, value: restoreEndings(token.content.replace(/\n$/, ''), first + 1, endings), position });
        break;
      }
      case 'code_block': {
        let value = token.content.replace(/\n$/, '');
        const blanks = stack.length === 1 ? trailingIndentedBlanks(lines, token.map?.[1] ?? 0) : '';
        // mdast drops one line ending from the end of the block's text.
        if (blanks) value = `${value}${blanks}`.replace(/\n$/, '');
        add({ type: 'code', lang: null, meta: null, value: restoreEndings(value, first, endings), position });
        break;
      }
      case 'html_block':
        add({ type: 'html', value: restoreEndings(token.content.replace(/\n$/, ''), first, endings), position });
        break;
      case 'hr':
        add({ type: 'thematicBreak', position });
        break;
      default:
        if (token.nesting < 0) stack.pop();
    }
  }
  return root;
}

/**
 * The mdast phrasing nodes of an inline token's children; `source` is its text, `line` its first
 * line (1-based).
 */
function phrasing(tokens: readonly Token[], source: string, line: number, endings: LineEndings): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  let text: Text | undefined;
  // Lines are counted forward: tokens come in source order.
  let counted = 0;
  let lineAt = line;
  const at = (token: Token) => {
    const offset = Math.min(offsets.get(token) ?? counted, source.length);
    for (; counted < offset; counted++) if (source.charCodeAt(counted) === 0x0a) lineAt++;
    return { start: { line: lineAt, column: 1 }, end: { line: lineAt, column: 1 } };
  };
  const add = (node: PhrasingContent) => {
    stack[stack.length - 1]!.children.push(node);
    if ('children' in node) stack.push(node as { children: PhrasingContent[] } & PhrasingContent);
  };
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'text_special' || token.type === 'softbreak') {
      let value = token.content;
      if (token.type === 'softbreak') {
        value = endings ? (endings[at(token).start.line - 1] ?? '\n') : '\n';
        // Trailing tabs go too (markdown-it strips spaces only).
        if (text) text.value = text.value.replace(/[ \t]+$/, '');
      }
      if (!value) continue;
      if (text) text.value += value;
      else {
        text = { type: 'text', value, position: at(token) };
        add(text);
      }
      continue;
    }
    text = undefined;
    switch (token.type) {
      case 'hardbreak':
        add({ type: 'break', position: at(token) });
        break;
      case 'code_inline': {
        const position = at(token);
        const span = codeSpans.get(token);
        add({ type: 'inlineCode', value: span ? restoreEndings(span.value, position.start.line - 1 + span.skip, endings) : token.content, position });
        break;
      }
      case 'html_inline': {
        const position = at(token);
        // mdast drops up to 3 spaces of indentation from each further line of an inline tag.
        add({ type: 'html', value: restoreEndings(token.content.replace(/\n {1,3}/g, '\n'), position.start.line - 1, endings), position });
        break;
      }
      case 'em_open':
        add({ type: 'emphasis', children: [], position: at(token) });
        break;
      case 'strong_open':
        add({ type: 'strong', children: [], position: at(token) });
        break;
      case 'link_open':
        if (references.has(token)) add({ type: 'linkReference', identifier: '', referenceType: 'full', children: [], position: at(token) });
        else add({ type: 'link', url: token.attrGet('href') ?? '', children: [], position: at(token) });
        break;
      case 'image': {
        const alt = toString(phrasing(token.children ?? [], token.content, 1, undefined));
        if (references.has(token)) add({ type: 'imageReference', identifier: '', referenceType: 'full', alt, position: at(token) });
        else add({ type: 'image', url: token.attrGet('src') ?? '', alt, position: at(token) });
        break;
      }
      default:
        if (token.nesting < 0 && stack.length > 1) stack.pop();
    }
  }
  return root.children;
}
