import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  target: string;
  format: Format;
  output?: string;
  minScore?: number;
  quiet: boolean;
  verbose: boolean;
  color?: boolean;
  timings: boolean;
  help: boolean;
  version: boolean;
  listRules: boolean;
}

/** A usage error: exit 2 with this message, never a stack trace. */
export class UsageError extends Error {}

export const HELP = `Usage: portfolio-check [path] [options]

Scores a backend repository 0-100 against the backend developer roadmap and
explains every point lost with a fix.

Arguments:
  path                  Repository directory to check (default: .)

Options:
  -f, --format <name>   Output format: stylish (default), json, markdown
  -o, --output <file>   Write the report to a file instead of stdout
      --min-score <n>   Exit 1 when the score is below n (0-100)
  -q, --quiet           Print only the score and the next step
      --verbose         Also list passing and not-applicable rules
      --list-rules      List the rules with category, level and weight
      --timings         Include per-rule timings in the JSON result
      --color / --no-color
                        Force colours on or off (default: on for a TTY;
                        NO_COLOR is honoured)
  -v, --version         Print the version
  -h, --help            Print this help

Exit codes: 0 ok, 1 the gate failed (--min-score), 2 usage or configuration error.
`;

/** Parses argv (without node and script). Throws UsageError with a one-line reason. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'min-score': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        timings: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? 'invalid arguments').replace(/\. To specify.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
  let minScore: number | undefined;
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score']);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new UsageError(`--min-score must be a number from 0 to 100, got "${values['min-score']}"`);
    }
  }
  return {
    target: positionals[0] ?? '.',
    format,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    ...(values['no-color'] ? { color: false } : values.color !== undefined ? { color: values.color } : {}),
    timings: values.timings ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    listRules: values['list-rules'] ?? false,
  };
}
