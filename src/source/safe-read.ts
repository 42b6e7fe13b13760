import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The one routine every file of an inspected repository is read through (the working tree, its
 * .gitignore files, config discovery):
 * - opened with O_NOFOLLOW (a link is never followed by the open itself: callers resolve links
 *   first and check the target stays inside the root) and O_NONBLOCK, so a FIFO never blocks;
 * - the descriptor is fstat'ed: anything but a regular file (FIFO, device, socket, directory) is
 *   refused without reading a byte;
 * - at most `maxBytes` are read, whatever the file claims (a /dev/zero is refused, a huge file cut).
 */

export interface RegularRead {
  bytes: Buffer;
  /** The file's full size, which may exceed the bytes read. */
  size: number;
}

/**
 * Why a file was not read: 'missing', 'not-regular' (FIFO, device, socket, directory), 'link' (the
 * last component is a link), 'outside' (a link resolving outside the root), 'unreadable'.
 */
export type RefusedRead = { refused: 'missing' | 'not-regular' | 'link' | 'outside' | 'unreadable'; code?: string; target?: string };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Up to maxBytes of the regular file at `abs` (never following a link at its last component).
 * With `scratch`, the bytes land in its buffer (grown as needed, reused by the next read);
 * otherwise in a fresh one. Synchronous: thousands of small files read one by one are several
 * times faster than the async round-trips (open, stat, read, close) each would cost.
 */
export function readRegularFile(abs: string, maxBytes: number, scratch?: { buffer: Buffer }): RegularRead | RefusedRead {
  let fd: number | undefined;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: the last component is a symbolic link (O_NOFOLLOW).
    return { refused: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'ELOOP' ? 'link' : 'unreadable', ...(code ? { code } : {}) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: 'not-regular' };
    const length = Math.max(0, Math.min(st.size, maxBytes));
    if (scratch && length > scratch.buffer.length) scratch.buffer = Buffer.allocUnsafe(Math.max(length, scratch.buffer.length * 2));
    const target = scratch ? scratch.buffer : Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
      const n = readSync(fd, target, offset, length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { bytes: target.subarray(0, offset), size: st.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: 'unreadable', ...(code ? { code } : {}) };
  } finally {
    closeSync(fd);
  }
}

export function isRefused(read: RegularRead | RefusedRead): read is RefusedRead {
  return 'refused' in read;
}

/** Whether `target` is `root` or inside it (both absolute, already resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads `file` (absolute, or relative to `root`) only when, after resolving every link, it is a
 * regular file inside `root`. `realRoot` is root's realpath when the caller has it.
 */
export function readInside(root: string, file: string, maxBytes: number, realRoot?: string): RegularRead | RefusedRead {
  const abs = path.resolve(root, file);
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', ...(code ? { code } : {}) };
  }
  let rootReal = realRoot;
  if (rootReal === undefined) {
    try {
      rootReal = realpathSync.native(root);
    } catch {
      return { refused: 'unreadable' };
    }
  }
  if (!isInside(rootReal, real)) return { refused: 'outside', target: real };
  return readRegularFile(real, maxBytes);
}

/** A refusal in words, for a message: "is a FIFO, device or socket, not a regular file". */
export function describeRefusal(read: RefusedRead): string {
  switch (read.refused) {
    case 'missing':
      return 'does not exist';
    case 'not-regular':
      return 'is not a regular file (a FIFO, device, socket or directory); it is not read';
    case 'link':
      return 'is a symbolic link; it is not followed';
    case 'outside':
      return 'is a symbolic link to a file outside the repository; it is not read';
    default:
      return `cannot be read${read.code ? ` (${read.code})` : ''}`;
  }
}
