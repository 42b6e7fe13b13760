import { parseMakefile } from './commands.js';
import type { Facts } from './facts.js';

export interface Makefile {
  path: string;
  dir: string;
  targets: Map<string, string>;
  /** Pattern rules (`%:`) or `include`s make the target list open-ended: any name may exist. */
  open: boolean;
}

/** Every Makefile of the repository with its targets, parsed once per run. */
export function makefiles(facts: Facts): Promise<Makefile[]> {
  return facts.derive('makefiles', async () => {
    const files = await facts.files();
    const out: Makefile[] = [];
    for (const entry of files.all) {
      if (!/^(gnu)?makefile$|\.mk$/.test(entry.base)) continue;
      const text = (await facts.read(entry.path, 256 * 1024))?.text ?? '';
      const open = /^-?include\s|^[^\t#\n]*%[^:\n]*:(?!=)/m.test(text);
      out.push({ path: entry.path, dir: entry.dir, targets: parseMakefile(text), open });
    }
    return out;
  });
}
