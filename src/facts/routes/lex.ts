/**
 * A minimal, linear-time lexer shared by the route extractors: it blanks comments (keeping every
 * offset and newline, so lines stay right), knows where string literals are, and pairs brackets.
 * A real parser per language (seven of them) would be heavier than what route tables need: calls,
 * decorators and blocks with literal arguments. Every loop below advances one character at a time.
 */
import { TextFile } from '../text.js';

export type LexStyle = 'c' | 'js' | 'go' | 'csharp' | 'php' | 'python' | 'ruby';

export class Source {
  /** For each opening bracket offset, the offset of its closing bracket. */
  private readonly closes = new Map<number, number>();
  /** Start offsets of string literals, for `isInString`-style questions. */
  private readonly stringEnds = new Map<number, number>();
  /** String literal starts in order, built on first use by `statementStart`. */
  private starts: number[] | undefined;
  private lines: TextFile | undefined;
  private lexed: string | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    private readonly style: LexStyle,
  ) {}

  /**
   * The text with comments replaced by spaces (strings kept), lexed on first use: most candidate
   * files (a controller read only for its filters) are never asked.
   */
  get code(): string {
    return (this.lexed ??= lex(this.text, this.style, this.closes, this.stringEnds));
  }

  /** Offset of the bracket closing the one at `open`; -1 when unbalanced. */
  close(open: number): number {
    if (this.lexed === undefined) void this.code;
    return this.closes.get(open) ?? -1;
  }

  /** The end (exclusive) of the string literal starting at `at`, or -1. */
  stringEnd(at: number): number {
    if (this.lexed === undefined) void this.code;
    return this.stringEnds.get(at) ?? -1;
  }

  /**
   * Where the statement or declaration holding `at` starts: just after the last `;`, `{` or `}`
   * before it that is code, not part of a string literal (`[Route("api/{id}/x")]` holds braces).
   */
  statementStart(at: number): number {
    const code = this.code;
    for (let i = at, guard = 0; i > 0 && guard < 10_000; guard++) {
      const b = Math.max(code.lastIndexOf(';', i - 1), code.lastIndexOf('{', i - 1), code.lastIndexOf('}', i - 1));
      if (b === -1) return 0;
      const start = this.stringStartAround(b);
      if (start === -1) return b + 1;
      i = start;
    }
    return 0;
  }

  /** Start of the string literal containing `offset`, or -1. */
  private stringStartAround(offset: number): number {
    this.starts ??= [...this.stringEnds.keys()].sort((a, b) => a - b);
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = this.starts[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found !== -1 && found < offset && this.stringEnds.get(found)! > offset ? found : -1;
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    return (this.lines ??= new TextFile(this.path, this.text, false)).lineAt(offset);
  }

  /**
   * The string literal at `at` (after spaces): its body, where it ends, and whether it interpolates
   * (`${id}`, f"{id}", "#{id}", $"{id}") or continues with a concatenation (`'/tasks/' + id`).
   * Undefined when the text there is not a string literal.
   */
  literalAt(at: number): { value: string; end: number; dynamic: boolean } | undefined {
    let i = at;
    while (i < this.code.length && (this.code[i] === ' ' || this.code[i] === '\t' || this.code[i] === '\n' || this.code[i] === '\r')) i++;
    while (this.code[i] === '(' && this.stringEnd(i + 1) !== -1) i++; // ("/accounts")
    let prefix = '';
    while (prefix.length < 2 && /[rRbBfFuU@$]/.test(this.code[i] ?? '')) prefix += this.code[i++];
    const end = this.stringEnd(i);
    if (end === -1) return undefined;
    const quote = this.code[i]!;
    const triple = this.text.startsWith(quote.repeat(3), i) && end - i >= 6;
    const body = this.text.slice(i + (triple ? 3 : 1), end - (triple ? 3 : 1));
    let dynamic = /[fF$]/.test(prefix) ? body.includes('{') : (quote === '`' && body.includes('${')) || (quote === '"' && body.includes('#{'));
    let j = end;
    while (j < this.code.length && (this.code[j] === ' ' || this.code[j] === '\t')) j++;
    const next = this.code[j];
    if (next === '+' || (next === '.' && this.path.endsWith('.php') && this.code[j + 1] !== '.') || next === '%') dynamic = true;
    return { value: body, end, dynamic };
  }

  /** Top-level comma-separated arguments between an opening bracket and its close. */
  args(open: number): { text: string; start: number; end: number }[] {
    const close = this.close(open);
    if (close === -1) return [];
    const out: { text: string; start: number; end: number }[] = [];
    let start = open + 1;
    for (let i = open + 1; i < close; i++) {
      const c = this.code[i]!;
      const inner = (c === '(' || c === '[' || c === '{') && this.close(i);
      if (inner && inner > i) {
        i = inner;
        continue;
      }
      const s = this.stringEnd(i);
      if (s > i) {
        i = s - 1;
        continue;
      }
      if (c === ',') {
        out.push({ text: this.code.slice(start, i).trim(), start, end: i });
        start = i + 1;
      }
    }
    const last = this.code.slice(start, close).trim();
    if (last) out.push({ text: last, start, end: close });
    return out;
  }

  /** The innermost `{`-block containing `offset`, as [open, close], walking the given opens. */
  enclosing(offset: number, opens: readonly number[]): [number, number] | undefined {
    let best: [number, number] | undefined;
    for (const open of opens) {
      if (open >= offset) break;
      const close = this.close(open);
      if (close > offset && (!best || open > best[0])) best = [open, close];
    }
    return best;
  }
}

function lex(text: string, style: LexStyle, closes: Map<number, number>, strings: Map<number, number>): string {
  const out: string[] = [];
  const stack: number[] = [];
  const n = text.length;
  const hashComments = style === 'python' || style === 'ruby' || style === 'php';
  const slashComments = style !== 'python' && style !== 'ruby';
  let last = 0;
  const blank = (from: number, to: number) => {
    out.push(text.slice(last, from));
    out.push(text.slice(from, to).replace(/[^\n]/g, ' '));
    last = to;
  };
  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (slashComments && c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      blank(i, end === -1 ? n : end);
      i = end === -1 ? n : end;
      continue;
    }
    if (slashComments && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (hashComments && c === '#' && !(style === 'php' && text[i + 1] === '[') && !(style === 'ruby' && text[i + 1] === '{')) {
      const end = text.indexOf('\n', i);
      blank(i, end === -1 ? n : end);
      i = end === -1 ? n : end;
      continue;
    }
    if (style === 'ruby' && lineStart && text.startsWith('=begin', i)) {
      const end = text.indexOf('\n=end', i);
      const stop = end === -1 ? n : end + 5;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') lineStart = false;
    if (c === '"' || c === "'" || (c === '`' && (style === 'js' || style === 'go'))) {
      const end = stringEnd(text, i, style);
      strings.set(i, end);
      i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') stack.push(i);
    else if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      if (open !== undefined) closes.set(open, i);
    }
    i++;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** End (exclusive) of the string literal opening at `at`. */
function stringEnd(text: string, at: number, style: LexStyle): number {
  const q = text[at]!;
  const n = text.length;
  if (style === 'python' && text.startsWith(q.repeat(3), at)) {
    const end = text.indexOf(q.repeat(3), at + 3);
    return end === -1 ? n : end + 3;
  }
  const raw = (style === 'go' && q === '`') || (style === 'csharp' && text[at - 1] === '@');
  const multiline = q === '`' || style === 'ruby' || style === 'php' || raw;
  for (let i = at + 1; i < n; i++) {
    const c = text[i]!;
    if (c === '\\' && !raw) {
      i++;
      continue;
    }
    if (c === q) {
      if (raw && style === 'csharp' && text[i + 1] === q) {
        i++;
        continue;
      }
      return i + 1;
    }
    if (c === '\n' && !multiline) return i; // unterminated: stop at the line end
  }
  return n;
}
