// Peak-memory probe for the benchmark (scripts/bench.mjs): preload it with
//   PC_RSS_FILE=/tmp/rss.txt node --import <abs path or file URL of this file> dist/cli.js ...
// When the process exits (normally or through process.exit), it writes the peak resident set
// size, process.resourceUsage().maxRSS, in kilobytes, to the file named by PC_RSS_FILE.
// Without PC_RSS_FILE it does nothing. Node built-ins only.
import { writeFileSync } from 'node:fs';

const file = process.env.PC_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // never change the exit status of the measured process
    }
  });
}
