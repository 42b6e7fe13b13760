/**
 * `explain RULE` for a built-in rule, without loading the checker: the rule's doc is a file of the
 * package (scripts/check-rules.mjs keeps one rules/<id>.md per built-in rule and no other), so only
 * the Markdown renderer is loaded. With a configuration file in the current directory (plugins may
 * define rules) or any option, the full command (main.ts) answers instead.
 */
import { discoverConfigFile } from '../config/load.js';
import type { CliIo } from './main.js';
import { readRuleDoc } from './rule-doc.js';

/** Kebab-case, as every built-in rule id is; a plugin rule has a `plugin/` prefix. */
const BUILTIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The exit code when the doc was printed; undefined when the full command must answer. */
export async function explainQuickly(id: string, io: CliIo): Promise<number | undefined> {
  if (!BUILTIN_ID.test(id)) return undefined;
  try {
    if (discoverConfigFile(io.cwd)) return undefined;
  } catch {
    return undefined; // a broken configuration: the full command reports it
  }
  const doc = await readRuleDoc(id);
  if (doc === undefined) return undefined;
  // As main.ts decides colour without --color/--no-color/--output.
  const color = io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' ? true : io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  const { renderMarkdownForTerminal } = await import('./terminal-markdown.js');
  io.stdout(renderMarkdownForTerminal(doc.endsWith('\n') ? doc : `${doc}\n`, { color }));
  return 0;
}
