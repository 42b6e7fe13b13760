import type { PlannedFile } from './types.js';

const CONTEXT = 3;

/** Lines with their terminators kept, so a missing final newline is visible. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * A unified diff (git-apply compatible) of one planned change. fix only creates files and appends to
 * them, so one hunk from the first changed line to the end is the whole diff: no general diff
 * algorithm (and no dependency) is needed, and the cost stays linear in the file's size.
 */
export function unifiedDiff(file: PlannedFile): string {
  const before = file.mode === 'append' ? (file.before ?? '') : '';
  const after = before + file.content;
  const oldLines = lines(before);
  const newLines = lines(after);
  let first = 0;
  while (first < oldLines.length && first < newLines.length && oldLines[first] === newLines[first]) first++;
  const start = Math.max(0, first - CONTEXT);
  const oldCount = oldLines.length - start;
  const newCount = newLines.length - start;
  const range = (from: number, count: number) => (count === 0 ? `${from},0` : `${from + 1},${count}`);
  const out = [file.mode === 'create' ? `diff --git a/${file.path} b/${file.path}\nnew file mode 100644\n--- /dev/null\n` : `diff --git a/${file.path} b/${file.path}\n--- a/${file.path}\n`, `+++ b/${file.path}\n`, `@@ -${range(start, oldCount)} +${range(start, newCount)} @@\n`];
  const emit = (prefix: string, line: string) => {
    out.push(prefix + line);
    if (!line.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
  };
  for (let i = start; i < first; i++) emit(' ', oldLines[i]!);
  for (let i = first; i < oldLines.length; i++) emit('-', oldLines[i]!);
  for (let i = first; i < newLines.length; i++) emit('+', newLines[i]!);
  return out.join('');
}
