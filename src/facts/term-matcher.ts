/**
 * Finds many literal terms in bytes in one pass (an Aho–Corasick automaton over bytes, its
 * transitions in one typed array): one table lookup per byte whatever the number of terms, where
 * a regular expression of 500 alternatives (V8's or git grep's) costs several times more.
 */
export class TermMatcher {
  /**
   * transitions[state * 256 + byte] = next state * 256 (pre-shifted for the next lookup), stored
   * as -(next * 256) - 1 when a term ends in the next state (itself or through its suffix links):
   * one array read and one sign test per byte.
   */
  private readonly transitions: Int32Array;

  constructor(terms: readonly string[]) {
    // The trie, as rows of 256 transitions (-1: none yet).
    const rows: Int32Array[] = [new Int32Array(256).fill(-1)];
    const ends: boolean[] = [false];
    for (const term of terms) {
      const bytes = Buffer.from(term, 'utf8');
      if (bytes.length === 0) continue;
      let state = 0;
      for (const byte of bytes) {
        let next = rows[state]![byte]!;
        if (next === -1) {
          next = rows.length;
          rows[state]![byte] = next;
          rows.push(new Int32Array(256).fill(-1));
          ends.push(false);
        }
        state = next;
      }
      ends[state] = true;
    }
    // Breadth-first: missing transitions follow the longest proper suffix that is in the trie.
    const fail = new Int32Array(rows.length);
    const queue: number[] = [];
    const root = rows[0]!;
    for (let byte = 0; byte < 256; byte++) {
      if (root[byte] === -1) root[byte] = 0;
      else queue.push(root[byte]!);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = rows[state]!;
      const fallback = rows[fail[state]!]!;
      for (let byte = 0; byte < 256; byte++) {
        const next = row[byte]!;
        if (next === -1) {
          row[byte] = fallback[byte]!;
        } else {
          fail[next] = fallback[byte]!;
          if (ends[fail[next]!]) ends[next] = true;
          queue.push(next);
        }
      }
    }
    this.transitions = new Int32Array(rows.length * 256);
    rows.forEach((row, state) => {
      for (let byte = 0; byte < 256; byte++) {
        const next = row[byte]!;
        this.transitions[state * 256 + byte] = ends[next] ? -(next * 256) - 1 : next * 256;
      }
    });
  }

  /** Whether any term occurs in `bytes[0, length)` (stops at the first). */
  test(bytes: Uint8Array, length = bytes.length): boolean {
    const transitions = this.transitions;
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = transitions[state | bytes[i]!]!;
      if (state < 0) return true;
    }
    return false;
  }

  /**
   * The indexes just past every occurrence of a term in `bytes[0, length)` (one per end position,
   * however many terms end there), ascending.
   */
  matchEnds(bytes: Uint8Array, length = bytes.length): number[] {
    const transitions = this.transitions;
    const ends: number[] = [];
    let state = 0; // pre-shifted: state number * 256
    for (let i = 0; i < length; i++) {
      state = transitions[state | bytes[i]!]!;
      if (state < 0) {
        ends.push(i + 1);
        state = -state - 1;
      }
    }
    return ends;
  }
}
