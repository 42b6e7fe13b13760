import { appendFile, lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedFile } from './types.js';

/** Why a planned file was not written. */
export class WriteRefused extends Error {}

/**
 * Writes one planned file inside `root`: never outside it, never through a symbolic link, never over
 * an existing file (created with O_EXCL), and an append only when the file still holds what was planned on.
 */
export async function writePlanned(root: string, file: PlannedFile): Promise<void> {
  const target = await safeTarget(root, file.path);
  if (file.mode === 'create') {
    await mkdirInside(root, path.dirname(target));
    try {
      await writeFile(target, file.content, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused(`${file.path} appeared meanwhile; left alone`);
      throw error;
    }
    return;
  }
  const st = await lstat(target);
  if (!st.isFile()) throw new WriteRefused(`${file.path} is not a regular file`);
  const current = await readFile(target, 'utf8');
  if (current !== file.before) throw new WriteRefused(`${file.path} changed since it was read; run fix again`);
  await appendFile(target, file.content);
}

/** The absolute path of `relative` under `root`, refusing `..`, absolute paths and symbolic links on the way. */
async function safeTarget(root: string, relative: string): Promise<string> {
  if (path.isAbsolute(relative) || relative.split('/').includes('..')) throw new WriteRefused(`${relative} is outside the repository`);
  const target = path.resolve(root, relative);
  const rel = path.relative(root, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new WriteRefused(`${relative} is outside the repository`);
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) throw new WriteRefused(`${path.relative(root, current)} is a symbolic link; fix does not write through links`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
      throw error;
    }
  }
  return target;
}

/** Creates the missing folders of `dir` one level at a time, refusing links (checked just before). */
async function mkdirInside(root: string, dir: string): Promise<void> {
  const rel = path.relative(root, dir);
  if (!rel) return;
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    try {
      const st = await lstat(current);
      if (st.isSymbolicLink() || !st.isDirectory()) throw new WriteRefused(`${path.relative(root, current)} is not a plain folder`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(current);
    }
  }
}
