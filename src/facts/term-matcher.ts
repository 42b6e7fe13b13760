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
    // The trie: each state's children as (byte, state) pairs, found through one map while inserting.
    const edges = new Map<number, number>();
    const childBytes: number[][] = [[]];
    const childStates: number[][] = [[]];
    const ends: boolean[] = [false];
    for (const term of terms) {
      const bytes = Buffer.from(term, 'utf8');
      if (bytes.length === 0) continue;
      let state = 0;
      for (const byte of bytes) {
        let next = edges.get(state * 256 + byte);
        if (next === undefined) {
          next = ends.length;
          edges.set(state * 256 + byte, next);
          childBytes[state]!.push(byte);
          childStates[state]!.push(next);
          childBytes.push([]);
          childStates.push([]);
          ends.push(false);
        }
        state = next;
      }
      ends[state] = true;
    }
    // Breadth-first, so a state's suffix link (shorter, hence done) has its final row: a state's row
    // starts as a copy of that row (missing transitions follow the longest proper suffix in the trie)
    // and its own children are written over it. A child's `ends` is final before any row names it.
    const transitions = new Int32Array(ends.length * 256);
    const fail = new Int32Array(ends.length);
    const encode = (state: number) => (ends[state] ? -(state * 256) - 1 : state * 256);
    const target = (value: number) => (value < 0 ? -value - 1 : value) >> 8;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * 256;
      const fallback = fail[state]! * 256;
      if (state !== 0) transitions.copyWithin(row, fallback, fallback + 256);
      const bytes = childBytes[state]!;
      const children = childStates[state]!;
      for (let i = 0; i < bytes.length; i++) {
        const child = children[i]!;
        const link = state === 0 ? 0 : target(transitions[fallback + bytes[i]!]!);
        fail[child] = link;
        if (ends[link]) ends[child] = true;
        transitions[row + bytes[i]!] = encode(child);
        queue.push(child);
      }
    }
    this.transitions = transitions;
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
