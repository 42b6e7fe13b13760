import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainQuickly } from '../src/cli/explain-quick.js';
import type { CliIo } from '../src/cli/main.js';
import { readRuleDoc } from '../src/cli/rule-doc.js';
import { renderMarkdownForTerminal } from '../src/cli/terminal-markdown.js';
import { makeTempDir, removeDir } from './helpers/repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function io(cwd: string): CliIo & { out: string } {
  const captured = { out: '' };
  return Object.assign(captured, {
    stdout: (text: string) => {
      captured.out += text;
    },
    stderr: () => {},
    isTTY: false,
    env: { NO_COLOR: '1' },
    cwd,
  });
}

function dir(): string {
  const d = makeTempDir('pc-explain-');
  cleanups.push(() => removeDir(d));
  return d;
}

describe('explain without loading the checker', () => {
  it("prints a built-in rule's doc rendered for the terminal", async () => {
    const out = io(dir());
    expect(await explainQuickly('readme-setup', out)).toBe(0);
    const doc = await readRuleDoc('readme-setup');
    expect(doc).toContain('# ');
    expect(out.out).toBe(renderMarkdownForTerminal(doc!, { color: false }));
  });

  it('leaves plugin rules, unknown ids and directories with a configuration to the full command', async () => {
    expect(await explainQuickly('acme/no-todo', io(dir()))).toBeUndefined();
    expect(await explainQuickly('readme-setp', io(dir()))).toBeUndefined();
    const configured = dir();
    writeFileSync(path.join(configured, 'portfolio-check.config.json'), '{ "plugins": ["./plugin.mjs"] }');
    const out = io(configured);
    expect(await explainQuickly('readme-setup', out)).toBeUndefined();
    expect(out.out).toBe('');
  });
});
