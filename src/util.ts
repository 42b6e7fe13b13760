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

/** Prefixes of well-known credentials (GitHub, AWS, Google, Stripe, Slack, OpenAI/Anthropic, npm, SendGrid). */
const SECRET_PREFIX = /^(?:gh[pousr]_|github_pat_|AKIA|ASIA|AIza|[sr]k_live_|xox[baprs]-|sk-proj-|sk-ant-|npm_|SG\.|-----BEGIN)/;
/** A bare credential inside free text (literal prefix, one character class: linear). */
const SECRET_IN_TEXT = /\b(?:gh[pousr]_|github_pat_|AKIA|ASIA|AIza|[sr]k_live_|xox[baprs]-|sk-proj-|sk-ant-|npm_)[\w-]+/g;

/**
 * Whether a user value looks like a credential: a known token prefix, a URL with a password, or a
 * long token-shaped string mixing upper case, lower case and digits (rule ids and words do not).
 */
export function looksLikeSecret(value: string): boolean {
  if (SECRET_PREFIX.test(value)) return true;
  if (/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return true;
  return value.length >= 20 && /^[\w+/=.-]+$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}

/**
 * A user value as a message may quote it: masked when it looks like a secret, shortened when long
 * ("aaaa… (10485760 characters)"), control characters shown as escapes.
 */
export function displayValue(value: string, max = 60): string {
  if (looksLikeSecret(value)) return maskSecret(value);
  const shown = value.length > max ? `${value.slice(0, max - 20)}…` : value;
  // eslint-disable-next-line no-control-regex
  const printable = shown.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return value.length > max ? `${printable} (${value.length} characters)` : printable;
}

/**
 * A message that may contain user values, made safe to print: each quoted value through
 * displayValue, any bare credential masked, the whole cut to `max` characters.
 */
export function safeMessage(text: string, max = 1000): string {
  const out = text.replace(/"([^"\n]*)"/g, (_, inner: string) => `"${displayValue(inner)}"`).replace(SECRET_IN_TEXT, (token) => maskSecret(token));
  return out.length > max ? `${out.slice(0, max)}… (${out.length} characters)` : out;
}
