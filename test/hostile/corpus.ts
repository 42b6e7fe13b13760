/**
 * The hostile-repository corpus: every case is generated at test time in a temp dir, with the fixed
 * author and dates of test/helpers/repo.ts. Each case names the class of attack it stands for.
 * Time and peak memory are measured once per heavy case with /usr/bin/time -v, never in tests.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRepo, commit, git, makeTempDir, writeFiles } from '../helpers/repo.js';

/** A GitHub token that looks real (never a real one): it must never appear in full in any output. */
export const FAKE_TOKEN = `ghp_${'A1b2C3d4E5f6G7h8I9j0'}${'K1l2M3n4O5p6Q7'}Zz`;

export const BASIC_FILES = {
  'README.md': '# Notes API\n\nA small notes service.\n\n## Setup\n\n```bash\nnpm install\nnpm start\n```\n',
  'package.json': JSON.stringify({ name: 'notes-api', version: '1.0.0', scripts: { test: 'node --test' }, dependencies: { express: '^4.19.0' } }, null, 2),
  'src/index.js': "const express = require('express');\nconst app = express();\napp.get('/notes', (req, res) => res.json([]));\napp.listen(process.env.PORT || 3000);\n",
};

export function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A shell command that records it ran by creating `marker`. */
export function touch(marker: string): string {
  return `touch '${marker}'`;
}

/**
 * A repository whose .git/config and hooks would run commands while it is read: fsmonitor (also
 * blocking), diff textconv and external diff drivers, clean/smudge filters, a pager, hooks, gpg for
 * signatures, credential helper and ssh command. Each writes its own marker file.
 */
export function executableGitConfig(markers: string): string {
  const dir = makeTempDir('pc-hostile-');
  buildRepo(dir, { files: { ...BASIC_FILES, 'notes.txt': 'one\n', '.gitattributes': '* diff=evil filter=evil\n' }, git: true });
  writeFiles(dir, { 'notes.txt': 'one\ntwo\n' });
  git(dir, ['add', 'notes.txt']);
  commit(dir, 'Add a second note', { index: 1 });
  const hooks = path.join(dir, '.git', 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman', 'gpg']) {
    writeFileSync(path.join(hooks, hook), `#!/bin/sh\n${touch(path.join(markers, `hook-${hook}`))}\n`);
    chmodSync(path.join(hooks, hook), 0o755);
  }
  const config = `
[core]
	fsmonitor = "${touch(path.join(markers, 'fsmonitor'))}; sleep 30"
	hooksPath = ${hooks}
	pager = ${touch(path.join(markers, 'pager'))}; cat
	sshCommand = ${touch(path.join(markers, 'ssh'))}; ssh
[diff]
	external = ${touch(path.join(markers, 'diff-external'))}
[diff "evil"]
	textconv = "${touch(path.join(markers, 'textconv'))}; cat"
	command = ${touch(path.join(markers, 'diff-command'))}
[filter "evil"]
	clean = "${touch(path.join(markers, 'clean'))}; cat"
	smudge = "${touch(path.join(markers, 'smudge'))}; cat"
	process = ${touch(path.join(markers, 'filter-process'))}
[log]
	showSignature = true
[gpg]
	program = ${path.join(hooks, 'gpg')}
[credential]
	helper = "!${touch(path.join(markers, 'credential'))}"
[pager]
	log = ${touch(path.join(markers, 'pager-log'))}; cat
`;
  execFileSync('sh', ['-c', `cat >> '${path.join(dir, '.git', 'config')}'`], { input: config });
  return dir;
}

/** A repository whose git blocks: `.git/objects/info/alternates` is a FIFO, so `git log` waits forever. */
export function blockingGit(): string {
  const dir = makeTempDir('pc-hostile-');
  buildRepo(dir, { files: BASIC_FILES, git: true });
  mkfifo(path.join(dir, '.git', 'objects', 'info', 'alternates'));
  return dir;
}

/** A repository whose `.git` is a file pointing at another repository (with its own history). */
export function foreignGitDir(): { dir: string; other: string } {
  const other = makeTempDir('pc-other-');
  buildRepo(other, { files: { 'secret-project.txt': 'x\n' }, commits: [{ message: 'Someone else commits here' }] });
  const dir = makeTempDir('pc-hostile-');
  writeFiles(dir, BASIC_FILES);
  writeFileSync(path.join(dir, '.git'), `gitdir: ${path.join(other, '.git')}\n`);
  return { dir, other };
}

/** A plain directory (no git) with extra entries made by `make`. */
export function plainDir(make: (dir: string) => void, files: Record<string, string> = BASIC_FILES): string {
  const dir = makeTempDir('pc-hostile-');
  writeFiles(dir, files);
  make(dir);
  return dir;
}

/** A git repository with BASIC_FILES plus `files` committed, then `make` run on the work tree. */
export function gitDir(files: Record<string, string | Buffer> = {}, make: (dir: string) => void = () => undefined): string {
  const dir = makeTempDir('pc-hostile-');
  buildRepo(dir, { files: { ...BASIC_FILES, ...files }, git: true });
  make(dir);
  return dir;
}

/** Outside every case's root: what a link escaping the root would reach. */
export function outsideSecret(): string {
  const dir = makeTempDir('pc-outside-');
  writeFileSync(path.join(dir, 'credentials.env'), `GITHUB_TOKEN=${FAKE_TOKEN}\n`);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'outside', 'portfolio-check': { passScore: 100 } }));
  return dir;
}

export { symlinkSync };
