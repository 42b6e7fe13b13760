/**
 * Splitting a shell line into the commands it runs, quote-aware, with shell-quote (linear time, and
 * it knows quoting, escapes, comments and operators better than a split on `&&`). Each command comes
 * back as one string of its words, so detectors keep matching text: a quoted word that holds spaces or
 * operators is re-quoted, a `$VAR` stays `$VAR`, a glob stays its pattern.
 */
import { parse, type ParseEntry } from 'shell-quote';
import { stripComment, unquoted } from './readme-sections.js';

/** Operators that end one command and start the next; a pipe or a redirection stays in its command. */
const SEPARATORS = new Set(['&&', '||', ';', ';;', '&']);

/** `<word>` at the start or after a space or `=`: a placeholder (a redirection has a space after `<`). */
const PLACEHOLDER = /(?<=^|[\s=])<[^<>\s'"][^<>'"]{0,80}>(?=\s|$)/g;

/** Longest line given to the parser; past it the rest of the line is not read as commands. */
const MAX_LINE = 64 * 1024;

/**
 * The commands of one shell line, in order: `cd app && npm ci; npm test # run it` gives
 * `cd app`, `npm ci`, `npm test`. A comment ends the line. Empty commands are dropped.
 */
export function shellCommands(line: string): string[] {
  const text = (line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line)
    // A README placeholder such as `git clone <your-fork-url>` is a word, not two redirections.
    .replace(PLACEHOLDER, "'$&'");
  let entries: ParseEntry[];
  try {
    entries = parse(text, (name) => `$${name}`);
  } catch {
    // shell-quote rejects what it cannot expand (`${SHA::7}`, `${{ github.sha }}`): split at the
    // separators outside quotes instead, which is all a detector needs from such a line.
    return naiveCommands(text);
  }
  const commands: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) commands.push(words.join(' '));
    words = [];
  };
  for (const entry of entries) {
    if (typeof entry === 'string') {
      words.push(requote(entry));
    } else if ('comment' in entry) {
      break;
    } else if (entry.op === 'glob') {
      words.push(entry.pattern);
    } else if (SEPARATORS.has(entry.op)) {
      flush();
    } else {
      words.push(entry.op);
    }
  }
  flush();
  return commands;
}

/** A word as a shell would need it written: `ARGS="a b"` keeps its name outside the quotes. */
function requote(word: string): string {
  if (word !== '' && !/[\s;&|]/.test(word)) return word;
  const assignment = /^(\w+)=/.exec(word);
  return assignment ? `${assignment[0]}"${word.slice(assignment[0].length)}"` : `"${word}"`;
}

/** Commands split at `&&`, `||`, `;` and `&` outside quotes, up to a comment. */
function naiveCommands(raw: string): string[] {
  const line = raw.startsWith('#') ? '' : stripComment(raw);
  const commands: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const command = line.slice(start, end).trim();
    if (command) commands.push(command);
  };
  for (const i of unquoted(line)) {
    if (i < start) continue; // the second character of `&&` or `||`
    const c = line[i]!;
    if (c === ';' || (c === '&' && line[i + 1] !== '>' && line[i - 1] !== '>') || (c === '|' && line[i + 1] === '|')) {
      push(i);
      start = (c === '&' && line[i + 1] === '&') || c === '|' ? i + 2 : i + 1;
    }
  }
  push(line.length);
  return commands;
}
