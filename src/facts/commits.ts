import type { Commit } from '../source/types.js';

/** Low-information subjects (signals §3.3), matched against the whole trimmed subject. */
const VAGUE =
  /^(wip|w\.i\.p\.?|fix(es|ed)?|bug ?fix(es)?|update[sd]?|updating|changes?|changed|misc|stuff|things|test(ing)?|tests?|asdf+|qwe(rty)?|aaa+|x+|\.+|-+|\?+|!+|commit|commits|save|saving|temp|tmp|oops|typo|minor|minor (fix(es)?|changes?|updates?)|small (fix(es)?|changes?)|cleanup|clean ?up|refactor(ing)?|final|final( final)*|done|work|working|works|try|trying|again|more|another|last one|ok|yes|no|hm+|lol|idk|new|first|init|.)$/i;
/** GitHub web-UI default subjects: "Update README.md", "Add files via upload". */
const WEB_UI = /^((Create|Update|Delete|Add) [^\s]*[./][^\s]*|Rename \S+ to \S+|Add files via upload)$/;
/** A generic verb plus a file name says nothing about the change: "refactor: Update url.py". */
const VERB_FILENAME = /^(\w+(\([^)]*\))?!?:\s*)?(update|change|edit|modify|fix)\s+\S+\.\w+$/i;
const CONVENTIONAL = /^(\w+)(\([^)]*\))?!?: (.+)$/;
const BOT_AUTHOR = /\[bot\]|dependabot|renovate|github-actions|greenkeeper|snyk-bot/i;
const AUTOSQUASH = /^(fixup|squash|amend)! /;

export type SubjectVerdict = 'descriptive' | 'vague' | 'web-ui' | 'verb-filename' | 'too-short';

/** Whether a commit is excluded from message grading (merges, reverts, bots, releases). */
export function isIgnoredCommit(commit: Commit): boolean {
  if (commit.parents.length > 1) return true;
  if (BOT_AUTHOR.test(commit.authorName) || BOT_AUTHOR.test(commit.authorEmail)) return true;
  const s = commit.subject.trim();
  return /^(Merge (pull request|branch|remote-tracking branch|tag)|Merge .+ into |Automatic merge|Auto-merged|Revert "|Reapply ")/.test(s) || /^v?\d+\.\d+\.\d+([-+][\w.]+)?$/.test(s);
}

/** Grades one subject line. Language-agnostic except for the English vague-word list. */
export function classifySubject(subject: string): SubjectVerdict {
  const s = subject.trim();
  const body = s.replace(AUTOSQUASH, '');
  const cc = CONVENTIONAL.exec(body);
  const description = (cc ? cc[3]! : body).trim();
  if (VAGUE.test(description) || VAGUE.test(body)) return 'vague';
  if (WEB_UI.test(body)) return 'web-ui';
  if (VERB_FILENAME.test(body)) return 'verb-filename';
  // Scripts without spaces (CJK) are judged by length alone.
  const words = description.split(/\s+/).filter(Boolean).length;
  const spaced = /\s/.test(description) || /^[\x00-\x7f]+$/.test(description);
  if ((spaced && words < 2) || description.length < 6) return 'too-short';
  return 'descriptive';
}

/** Whether a subject follows Conventional Commits. */
export function isConventional(subject: string): boolean {
  return CONVENTIONAL.test(subject.trim());
}

/** Whether the subject is an autosquash leftover (`fixup! …`). */
export function isAutosquash(subject: string): boolean {
  return AUTOSQUASH.test(subject.trim());
}
