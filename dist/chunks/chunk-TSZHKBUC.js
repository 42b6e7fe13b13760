#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  PRESET_NAMES,
  PRESET_PREFIX,
  isPresetName
} from "./chunk-GE6FNV7H.js";

// src/util.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function maskSecret(value) {
  if (value.length <= 8) return "*".repeat(Math.max(4, value.length));
  return `${value.slice(0, 2)}${"*".repeat(Math.min(12, value.length - 4))}${value.slice(-2)}`;
}
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var SECRET_PREFIX = /^(?:gh[pousr]_|github_pat_|AKIA|ASIA|AIza|[sr]k_live_|xox[baprs]-|sk-proj-|sk-ant-|npm_|SG\.|-----BEGIN)/;
var SECRET_IN_TEXT = /\b(?:gh[pousr]_|github_pat_|AKIA|ASIA|AIza|[sr]k_live_|xox[baprs]-|sk-proj-|sk-ant-|npm_)[\w-]+/g;
function looksLikeSecret(value) {
  if (SECRET_PREFIX.test(value)) return true;
  if (/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return true;
  return value.length >= 20 && /^[\w+/=.-]+$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}
function displayValue(value, max = 60) {
  if (looksLikeSecret(value)) return maskSecret(value);
  const shown = value.length > max ? `${value.slice(0, max - 20)}\u2026` : value;
  const printable = shown.replace(/[\u0000-\u001f\u007f]/g, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return value.length > max ? `${printable} (${value.length} characters)` : printable;
}
function safeMessage(text, max = 1e3) {
  const out = text.replace(/"([^"\n]*)"/g, (_, inner) => `"${displayValue(inner)}"`).replace(SECRET_IN_TEXT, (token) => maskSecret(token));
  return out.length > max ? `${out.slice(0, max)}\u2026 (${out.length} characters)` : out;
}

// src/config/errors.ts
var MAX_PROBLEMS = 20;
var ConfigError = class extends Error {
  problems;
  constructor(problems) {
    const shown = problems.slice(0, MAX_PROBLEMS).map((p) => ({ file: p.file, path: safeMessage(p.path, 200), message: safeMessage(p.message) }));
    if (problems.length > MAX_PROBLEMS) shown.push({ file: shown[0].file, path: "", message: `\u2026 and ${plural(problems.length - MAX_PROBLEMS, "more problem")}` });
    super(shown.map(formatProblem).join("\n"));
    this.name = "ConfigError";
    this.problems = shown;
  }
};
function formatProblem(problem) {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
function jsonPath(segments) {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${displayValue(String(segment), 40)}` : displayValue(String(segment), 40);
  }
  return out;
}
function levenshtein(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(word, candidates) {
  if (word.length > 64) return void 0;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  const lower = word.toLowerCase();
  return [...candidates].find((c) => Math.min(c.length, lower.length) >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)));
}
function didYouMean(word, candidates) {
  const match = closest(word, candidates);
  return match === void 0 ? "" : `; did you mean "${match}"?`;
}
function typeName(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${displayValue(value)}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `an ${typeof value}`;
}
var TYPE_NAMES = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  record: "an object",
  array: "an array",
  tuple: "[level, options]",
  union: "one of the accepted forms"
};
function expectation(issue, valueSeparator = ", ") {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case "invalid_value":
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `${valueSeparator === ", " ? "one of " : ""}${issue.values.map((v) => JSON.stringify(v)).join(valueSeparator)}`;
    case "too_small":
      if (issue.origin === "string") return "a non-empty string";
      if (issue.origin === "array") return `at least ${issue.minimum} entries`;
      return `a number ${issue.inclusive ? ">=" : ">"} ${issue.minimum}`;
    case "too_big":
      return `a number ${issue.inclusive ? "<=" : "<"} ${issue.maximum}`;
    default:
      return issue.message;
  }
}
function zodProblems(file, issues, prefix = [], describeKey) {
  const out = [];
  for (const issue of issues) {
    const at = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const deeper = issue.errors.find((branch) => branch.some((i) => i.path.length > 0));
      if (deeper) {
        out.push(...zodProblems(file, deeper, at, describeKey));
        continue;
      }
      const expected = issue.errors.map((branch) => expectation(branch[0], " | ")).join(" | ");
      const input2 = issue.input;
      const values = issue.errors.flatMap((branch) => branch[0].code === "invalid_value" ? branch[0].values.map(String) : []);
      const hint2 = typeof input2 === "string" ? didYouMean(input2, values) : "";
      out.push({ file, path: jsonPath(at), message: `expected ${expected}; got ${typeName(input2)}${hint2}` });
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyAt = jsonPath([...at, key]);
        out.push({ file, path: keyAt, message: describeKey ? describeKey(key, jsonPath(at)) : `unknown field` });
      }
      continue;
    }
    const input = issue.input;
    if (issue.code === "invalid_type" && input === void 0) {
      out.push({ file, path: jsonPath(at), message: `is required (expected ${expectation(issue)})` });
      continue;
    }
    const hint = issue.code === "invalid_value" && typeof input === "string" ? didYouMean(input, issue.values.map(String)) : "";
    out.push({ file, path: jsonPath(at), message: `expected ${expectation(issue)}; got ${typeName(input)}${hint}` });
  }
  return out;
}

// src/config/load.ts
import { existsSync, realpathSync as realpathSync2, statSync } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// src/source/safe-read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readRegularFile(abs, maxBytes, scratch) {
  let fd;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    const code = error.code;
    return { refused: code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "ELOOP" ? "link" : "unreadable", ...code ? { code } : {} };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: "not-regular" };
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
    const code = error.code;
    return { refused: "unreadable", ...code ? { code } : {} };
  } finally {
    closeSync(fd);
  }
}
function isRefused(read) {
  return "refused" in read;
}
function isInside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function readInside(root, file, maxBytes, realRoot) {
  const abs = path.resolve(root, file);
  let real;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    const code = error.code;
    return { refused: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", ...code ? { code } : {} };
  }
  let rootReal = realRoot;
  if (rootReal === void 0) {
    try {
      rootReal = realpathSync.native(root);
    } catch {
      return { refused: "unreadable" };
    }
  }
  if (!isInside(rootReal, real)) return { refused: "outside", target: real };
  return readRegularFile(real, maxBytes);
}
function describeRefusal(read) {
  switch (read.refused) {
    case "missing":
      return "does not exist";
    case "not-regular":
      return "is not a regular file (a FIFO, device, socket or directory); it is not read";
    case "link":
      return "is a symbolic link; it is not followed";
    case "outside":
      return "is a symbolic link to a file outside the repository; it is not read";
    default:
      return `cannot be read${read.code ? ` (${read.code})` : ""}`;
  }
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [
  "portfolio-check.config.json",
  "portfolio-check.config.yaml",
  "portfolio-check.config.yml",
  "portfolio-check.config.js",
  "portfolio-check.config.mjs",
  ".portfolio-checkrc",
  ".portfolio-checkrc.json",
  ".portfolio-checkrc.yaml",
  ".portfolio-checkrc.yml"
];
var PACKAGE_JSON_KEY = "portfolio-check";
function displayName(root, file) {
  const relative = path2.relative(root, file);
  return relative && !relative.startsWith("..") && !path2.isAbsolute(relative) ? relative.split(path2.sep).join("/") : file;
}
var CONFIG_LIMITS = { maxBytes: 2 * 1024 * 1024, maxDepth: 32, maxValues: 2e4 };
function discoverConfigFile(root) {
  let realRoot;
  try {
    realRoot = realpathSync2.native(root);
  } catch {
    return void 0;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const probe = readInside(root, name, 0, realRoot);
    if (!isRefused(probe)) return path2.join(root, name);
    if (probe.refused !== "missing") throw new ConfigError([{ file: name, path: "", message: describeRefusal(probe) }]);
  }
  const pkg = readInside(root, "package.json", CONFIG_LIMITS.maxBytes, realRoot);
  if (!isRefused(pkg) && pkg.size <= CONFIG_LIMITS.maxBytes) {
    try {
      const json = JSON.parse(pkg.bytes.toString("utf8"));
      if (json && typeof json === "object" && PACKAGE_JSON_KEY in json) return path2.join(root, "package.json");
    } catch {
    }
  }
  return void 0;
}
function readConfigText(file, name) {
  let real;
  try {
    real = realpathSync2.native(file);
  } catch (error) {
    throw new ConfigError([{ file: name, path: "", message: `cannot read the file: ${error.code ?? firstLine(error)}` }]);
  }
  const read = readRegularFile(real, CONFIG_LIMITS.maxBytes);
  if (isRefused(read)) throw new ConfigError([{ file: name, path: "", message: describeRefusal(read) }]);
  if (read.size > CONFIG_LIMITS.maxBytes) {
    throw new ConfigError([{ file: name, path: "", message: `is ${(read.size / 1024 / 1024).toFixed(1)} MiB; a configuration file may be at most ${CONFIG_LIMITS.maxBytes / 1024 / 1024} MiB` }]);
  }
  const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (bracketDepth(text) > CONFIG_LIMITS.maxDepth) throw tooDeep(name);
  return text;
}
function bracketDepth(text) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}
function tooDeep(name) {
  return new ConfigError([{ file: name, path: "", message: `is nested more than ${CONFIG_LIMITS.maxDepth} levels deep (the limit); a configuration is a few levels deep` }]);
}
function checkShape(value, name) {
  const stack = [{ value, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop();
    if (current === null || typeof current !== "object") continue;
    if (depth >= CONFIG_LIMITS.maxDepth) throw tooDeep(name);
    const children = Array.isArray(current) ? current : Object.values(current);
    count += children.length;
    if (count > CONFIG_LIMITS.maxValues) {
      throw new ConfigError([{ file: name, path: "", message: `holds more than ${CONFIG_LIMITS.maxValues.toLocaleString("en-US")} values (the limit); a configuration lists rules and settings, not data` }]);
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
}
async function readRaw(file, name) {
  const base = path2.basename(file);
  const ext = path2.extname(file).toLowerCase();
  if (ext === ".js" || ext === ".mjs" || ext === ".cjs") {
    let mod;
    try {
      mod = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new ConfigError([{ file: name, path: "", message: `cannot load the module: ${firstLine(error)}` }]);
    }
    return mod.default;
  }
  const text = readConfigText(file, name);
  if (ext === ".json" || base.startsWith(".portfolio-checkrc") && ext === "" && text.trimStart().startsWith("{")) {
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigError([{ file: name, path: "", message: `invalid JSON: ${jsonError(error, text)}` }]);
    }
    if (base === "package.json") {
      const value = json?.[PACKAGE_JSON_KEY];
      if (value === void 0) throw new ConfigError([{ file: name, path: "", message: `has no "${PACKAGE_JSON_KEY}" field` }]);
      checkShape(value, name);
      return value;
    }
    checkShape(json, name);
    return json;
  }
  const { parse: parseYaml } = await import("./dist-PYBFM5TP.js");
  let yaml;
  try {
    yaml = parseYaml(text, { prettyErrors: true, maxAliasCount: 100 }) ?? {};
  } catch (error) {
    if (/call stack/i.test(firstLine(error))) throw tooDeep(name);
    throw new ConfigError([{ file: name, path: "", message: `invalid YAML: ${firstLine(error)}` }]);
  }
  checkShape(yaml, name);
  return yaml;
}
function jsonError(error, text) {
  const message = firstLine(error);
  const token = /^Unexpected token '(.)'/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const where = position ? ` at line ${text.slice(0, Number(position[1])).split("\n").length}, column ${Number(position[1]) - text.lastIndexOf("\n", Number(position[1]) - 1)}` : "";
  if (token) return `unexpected character '${token[1]}'${where}`;
  return `${message.replace(/ in JSON at position \d+.*$/, "").replace(/,? ".*$/, "")}${where}`;
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
}
function assertDataInside(root, file, declaredIn) {
  const real = (p) => {
    try {
      return realpathSync2(p);
    } catch {
      return p;
    }
  };
  const relative = path2.relative(real(root), real(file));
  if (relative.startsWith("..") || path2.isAbsolute(relative)) {
    throw new ConfigError([{ file: declaredIn, path: "extends", message: `${file} is outside the repository; a remote repository's configuration may only extend files inside it` }]);
  }
  if (/\.[cm]?js$/i.test(file)) {
    throw new ConfigError([{ file: displayName(root, file), path: "", message: "a JavaScript configuration is not run for a remote repository (it would execute its code); pass --config with a local file" }]);
  }
}
async function readConfigFile(file, name) {
  const raw = await readRaw(file, name);
  const pkgPrefix = path2.basename(file) === "package.json" ? [PACKAGE_JSON_KEY] : [];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const got = Array.isArray(raw) ? "an array" : raw === void 0 ? "nothing" : typeof raw === "object" ? "null" : `a ${typeof raw}`;
    throw new ConfigError([{ file: name, path: pkgPrefix.join("."), message: `expected a configuration object; got ${got}` }]);
  }
  const { configFileSchema, knownKeys } = await import("./schema-YYCQJXIT.js");
  const parsed = configFileSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = zodProblems(name, parsed.error.issues, pkgPrefix, (key, parent) => {
    const unprefixed = pkgPrefix.length ? parent.replace(/^[^.]+\.?/, "") : parent;
    const known = knownKeys(unprefixed);
    const what = unprefixed === "categories" ? "category" : "field";
    return known.length ? `unknown ${what}; expected one of ${known.join(", ")}${didYouMean(key, known)}` : `unknown ${what}`;
  }).map(explainReason);
  throw new ConfigError(problems);
}
function explainReason(problem) {
  if (/exemptions\[\d+\]\.reason$/.test(problem.path)) {
    return { ...problem, message: "a reason is required (a non-empty string): every report shows why the rule is waived" };
  }
  return problem;
}
function resolveSpecifier(spec, fromFile, at, allowPresets) {
  if (spec.startsWith(PRESET_PREFIX)) {
    const name = spec.slice(PRESET_PREFIX.length);
    const all = PRESET_NAMES.map((p) => PRESET_PREFIX + p);
    if (!allowPresets) throw new ConfigError([{ ...at, message: `"${spec}" is a preset, not a plugin; put it in "extends"` }]);
    if (!isPresetName(name)) throw new ConfigError([{ ...at, message: `unknown preset "${spec}"; expected one of ${all.join(", ")}${didYouMean(spec, all)}` }]);
    return { kind: "preset", preset: name };
  }
  const dir = path2.dirname(fromFile);
  if (spec.startsWith(".") || path2.isAbsolute(spec)) {
    const file = path2.resolve(dir, spec);
    if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError([{ ...at, message: `cannot find the file "${spec}" (looked for ${file})` }]);
    return { kind: "file", file };
  }
  try {
    return { kind: "file", file: createRequire(fromFile).resolve(spec) };
  } catch (error) {
    const code = error.code;
    const why = code === "MODULE_NOT_FOUND" ? "is it installed? (npm install --save-dev " + packageName(spec) + ")" : firstLine(error);
    throw new ConfigError([{ ...at, message: `cannot find the package "${spec}" from ${dir}: ${why}` }]);
  }
}
function packageName(spec) {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function asList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
async function loadChain(root, file, stack = [], untrusted = false) {
  const name = displayName(root, file);
  if (untrusted) assertDataInside(root, file, stack.length > 0 ? displayName(root, stack[stack.length - 1]) : name);
  const config = await readConfigFile(file, name);
  const chain = [];
  const entries = asList(config.extends);
  const pathOf = (i) => Array.isArray(config.extends) ? `extends[${i}]` : "extends";
  for (const [i, spec] of entries.entries()) {
    const at = { file: name, path: pathOf(i) };
    const target = resolveSpecifier(spec, file, at, true);
    if (target.kind === "preset") {
      chain.push({ kind: "preset", name: PRESET_PREFIX + target.preset, preset: target.preset });
      continue;
    }
    const seen = [...stack, file];
    if (seen.includes(target.file)) {
      const cycle = [...seen.slice(seen.indexOf(target.file)), target.file].map((f) => displayName(root, f));
      throw new ConfigError([{ ...at, message: `"${spec}" makes an extends cycle: ${cycle.join(" \u2192 ")}` }]);
    }
    chain.push(...await loadChain(root, target.file, seen, untrusted));
  }
  chain.push({ kind: "file", name, file, config });
  return chain;
}

export {
  compareStrings,
  plural,
  maskSecret,
  escapeRegExp,
  ConfigError,
  formatProblem,
  jsonPath,
  didYouMean,
  zodProblems,
  readRegularFile,
  isRefused,
  isInside,
  readInside,
  CONFIG_FILE_NAMES,
  displayName,
  discoverConfigFile,
  resolveSpecifier,
  packageName,
  loadChain
};
