/**
 * A static proof that a regular expression never matches text without one of a set of literal
 * terms (the pre-filter the content pass uses): the regex is parsed, and for each alternative we
 * look for a part whose every possible match contains a term.
 *
 * How it works (the idea of RE2's and Google Code Search's prefilters): a part of the pattern that
 * matches finitely many strings (`\.`, `[oO]wner`, `(?:err|error)`) has an exact set; neighbouring
 * exact parts are concatenated into longer exact sets; a part is *covered* when every string of its
 * exact set contains a term, an alternation when every branch is covered, a concatenation when any
 * of its parts (or runs of exact parts) is, a repetition of at least one when its body is.
 *
 * What this proves: when `covers(re, terms)` is true, every match of `re` contains a term, so a
 * line the terms drop cannot be a line `re` accepts. It is sound but not complete: a pattern whose
 * literals hide behind large classes or optional parts is reported uncovered even when a term
 * would in fact always be present. The parser handles the syntax our detectors use (groups,
 * look-arounds, classes, escapes, quantifiers, the `i` flag); anything else throws, so a new
 * construct fails the test instead of passing it silently.
 */

type Node =
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'seq'; parts: Node[] }
  | { kind: 'chars'; set: string[] | undefined } // one character from `set`; undefined: too many to list
  | { kind: 'empty' } // assertions: ^ $ \b \B look-arounds
  | { kind: 'repeat'; body: Node; min: number; max: number }
  | { kind: 'opaque' }; // back-references

const EXACT_LIMIT = 4096;
const CLASS_LIMIT = 16;

class Parser {
  private at = 0;
  constructor(private readonly src: string, private readonly ignoreCase: boolean) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.src.length) throw new Error(`unexpected ${this.src[this.at]} at ${this.at} in /${this.src}/`);
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') parts.push(this.quantified(this.atom()));
    return { kind: 'seq', parts };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (this.src[this.at] === '?') this.at++; // lazy
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(): Node {
    const c = this.src[this.at++]!;
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.at))) {
        this.at += this.src[this.at + 1] === '<' ? 3 : 2;
        lookaround = true;
      } else if (this.src.startsWith('?<', this.at)) this.at = this.src.indexOf('>', this.at) + 1;
      const inner = this.alternation();
      if (this.src[this.at++] !== ')') throw new Error(`unclosed group in /${this.src}/`);
      return lookaround ? { kind: 'empty' } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') return { kind: 'chars', set: undefined };
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '\\') return this.escape(false) as Node;
    return this.literal(c);
  }

  private literal(c: string): Node {
    if (this.ignoreCase && c.toLowerCase() !== c.toUpperCase()) return { kind: 'chars', set: [...new Set([c.toLowerCase(), c.toUpperCase()])] };
    return { kind: 'chars', set: [c] };
  }

  /** An escape after the backslash: a node, or inside a class the characters (undefined: a shorthand class). */
  private escape(inClass: boolean): Node | string[] | undefined {
    const c = this.src[this.at++]!;
    if (c === 'd') return inClass ? [...'0123456789'] : { kind: 'chars', set: [...'0123456789'] };
    if ('DwWsS'.includes(c)) return inClass ? undefined : { kind: 'chars', set: undefined };
    if (!inClass && (c === 'b' || c === 'B')) return { kind: 'empty' };
    if (!inClass && /[1-9]/.test(c)) return { kind: 'opaque' };
    let ch: string;
    if (c === 'n') ch = '\n';
    else if (c === 'r') ch = '\r';
    else if (c === 't') ch = '\t';
    else if (c === 'b') ch = '\b';
    else if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      ch = String.fromCharCode(parseInt(this.src.slice(this.at, this.at + len), 16));
      this.at += len;
    } else if (/[a-zA-Z0-9]/.test(c)) throw new Error(`unsupported escape \\${c} in /${this.src}/`);
    else ch = c;
    if (inClass) return [ch];
    return this.literal(ch);
  }

  private charClass(): Node {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let listable = !negated;
    let first = true;
    while (this.src[this.at] !== ']' || first) {
      first = false;
      if (this.at >= this.src.length) throw new Error(`unclosed class in /${this.src}/`);
      let from: string[] | undefined;
      const c = this.src[this.at++]!;
      if (c === '\\') from = this.escape(true) as string[] | undefined;
      else from = [c];
      if (from && from.length === 1 && this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const d = this.src[this.at++]!;
        const to = d === '\\' ? (this.escape(true) as string[] | undefined)?.[0] : d;
        if (to === undefined) throw new Error(`bad range in /${this.src}/`);
        const span = to.charCodeAt(0) - from[0]!.charCodeAt(0);
        if (span > CLASS_LIMIT) listable = false;
        else for (let code = from[0]!.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
        continue;
      }
      if (!from) listable = false;
      else for (const ch of from) chars.add(ch);
    }
    this.at++;
    if (!listable) return { kind: 'chars', set: undefined };
    const set = new Set<string>();
    for (const ch of chars) {
      set.add(ch);
      if (this.ignoreCase) {
        set.add(ch.toLowerCase());
        set.add(ch.toUpperCase());
      }
    }
    return set.size > CLASS_LIMIT ? { kind: 'chars', set: undefined } : { kind: 'chars', set: [...set] };
  }
}

/** Every string the node can match, when there are few enough to list. */
function exact(node: Node): Set<string> | undefined {
  switch (node.kind) {
    case 'chars':
      return node.set ? new Set(node.set) : undefined;
    case 'empty':
      return new Set(['']);
    case 'opaque':
      return undefined;
    case 'alt': {
      const out = new Set<string>();
      for (const b of node.branches) {
        const e = exact(b);
        if (!e) return undefined;
        for (const s of e) out.add(s);
        if (out.size > EXACT_LIMIT) return undefined;
      }
      return out;
    }
    case 'seq': {
      let out = new Set<string>(['']);
      for (const p of node.parts) {
        const e = exact(p);
        if (!e) return undefined;
        out = cross(out, e);
        if (out.size > EXACT_LIMIT) return undefined;
      }
      return out;
    }
    case 'repeat': {
      if (node.max === Infinity || node.max > 4) return undefined;
      const body = exact(node.body);
      if (!body) return undefined;
      let out = new Set<string>();
      let power = new Set<string>(['']);
      for (let n = 0; n <= node.max; n++) {
        if (n >= node.min) for (const s of power) out.add(s);
        power = cross(power, body);
        if (power.size > EXACT_LIMIT || out.size > EXACT_LIMIT) return undefined;
      }
      return out;
    }
  }
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function allContainTerm(strings: Set<string>, terms: readonly string[]): boolean {
  for (const s of strings) if (!terms.some((t) => s.includes(t))) return false;
  return true;
}

/** Whether every match of the node contains one of the terms. */
function covered(node: Node, terms: readonly string[]): boolean {
  const e = exact(node);
  if (e && allContainTerm(e, terms)) return true;
  switch (node.kind) {
    case 'alt':
      return node.branches.every((b) => covered(b, terms));
    case 'repeat':
      return node.min >= 1 && covered(node.body, terms);
    case 'seq': {
      // Runs of neighbouring exact parts, concatenated (a term may span several parts).
      let run: Set<string> | undefined;
      for (const part of node.parts) {
        const pe = exact(part);
        if (pe) {
          run = cross(run ?? new Set(['']), pe);
          if (run.size > EXACT_LIMIT) run = pe;
          if (allContainTerm(run, terms)) return true;
          // A term may end in a later part: keep the run, but also try the part alone.
          if (allContainTerm(pe, terms)) return true;
        } else {
          run = undefined;
          if (covered(part, terms)) return true;
        }
      }
      return false;
    }
    default:
      return false;
  }
}

/** Whether every match of `re` contains one of `terms` (case-sensitively, as the content pass compares). */
export function covers(re: RegExp, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  return covered(new Parser(re.source, re.flags.includes('i')).parse(), terms);
}
