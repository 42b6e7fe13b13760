// Argument handling shared by the development scripts (bench, calibrate, routes-recall): strict
// util.parseArgs; a usage error prints node's first line and the help, exit 2; --help prints the
// help, exit 0.
import { parseArgs } from 'node:util';

/** The parsed option values; never returns on --help or a usage error. */
export function parseScriptArgs(name, help, options) {
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${name}: ${error.message.split('\n')[0]}\n\n${help}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(help);
    process.exit(0);
  }
  return values;
}
