import type { Result } from '../types.js';
import { formatResultMarkdown } from './github.js';

export { escapeMarkdown } from './common.js';

/** A Markdown report: the same content as the PR comment and job summary, for pasting into a portfolio. */
export function formatMarkdown(result: Result): string {
  return formatResultMarkdown(result);
}
