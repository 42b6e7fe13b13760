/** A decoded text file with line lookups. */
export class TextFile {
  readonly path: string;
  readonly text: string;
  /** True when the file was larger than the read cap and only its head was read. */
  readonly truncated: boolean;
  private lineStarts: number[] | undefined;

  constructor(path: string, text: string, truncated: boolean) {
    this.path = path;
    this.text = text;
    this.truncated = truncated;
  }

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    return this.position(offset).line;
  }

  /** The 1-based line of the first match of `pattern`, if any. */
  findLine(pattern: RegExp | string, from = 0): number | undefined {
    if (typeof pattern === 'string') {
      const at = this.text.indexOf(pattern, from);
      return at === -1 ? undefined : this.lineAt(at);
    }
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    re.lastIndex = from;
    const m = re.exec(this.text);
    return m ? this.lineAt(m.index) : undefined;
  }

  lines(): string[] {
    return this.text.split(/\r?\n/);
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Whether bytes look binary (a NUL byte in the first 8 KiB, as git decides); UTF-16 text with a BOM is text. */
export function looksBinary(bytes: Uint8Array): boolean {
  return utf16(bytes) === undefined && bytes.subarray(0, 8000).indexOf(0) !== -1;
}

/** The UTF-16 byte order a BOM announces (Windows editors save requirements.txt so). */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Decodes UTF-8 leniently (invalid bytes become U+FFFD) and strips a BOM. */
export function decode(bytes: Uint8Array): string {
  const wide = utf16(bytes);
  if (wide) return new TextDecoder(wide, { fatal: false }).decode(bytes.subarray(2));
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
