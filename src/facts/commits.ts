import type { Commit, FileStat, HistoryStream } from '../source/types.js';
import { isNotAuthoredInCommits } from './path-roles.js';

/*
 * What the commit rules observe, streamed: a history is folded into counts, distinct subjects,
 * dates, per-author shares and the newest commits kept whole, never kept commit by commit. The far
 * past contributes what costs nothing to keep (a count per subject verdict, subject frequencies,
 * authors, days); per-commit sizes exist only for the newest commits that were read with stats.
 */

/** Why a commit is or is not graded as the author's own work. */
export type CommitKind = 'human' | 'merge' | 'bot' | 'revert' | 'release';

/**
 * How much a subject says, once a leading emoji and a Conventional Commits prefix are stripped:
 * - `vague`: content-free words ("update", "minor changes", "Fixing a bug", "cambios", "修正");
 * - `web-ui`: a GitHub web-editor default ("Update README.md", "Add files via upload");
 * - `verb-filename`: a generic verb plus a file name ("fix: change server.js");
 * - `initial`: "first commit"/"initial commit" (fine once, vague when repeated);
 * - `too-short`: one word or a few characters that are not in the lists above ("Login");
 * - `descriptive`: anything else.
 */
export type SubjectVerdict = 'descriptive' | 'vague' | 'web-ui' | 'verb-filename' | 'initial' | 'too-short';

const BOT_AUTHOR = /\[bot\]|dependabot|renovate|github-actions|greenkeeper|snyk-bot|imgbot|allcontributors|pre-commit-ci/i;
const AUTOSQUASH = /^(fixup|squash|amend)! /;
const MERGE_SUBJECT = /^(Merge (pull request|branch|remote-tracking branch|tag|commit)|Merge .+ into |Automatic merge|Auto-merged)/;
const REVERT_SUBJECT = /^(Revert "|Reapply ")/;
const RELEASE_SUBJECT = /^v?\d+\.\d+\.\d+([-+][\w.]+)?$/;
/** Leading emoji (Unicode or `:gitmoji:` codes) and the separators after them. */
const LEADING_EMOJI = /^(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3|:[a-z0-9_+-]+:)\s*)+/u;
/** `feat:`, `fix(api)!:`, `[FEAT]`, `Feat -` style prefixes. */
const CONVENTIONAL = /^(\w+)(\([^)]*\))?!?:\s*(.*)$/s;
const BRACKET_PREFIX = /^\[[^\]]{1,20}\]\s*[-:]?\s*/;
/** Scripts written without spaces between words: length stands in for a word count. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Content-free descriptions, compared after lower-casing, collapsing spaces and dropping trailing
 * punctuation. The rubric's list, the usual variants, and the same in the languages portfolio
 * authors commonly write in (Portuguese, Spanish, French, German, Italian, Russian, Turkish,
 * Indonesian, Chinese, Japanese, Korean, Vietnamese).
 */
const VAGUE_WORDS = new Set(
  [
    // English
    'wip', 'w.i.p', 'fix', 'fixes', 'fixed', 'fixing', 'fixup', 'bugfix', 'bugfixes', 'bug fix', 'bug fixes', 'hotfix', 'quick fix', 'quickfix',
    'update', 'updates', 'updated', 'updating', 'change', 'changes', 'changed', 'misc', 'stuff', 'things', 'test', 'tests', 'testing', 'test commit',
    'commit', 'commits', 'new commit', 'save', 'saving', 'saved', 'temp', 'tmp', 'oops', 'typo', 'minor', 'small', 'cleanup', 'clean up', 'clean-up',
    'clean', 'cleaning', 'code cleanup', 'clean code', 'refactor', 'refactoring', 'refactored', 'refactors', 'code refactor', 'code refactoring',
    'final', 'final commit', 'final version', 'final changes', 'final change', 'final touches', 'final touch', 'final update', 'final fix', 'finally',
    'done', 'all done', 'finished', 'finish', 'complete', 'completed', 'last change', 'last changes', 'last commit', 'last update', 'last fix', 'last one',
    'work', 'working', 'works', 'it works', 'try', 'trying', 'again', 'more', 'another', 'ok', 'okay', 'yes', 'no', 'lol', 'idk', 'new', 'edit', 'edits',
    'edited', 'modified', 'modify', 'modifications', 'adjustments', 'tweaks', 'tweak', 'improvements', 'improve', 'improved', 'add', 'added', 'adding',
    'remove', 'removed', 'delete', 'deleted', 'various', 'progress', 'daily commit', 'daily update', 'backup', 'sync', 'upload', 'uploaded', 'uploads',
    'add files', 'added files', 'upload files', 'uploaded files', 'files', 'project', 'add project', 'added project', 'project files', 'code', 'new code',
    'updated code', 'update code', 'updates code', 'code update', 'code updates', 'code changes', 'code change', 'changes made', 'made changes',
    'small fix', 'small fixes', 'small change', 'small changes', 'small update', 'small updates', 'minor fix', 'minor fixes', 'minor change',
    'minor changes', 'minor update', 'minor updates', 'minor tweaks', 'minor edits', 'minor improvements', 'minor adjustments', 'little changes',
    'little change', 'little fix', 'little fixes', 'some changes', 'some fixes', 'some updates', 'few changes', 'few fixes', 'more changes', 'more fixes',
    'other changes', 'many changes', 'new changes', 'various changes', 'various fixes', 'misc changes', 'misc fixes', 'general fixes', 'general changes',
    'fixed bugs', 'fixed bug', 'fix bugs', 'fix bug', 'fixing bugs', 'fixing bug', 'fixed a bug', 'fix a bug', 'fixing a bug', 'fixed some bugs',
    'fix some bugs', 'fixing some bugs', 'bug', 'bugs', 'fixed issues', 'fix issues', 'fixed errors', 'fix errors', 'fixed error', 'fix error', 'errors',
    'fixed it', 'fix it', 'fixed stuff', 'fix stuff', 'fixed things', 'updating the code', 'update the code', 'updated the code', 'refactoring the code',
    'refactor the code', 'refactored the code', 'refactor code', 'refactoring code', 'refactored code', 'cleaning the code', 'clean the code',
    'cleaned up', 'cleaned code', 'cleanup code', 'update files', 'updated files', 'update file', 'updated file', 'update project', 'updated project',
    'update repo', 'update stuff', 'update things', 'misc updates', 'asdf', 'qwerty', 'qwe', 'test 1', 'test 2', 'testing 1', 'testing 2',
    'some minor changes', 'some minor fixes', 'some minor updates', 'some small changes', 'some small fixes', 'some edits', 'also edits', 'more edits',
    'commit update', 'commit updates', 'update commit', 'commit changes', 'commit change', 'small commit', 'minor commit', 'just a commit',
    // Portuguese
    'att', 'atualização', 'atualizacao', 'atualizações', 'atualizacoes', 'atualizado', 'atualizada', 'atualizando', 'atualizar', 'ajuste', 'ajustes',
    'ajustes finais', 'correção', 'correcao', 'correções', 'correcoes', 'alteração', 'alteracao', 'alterações', 'alteracoes', 'mudanças', 'mudancas',
    'modificações', 'modificacoes', 'melhorias', 'pequenas alterações', 'pequenos ajustes', 'versão final', 'versao final', 'finalizado', 'feito',
    'arrumando', 'teste', 'testes', 'upload de arquivos', 'arquivos',
    // Spanish
    'cambios', 'cambio', 'actualización', 'actualizacion', 'actualizaciones', 'actualizado', 'arreglos', 'arreglo', 'arreglado', 'correcciones',
    'corrección', 'correccion', 'cambios menores', 'modificaciones', 'avance', 'avances', 'subida', 'subiendo archivos', 'versión final', 'prueba',
    'pruebas', 'archivos', 'retoque', 'retoques', 'retoque menor', 'retoques menores', 'algunos retoques', 'algunos retoques menores',
    'algunos cambios', 'pequeños cambios', 'arreglos menores',
    // French
    'modifs', 'modif', 'mise à jour', 'mise a jour', 'maj', 'correctif', 'correctifs', 'petites modifications', 'changements', 'ajouts',
    // German
    'änderungen', 'aenderungen', 'kleine änderungen', 'anpassungen', 'korrekturen', 'aktualisierung', 'fehlerbehebung',
    // Italian
    'modifiche', 'aggiornamento', 'aggiornamenti', 'correzioni', 'correzione',
    // Russian, Ukrainian
    'правки', 'исправления', 'исправление', 'обновление', 'изменения', 'фикс', 'коммит', 'оновлення', 'зміни',
    // Turkish, Indonesian, Vietnamese
    'güncelleme', 'guncelleme', 'düzeltme', 'duzeltme', 'değişiklikler', 'degisiklikler', 'perbaikan', 'pembaruan', 'perubahan', 'cập nhật', 'sửa', 'sửa lỗi',
    // Chinese, Japanese, Korean
    '修正', '修复', '更新', '修改', '提交', '优化', '调整', '测试', '完善', '变更', '変更', '更新しました', '修正しました', '수정', '업데이트', '변경', '커밋',
  ].map((w) => w.toLowerCase()),
);

/** "first commit" and its kin: fine once (the oldest), vague when repeated. */
const INITIAL_WORDS = new Set([
  'initial commit', 'first commit', 'init', 'initial', 'first', 'init commit', 'initial import', 'initial upload', 'first upload', 'initial version',
  'first version', 'initial setup', 'project init', 'initialize project', 'initialized project', 'initial project', 'init project',
  'commit inicial', 'primeiro commit', 'primer commit', 'premier commit', 'erster commit', 'primo commit', 'первый коммит', 'ilk commit',
  'initial commit.', '初始化', '初次提交', '初始提交', '第一次提交', '初回コミット', 'first commit!',
]);

/** GitHub web-editor defaults: "Update README.md", "Create main.go", "Delete x", "Add files via upload". */
const WEB_UI = /^((Create|Update|Delete) (\S*[./_]\S*|[A-Z][A-Z0-9_-]+|LICENSE|Dockerfile|Makefile|Procfile|Gemfile|Rakefile|Jenkinsfile|Vagrantfile)|Rename \S+ to \S+|Add files via upload)$/;
/**
 * A generic verb and what every project has ("update README", "Actualizado el archivo README.",
 * "Update version."): says that something changed, not what.
 */
const VERB_CHORE =
  /^(update[sd]?|updating|actualiza(do|r)?|actualizo|atualiza(do|r)?|atualizei|modif(y|ied|ica(do)?)|edit(ed)?|change[sd]?|fix(e[sd])?) (the |el |o |a |la )?(archivo |arquivo |file )?(readme( files?| file)?|readme\.md|docs?|documentation|documentação|documentación|changelog|gitignore|\.gitignore|license|version|api version|files?|code|project|database|db|config|stuff|app|repo|repository)$/;
/** Automated-fix defaults accepted as they come ("Potential fix for code scanning alert no. 3: …"). */
const AUTOFIX = /^(Potential fix for (code scanning alert|pull request finding)|Apply suggestions? from code review$|Scrutinizer Auto-Fixes$)/i;
/** A generic verb plus a file name: "refactor: Update url.py", "changed server.js". */
const VERB_FILENAME = /^(update[sd]?|updating|change[sd]?|changing|edit(ed|s)?|modif(y|ied|ies)|fix(e[sd])?|fixing|delete[sd]?|create[sd]?|add(ed)?|upload(ed)?)\s+(the\s+)?\S+\.[a-z0-9]{1,8}(\s+file)?$/i;

/** Generator and template subjects: a scaffold commit is not the author's dump. */
const SCAFFOLD =
  /\b(scaffold(ed|ing)?|boilerplate|skeleton|starter|template|generated|generator|initiali[sz]r|create[- ](react|next|vite|t3)[- ]app|rails new|laravel new|django-admin|startproject|startapp|dotnet new|nest new|cargo new|cookiecutter|jhipster|yeoman|express-generator|composer create-project)\b|^(install|set ?up|setup|new|init(ial(ize)?)?|create|bootstrap)\b.{0,20}\b(laravel|rails|django|symfony|nest(js)?|spring( boot)?|angular|next(\.?js)?|nuxt|vue|react|express|fastapi|flask|asp\.net( core)?|\.net|dotnet|gin|fiber|phoenix) ?(app|application|project|api|skeleton)?$/i;

export interface CommitSize {
  /** Lines added in files written by hand (no lockfiles, generated, vendored or excluded paths). */
  insertions: number;
  /** Lines added plus deleted in those files. */
  changed: number;
  /** Lines added plus deleted in every file, lockfiles included. */
  changedAll: number;
}

/** A commit kept whole (the newest ones, and the oldest): no body, subject capped at 512 bytes. */
export interface HistoryCommit {
  hash: string;
  parents: number;
  authorName: string;
  authorEmail: string;
  authorDate: string;
  subject: string;
  kind: CommitKind;
  verdict: SubjectVerdict | 'autosquash';
  /** A generator's or template's output, by its subject. */
  scaffold: boolean;
  /** Undefined when the commit was read without per-file stats. */
  size?: CommitSize;
}

export interface SubjectCount {
  /** The subject as first seen (newest), capped. */
  subject: string;
  count: number;
  /** The newest commit with this subject (7 characters). */
  hash: string;
  verdict: SubjectVerdict | 'autosquash';
}

export interface AuthorShare {
  name: string;
  email: string;
  commits: number;
}

/** The history folded into what the commit rules judge. Everything but `newest` is bounded by caps. */
export interface HistorySummary {
  /** Every commit read. */
  commits: number;
  kinds: Record<CommitKind, number>;
  /** Bot authors with their commit counts, most first (at most 10). */
  bots: AuthorShare[];
  /** The author's own commits: not merges, bots, reverts or releases. */
  human: number;
  /** Human commits per verdict (the first "initial commit" counted as `initial`, any later one as `vague`). */
  verdicts: Record<SubjectVerdict | 'autosquash', number>;
  /** Human subjects with at most two words (or four characters in unspaced scripts). */
  shortSubjects: number;
  /** Human subject lengths in characters: index n counts subjects of length n (the last bucket is "longer"). */
  subjectLengths: number[];
  /**
   * Human commits whose subject repeats the previous human commit's once numbers, "again" and
   * punctuation are stripped ("fixed create user - 2", "- 3", …): visible trial and error.
   */
  retries: number;
  /** The most common retried subject, with its newest commit. */
  retryExample?: { subject: string; hash: string };
  /** Distinct human subjects (lower-cased, spaces collapsed, trailing punctuation dropped). */
  distinct: number;
  /** False when more subjects were seen than the frequency table keeps: `distinct` is a lower bound. */
  distinctExact: boolean;
  /** The most repeated human subjects, most first (at most 20); counts are exact while `distinctExact`. */
  repeated: SubjectCount[];
  /** The most repeated non-descriptive human subjects, most first (at most 10). */
  unclear: SubjectCount[];
  /** Human authors by commits, most first (at most 20), and how many there are. */
  authors: AuthorShare[];
  authorCount: number;
  /** Author dates (ISO) of the oldest and newest human commits, and on how many days humans committed. */
  firstDate?: string;
  lastDate?: string;
  days: number;
  /** The newest commits, whole, newest first: those read with stats (`statsLimit`). */
  newest: HistoryCommit[];
  /** The oldest commit of the history. */
  root?: HistoryCommit;
  /** Human commits with a measured size, and whether that is every human commit. */
  measured: number;
  sizesComplete: boolean;
}

export type History =
  | { available: true; shallow: boolean; head: string; statsLimit: number; summary: HistorySummary }
  | { available: false; reason: string; shallow: boolean };

/** Subject frequencies are exact up to this many distinct subjects, then a Misra–Gries summary. */
const SUBJECT_TABLE = 20_000;
const MAX_LENGTH_BUCKET = 200;

/** What kind of commit this is: only `human` commits are graded as the author's own. */
export function commitKind(commit: Pick<Commit, 'parents' | 'authorName' | 'authorEmail' | 'subject'>): CommitKind {
  if (commit.parents.length > 1) return 'merge';
  if (BOT_AUTHOR.test(commit.authorName) || BOT_AUTHOR.test(commit.authorEmail)) return 'bot';
  const s = commit.subject.trim();
  if (MERGE_SUBJECT.test(s)) return 'merge';
  if (REVERT_SUBJECT.test(s)) return 'revert';
  if (RELEASE_SUBJECT.test(s)) return 'release';
  return 'human';
}

/** Whether a commit is left out of grading (merges, reverts, bots, releases). */
export function isIgnoredCommit(commit: Pick<Commit, 'parents' | 'authorName' | 'authorEmail' | 'subject'>): boolean {
  return commitKind(commit) !== 'human';
}

/** The description a subject carries: without a fixup!, leading emoji, a `type(scope):` or `[TAG]` prefix. */
export function describe(subject: string): string {
  let s = subject.trim().replace(AUTOSQUASH, '').replace(LEADING_EMOJI, '');
  const cc = CONVENTIONAL.exec(s);
  if (cc && cc[1]!.length <= 12) s = cc[3]!;
  s = s.replace(BRACKET_PREFIX, '').replace(LEADING_EMOJI, '');
  return s.trim();
}

/** Characters dropped from the end of a normalised subject (after spaces are collapsed). */
const TRAILING = new Set([...' .!?,;:…~-'].map((c) => c.charCodeAt(0)));
/** Whitespace other than single spaces: only then is the collapsing replace needed. */
const UNCOLLAPSED = /\s\s|[^\S ]/;
/** Code units below this belong to no unspaced script (Thai starts at U+0E00): a cheap pre-test. */
const MAYBE_UNSPACED = /[^\u0000-\u0dff]/;

/** The form subjects are compared in: lower case, single spaces, no trailing punctuation. */
export function normalizeSubject(subject: string): string {
  // Equivalent to .replace(/\s+/g, ' ').replace(/[\s.!?,;:…~-]+$/u, '').trim(), without the
  // trailing-run regex, which tries every position of the subject (it was most of a long history's
  // time).
  let s = subject.toLowerCase();
  if (UNCOLLAPSED.test(s)) s = s.replace(/\s+/g, ' ');
  let end = s.length;
  while (end > 0 && TRAILING.has(s.charCodeAt(end - 1))) end--;
  const start = s.charCodeAt(0) === 0x20 ? 1 : 0;
  return start === 0 && end === s.length ? s : s.slice(start, Math.max(start, end));
}

/** Whether the text contains a character of a script written without spaces. */
function isUnspaced(text: string): boolean {
  return MAYBE_UNSPACED.test(text) && UNSPACED.test(text);
}

/** Words separated by whitespace (what `text.split(/\s+/).filter(Boolean).length` counts). */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || (c <= 0x0d && c >= 0x09) || (c > 0x7f && WHITESPACE.test(text[i]!));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
const WHITESPACE = /^\s$/;

/** Characters (code points) of a string, as `[...text].length` counts them. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * What grading needs of one subject, each piece computed once: the description (prefixes
 * stripped), its normalised form and the subject's own normalised form.
 */
interface SubjectParts {
  subject: string;
  description: string;
  key: string;
  subjectKey: string;
}

function subjectParts(raw: string): SubjectParts {
  const subject = raw.trim();
  const description = describe(subject);
  return { subject, description, key: normalizeSubject(description), subjectKey: normalizeSubject(subject) };
}

/** Grades one subject line (see SubjectVerdict). Pure. */
export function classifySubject(subject: string): SubjectVerdict {
  return classifyParts(subjectParts(subject));
}

function classifyParts({ subject, description, key, subjectKey }: SubjectParts): SubjectVerdict {
  if (key === '' || /^[\p{P}\p{S}\s]+$/u.test(description) || /^(.)\1*$/u.test(key)) return 'vague'; // ".", "..", "??", "aaa"
  if (INITIAL_WORDS.has(key) || INITIAL_WORDS.has(subjectKey)) return 'initial';
  if (VAGUE_WORDS.has(key) || /^(wip|update|fix|test|commit|changes?)\s*#?\d+$/.test(key)) return 'vague';
  if ((WEB_UI.test(subject) && !subject.endsWith('.')) || AUTOFIX.test(description)) return 'web-ui';
  if (VERB_CHORE.test(key)) return 'vague';
  if (VERB_FILENAME.test(description)) return 'verb-filename';
  if (isShortDescription(description)) return 'too-short';
  return 'descriptive';
}

/** One word or a few characters: says little even when it is not content-free. */
function isShortDescription(description: string): boolean {
  if (isUnspaced(description)) return codePoints(description) < 4;
  return wordCount(description) < 2 || description.length < 6;
}

/** At most two words (in unspaced scripts, at most four characters). */
export function isTwoWordsOrFewer(subject: string): boolean {
  return isTwoWordsDescription(describe(subject));
}

function isTwoWordsDescription(description: string): boolean {
  if (isUnspaced(description)) return codePoints(description) <= 4;
  return wordCount(description) <= 2;
}

/** A subject without its numbering and retry words: "Fix deploy (2)" and "fix deploy again" share a stem. */
export function retryStem(subject: string): string {
  return stemOf(normalizeSubject(describe(subject)));
}

function stemOf(key: string): string {
  return key
    .replace(/[\s\d.#()\-–_!?,:]+$/u, '')
    .replace(/\s+(again|once more|retry|take \d+)$/, '')
    .trim();
}

/** Whether the subject follows Conventional Commits. */
export function isConventional(subject: string): boolean {
  return /^(\w+)(\([^)]*\))?!?: ./.test(subject.trim());
}

/** Whether the subject is an autosquash leftover (`fixup! …`). */
export function isAutosquash(subject: string): boolean {
  return AUTOSQUASH.test(subject.trim());
}

/** Whether the subject says the commit is a generator's or template's output. */
export function isScaffoldSubject(subject: string): boolean {
  return SCAFFOLD.test(describe(subject));
}

/** Whether a changed path is written by hand: not a lockfile, generated, vendored or excluded path. */
export function isAuthoredPath(path: string): boolean {
  return !isNotAuthoredInCommits(path);
}

/** Lines a commit changes, from its per-file stats (binary files count zero). */
export function measureCommit(files: readonly FileStat[]): CommitSize {
  let insertions = 0;
  let changed = 0;
  let changedAll = 0;
  for (const f of files) {
    const lines = (f.added ?? 0) + (f.deleted ?? 0);
    changedAll += lines;
    if (!isAuthoredPath(f.path)) continue;
    insertions += f.added ?? 0;
    changed += lines;
  }
  return { insertions, changed, changedAll };
}

/** The verdict a commit's subject gets in grading, autosquash leftovers apart. */
function verdictOf(subject: string): SubjectVerdict | 'autosquash' {
  return isAutosquash(subject) ? 'autosquash' : classifySubject(subject);
}

function keep(commit: Commit): HistoryCommit {
  const kept: HistoryCommit = {
    hash: commit.hash,
    parents: commit.parents.length,
    authorName: commit.authorName,
    authorEmail: commit.authorEmail,
    authorDate: commit.authorDate,
    subject: commit.subject,
    kind: commitKind(commit),
    verdict: verdictOf(commit.subject),
    scaffold: isScaffoldSubject(commit.subject),
  };
  if (commit.files) kept.size = measureCommit(commit.files);
  return kept;
}

interface SubjectEntry {
  subject: string;
  count: number;
  hash: string;
  verdict: SubjectVerdict | 'autosquash';
}

/**
 * Folds commits into a HistorySummary in any order (the source reads the newest and the older
 * commits concurrently). Memory: the subject table (capped), authors, days, and no commit.
 */
export class HistoryAggregator {
  private commits = 0;
  private kinds: Record<CommitKind, number> = { human: 0, merge: 0, bot: 0, revert: 0, release: 0 };
  private bots = new Map<string, AuthorShare>();
  private authors = new Map<string, AuthorShare>();
  private verdicts: Record<SubjectVerdict | 'autosquash', number> = { descriptive: 0, vague: 0, 'web-ui': 0, 'verb-filename': 0, initial: 0, 'too-short': 0, autosquash: 0 };
  private initialExample: { hash: string; subject: string } | undefined;
  private shortSubjects = 0;
  private lengths: number[] = new Array<number>(MAX_LENGTH_BUCKET + 1).fill(0);
  private subjects = new Map<string, SubjectEntry>();
  private distinctOverflow = false;
  private days = new Set<string>();
  private firstDate: string | undefined;
  private lastDate: string | undefined;
  private oldest: Commit | undefined;
  private previousStem = '';
  private retries = 0;
  private retryStems = new Map<string, { count: number; subject: string; hash: string }>();

  /** The next commit does not follow the last one added (the source's other stream starts). */
  breakRun(): void {
    this.previousStem = '';
  }

  /** Adds one commit; `oldest` marks the last commit of the history (the source knows it). */
  add(commit: Commit): void {
    this.commits++;
    const kind = commitKind(commit);
    this.kinds[kind]++;
    if (kind === 'bot') {
      const key = commit.authorName || commit.authorEmail;
      const entry = this.bots.get(key) ?? { name: commit.authorName, email: commit.authorEmail, commits: 0 };
      entry.commits++;
      this.bots.set(key, entry);
      return;
    }
    if (kind !== 'human') return;
    const email = commit.authorEmail.toLowerCase();
    const author = this.authors.get(email) ?? { name: commit.authorName, email: commit.authorEmail, commits: 0 };
    author.commits++;
    if (this.authors.size < 50_000 || this.authors.has(email)) this.authors.set(email, author);

    const parts = subjectParts(commit.subject);
    const { subject } = parts;
    const verdict = isAutosquash(subject) ? 'autosquash' : classifyParts(parts);
    this.verdicts[verdict]++;
    if (verdict === 'initial') this.initialExample ??= { hash: commit.hash.slice(0, 7), subject };
    if (isTwoWordsDescription(parts.description)) this.shortSubjects++;
    this.lengths[Math.min(codePoints(subject), MAX_LENGTH_BUCKET)]!++;
    this.countSubject(parts.subjectKey, subject, commit.hash.slice(0, 7), verdict);

    const stem = stemOf(parts.key);
    if (stem && stem === this.previousStem) {
      this.retries++;
      const entry = this.retryStems.get(stem) ?? { count: 0, subject, hash: commit.hash.slice(0, 7) };
      entry.count++;
      if (this.retryStems.size < 1000 || this.retryStems.has(stem)) this.retryStems.set(stem, entry);
    }
    this.previousStem = stem;

    const day = commit.authorDate.slice(0, 10);
    if (day) this.days.add(day);
    if (commit.authorDate) {
      if (!this.firstDate || commit.authorDate < this.firstDate) this.firstDate = commit.authorDate;
      if (!this.lastDate || commit.authorDate > this.lastDate) this.lastDate = commit.authorDate;
    }
  }

  /** Records the oldest commit of the history. */
  setOldest(commit: Commit): void {
    this.oldest = commit;
  }

  private countSubject(key: string, subject: string, hash: string, verdict: SubjectVerdict | 'autosquash'): void {
    const entry = this.subjects.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.subjects.size < SUBJECT_TABLE) {
      this.subjects.set(key, { subject, count: 1, hash, verdict });
      return;
    }
    // Misra–Gries: a full table decrements every counter; a subject seen more than n / SUBJECT_TABLE
    // times is never lost, and its count is low by at most that much.
    this.distinctOverflow = true;
    for (const [k, e] of this.subjects) if (--e.count === 0) this.subjects.delete(k);
  }

  summary(newest: readonly Commit[]): HistorySummary {
    // The first "initial commit" is fine; every later one is graded vague.
    const verdicts = { ...this.verdicts };
    if (verdicts.initial > 1) {
      verdicts.vague += verdicts.initial - 1;
      verdicts.initial = 1;
    }
    const entries = [...this.subjects.values()];
    const byCount = (a: SubjectEntry, b: SubjectEntry) => b.count - a.count || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0);
    const repeated = entries.filter((e) => e.count > 1).sort(byCount).slice(0, 20);
    const unclear = entries
      .filter((e) => e.verdict !== 'descriptive' && (e.verdict !== 'initial' || e.count > 1))
      .map((e) => (e.verdict === 'initial' ? { ...e, count: e.count - 1 } : e))
      .sort(byCount)
      .slice(0, 10);
    const human = this.kinds.human;
    const kept = newest.map(keep);
    const measured = kept.filter((c) => c.kind === 'human' && c.size).length;
    const summary: HistorySummary = {
      commits: this.commits,
      kinds: { ...this.kinds },
      bots: [...this.bots.values()].sort((a, b) => b.commits - a.commits).slice(0, 10),
      human,
      verdicts,
      shortSubjects: this.shortSubjects,
      retries: this.retries,
      subjectLengths: this.lengths.slice(),
      distinct: this.subjects.size,
      distinctExact: !this.distinctOverflow,
      repeated: repeated.map(({ subject, count, hash, verdict }) => ({ subject, count, hash, verdict })),
      unclear: unclear.map(({ subject, count, hash, verdict }) => ({ subject, count, hash, verdict })),
      authors: [...this.authors.values()].sort((a, b) => b.commits - a.commits).slice(0, 20),
      authorCount: this.authors.size,
      days: this.days.size,
      newest: kept,
      measured,
      sizesComplete: human > 0 && measured === human,
    };
    const retry = [...this.retryStems.values()].sort((a, b) => b.count - a.count)[0];
    if (retry) summary.retryExample = { subject: retry.subject, hash: retry.hash };
    if (this.firstDate) summary.firstDate = this.firstDate;
    if (this.lastDate) summary.lastDate = this.lastDate;
    if (this.oldest) summary.root = keep(this.oldest);
    return summary;
  }
}

/**
 * Streams a source's history into a summary: older commits are folded as git prints them, the
 * newest (read with stats) are folded when their stream ends and kept whole.
 */
export async function summarizeHistory(read: (visit: (commit: Commit) => void) => Promise<HistoryStream>): Promise<History> {
  const aggregator = new HistoryAggregator();
  let last: Commit | undefined;
  const stream = await read((commit) => {
    aggregator.add(commit);
    last = commit;
  });
  if (!stream.available) return stream;
  aggregator.breakRun();
  for (const commit of stream.newest) aggregator.add(commit);
  const oldest = last ?? stream.newest[stream.newest.length - 1];
  if (oldest) aggregator.setOldest(oldest);
  return { available: true, shallow: stream.shallow, head: stream.head, statsLimit: stream.statsLimit, summary: aggregator.summary(stream.newest) };
}
