/** Locale-independent string order, so output is byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "1 file" / "3 files". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Masks a secret for display: the first 2 and last 2 characters at most, never the whole value. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return '*'.repeat(Math.max(4, value.length));
  return `${value.slice(0, 2)}${'*'.repeat(Math.min(12, value.length - 4))}${value.slice(-2)}`;
}

/** A literal as a regular-expression source (every special character escaped). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
