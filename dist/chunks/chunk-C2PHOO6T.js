#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  PRESET_NAMES
} from "./chunk-GE6FNV7H.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/gate.ts
var FAIL_ON = ["error", "warn", "none"];
var isFailing = (rule) => rule.outcome === "fail" || rule.outcome === "partial";
function failsGate(rule, failOn) {
  if (failOn === "none" || !isFailing(rule)) return false;
  return rule.level === "error" || failOn === "warn";
}
var warnings = (result) => result.rules.filter((r) => r.level === "warn" && isFailing(r));
function evaluateGate(result, options) {
  const minScore = options.minScore ?? result.passScore;
  if (minScore === void 0 && options.failOn === "none" && options.maxWarnings === void 0) return void 0;
  const reasons = [];
  if (minScore !== void 0 && result.score < minScore) reasons.push(`the score ${result.score} is below the minimum ${minScore}`);
  const failing = result.rules.filter((r) => failsGate(r, options.failOn));
  if (failing.length > 0) reasons.push(`${failing.length} rule(s) at level ${options.failOn === "error" ? "error" : "warn or error"} fail: ${failing.map((r) => r.id).join(", ")}`);
  if (options.maxWarnings !== void 0) {
    const warned = warnings(result);
    if (warned.length > options.maxWarnings) reasons.push(`${warned.length} warning(s), more than the maximum ${options.maxWarnings}: ${warned.map((r) => r.id).join(", ")}`);
  }
  return { passed: reasons.length === 0, reasons };
}

// src/cli/args.ts
var FORMATS = ["stylish", "json", "markdown", "html", "sarif", "shields"];
var UsageError = class extends Error {
};
function parseArgv(argv, options) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error.message.split("\n")[0] ?? "invalid arguments").replace(/\. To specify.*$/, ""));
  }
}
var HELP = `Usage: portfolio-check [path | github:owner/repo[@ref]] [options]
       portfolio-check init [dir] [--preset name]
       portfolio-check explain <rule>
       portfolio-check batch [targets...] --out DIR    (a cohort; see batch --help)
       portfolio-check report DIR... [--format html]   (a cohort report)
       portfolio-check fix [path] [--dry-run] [--yes] [--only rules]

Scores a backend repository 0-100 against the backend developer roadmap and
explains every point lost with a fix.

Arguments:
  path                  Repository directory to check (default: .)
  github:owner/repo     A GitHub repository, cloned with its history into a
                        temporary directory (also github:owner/repo@ref or
                        https://github.com/owner/repo). GITHUB_TOKEN or
                        GH_TOKEN reads private ones; GITHUB_SERVER_URL points
                        at GitHub Enterprise. Its own configuration is
                        ignored unless --repo-config is given.

Options:
  -f, --format <name>   Output format: stylish (default), json, markdown,
                        html, sarif, shields (a shields.io endpoint JSON)
  -o, --output <file>   Write the report to a file instead of stdout
      --badge <file>    Also write an SVG score badge to this file
      --min-score <n>   Exit 1 when the score is below n (0-100)
      --fail-on <level> Exit 1 when a rule at this level fails or only partly
                        passes: error, warn (warn or error) or none (default)
      --max-warnings <n>
                        Exit 1 when more than n rules at level warn fail or
                        only partly pass
  -q, --quiet           Print only the score and the next step
      --verbose         Also list passing and not-applicable rules
      --list-rules      List the rules with category, level and weight
                        under the resolved configuration
  -c, --config <file>   Use this config file instead of discovering one
      --no-config       Ignore every configuration file: score with the
                        default rule set (a local .js config, plugins and
                        extends run code, so use this on trees you do not trust)
      --repo-config     For github:owner/repo, use the repository's own
                        configuration (JSON or YAML without plugins)
      --print-config    Print the resolved configuration and where each
                        value came from (JSON with --format json)
      --preset <name>   For init: ${PRESET_NAMES.join(", ")}
                        (default: recommended)
      --timings         Include per-rule timings in the JSON result
      --color / --no-color
                        Force colours on or off (default: on for a TTY;
                        NO_COLOR is honoured)
  -v, --version         Print the version
  -h, --help            Print this help

Exit codes: 0 ok, 1 the gate failed (--min-score, --fail-on, --max-warnings),
2 usage or configuration error, 3 the repository could not be reached or
cloned, 130/143 interrupted (Ctrl-C / SIGTERM).
`;
function parseCliArgs(argv) {
  const parsed = parseArgv(argv, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    badge: { type: "string" },
    "min-score": { type: "string" },
    "fail-on": { type: "string" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean" },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    timings: { type: "boolean" },
    "list-rules": { type: "boolean" },
    config: { type: "string", short: "c" },
    "no-config": { type: "boolean" },
    "repo-config": { type: "boolean" },
    "print-config": { type: "boolean" },
    preset: { type: "string" },
    version: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" }
  });
  const { values } = parsed;
  let { positionals } = parsed;
  const command = positionals[0] === "init" || positionals[0] === "explain" ? positionals[0] : void 0;
  if (command) positionals = positionals.slice(1);
  if (command === "explain" && positionals.length !== 1) throw new UsageError("explain needs one rule id, e.g. portfolio-check explain readme-setup");
  const preset = values.preset ?? "recommended";
  if (!PRESET_NAMES.includes(preset)) throw new UsageError(`unknown preset "${values.preset}" (expected ${PRESET_NAMES.join(", ")})`);
  if (values.preset !== void 0 && command !== "init") throw new UsageError("--preset is only for portfolio-check init");
  if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}: ${positionals.join(" ")}`);
  if (positionals[0] === "") throw new UsageError("the path is an empty string; pass a directory (. for the current one)");
  if (values["no-config"] && values.config !== void 0) throw new UsageError("--no-config and --config exclude each other");
  if (values["no-config"] && values["repo-config"]) throw new UsageError("--no-config and --repo-config exclude each other");
  const format = values.format ?? "stylish";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(", ")})`);
  let minScore;
  if (values["min-score"] !== void 0) {
    minScore = Number(values["min-score"]);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new UsageError(`--min-score must be a number from 0 to 100, got "${values["min-score"]}"`);
    }
  }
  const failOn = values["fail-on"] ?? "none";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${values["fail-on"]}"`);
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"].trim()) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(`--max-warnings must be a whole number (0 or more), got "${values["max-warnings"]}"`);
    }
  }
  return {
    target: positionals[0] ?? ".",
    format,
    ...values.output !== void 0 ? { output: values.output } : {},
    ...values.badge !== void 0 ? { badge: values.badge } : {},
    ...minScore !== void 0 ? { minScore } : {},
    failOn,
    ...maxWarnings !== void 0 ? { maxWarnings } : {},
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    ...values["no-color"] ? { color: false } : values.color !== void 0 ? { color: values.color } : {},
    timings: values.timings ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    listRules: values["list-rules"] ?? false,
    ...command ? { command } : {},
    ...values.config !== void 0 ? { config: values.config } : {},
    noConfig: values["no-config"] ?? false,
    repoConfig: values["repo-config"] ?? false,
    printConfig: values["print-config"] ?? false,
    preset
  };
}

export {
  evaluateGate,
  FORMATS,
  UsageError,
  parseArgv,
  HELP,
  parseCliArgs
};
