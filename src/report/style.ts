import { styleText } from 'node:util';

export type Style = 'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'yellow' | 'green' | 'cyan';
export type Paint = (text: string) => string;

/**
 * A terminal style through Node's own `util.styleText`, or the identity when colours are off. The
 * caller decides (--color, --no-color, NO_COLOR, FORCE_COLOR, a TTY), so styleText's own check of
 * process.stdout is switched off: the report may go to a file or to stderr.
 */
export function paint(style: Style, enabled: boolean): Paint {
  return enabled ? (text) => styleText(style, text, { validateStream: false }) : (text) => text;
}
