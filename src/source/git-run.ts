import { spawn } from 'node:child_process';

export interface GitRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs git without a shell and never throws: a non-zero exit is in `code`, a git that cannot be
 * started is code -1. Git never prompts for credentials (GIT_TERMINAL_PROMPT=0).
 */
export function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<GitRunResult> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      if (stderr.length < 8192) stderr += c;
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
