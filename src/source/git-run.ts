import { spawn } from 'node:child_process';

export interface GitRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  /** Aborting kills git (a clone interrupted by Ctrl-C). */
  signal?: AbortSignal;
  /** Sees all of stderr as it arrives (clone progress); `stderr` keeps only its start. */
  onStderr?: (chunk: string) => void;
}

/**
 * Runs git without a shell and never throws: a non-zero exit is in `code`, a git that cannot be
 * started (or was aborted) is code -1. Git never prompts for credentials (GIT_TERMINAL_PROMPT=0).
 */
export function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env, { signal, onStderr }: GitRunOptions = {}): Promise<GitRunResult> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, GIT_TERMINAL_PROMPT: '0' }, ...(signal ? { signal } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      onStderr?.(c);
      if (stderr.length < 8192) stderr += c;
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
