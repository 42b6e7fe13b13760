#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  readRuleDoc
} from "./chunk-FPNS2K7C.js";
import {
  OUTCOME_LABEL,
  arithmetic,
  configChangeLines,
  deductions,
  defaultScoreDiffers,
  endpointSummary,
  escapeHtml,
  escapeMarkdown,
  findingUrl,
  formatDeduction,
  formatHtml,
  formatJson,
  formatMinus,
  formatPlus,
  formatPoints,
  formatSarif,
  guardLabel,
  location,
  missingEvidence,
  trimPoints,
  unscoredRules
} from "./chunk-TIDGD6SB.js";
import {
  RemoteTargetError,
  cloneRemote,
  parseRemoteTarget
} from "./chunk-XVSLCWXY.js";
import {
  BUILTIN_RULES,
  DEFAULT_SOURCE,
  WorkingTreeSource,
  checkSource,
  docsUrl,
  loadConfig
} from "./chunk-UVN6TNEC.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  compareStrings,
  didYouMean,
  discoverConfigFile,
  formatProblem
} from "./chunk-TSZHKBUC.js";
import {
  VERSION
} from "./chunk-TFEECQPW.js";
import {
  runGit
} from "./chunk-OD7Z3KTL.js";
import {
  HELP,
  UsageError,
  evaluateGate,
  parseCliArgs
} from "./chunk-C2PHOO6T.js";
import {
  PRESET_PREFIX
} from "./chunk-GE6FNV7H.js";
import "./chunk-VG772OYC.js";
import {
  BAND_LABELS,
  CATEGORY_IDS
} from "./chunk-25QTEZLN.js";
import {
  paint
} from "./chunk-2SXMSKGA.js";
import "./chunk-ZC4KDS4A.js";
import "./chunk-FDRXJHTK.js";

// src/cli/main.ts
import { realpath as realpath2, stat, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/report/badge.ts
var BADGE_COLORS = { green: "#1a7f37", amber: "#9a6700", red: "#cf222e" };
var LABEL_COLOR = "#555555";
function badgeMessage(result) {
  return `${result.score} ${BAND_LABELS[result.band]}`;
}
function formatBadge(result, { label = "portfolio" } = {}) {
  const message = badgeMessage(result);
  const color = BADGE_COLORS[result.band];
  const pad = 6;
  const labelWidth = Math.round(textWidth(label)) + pad * 2;
  const messageWidth = Math.round(textWidth(message)) + pad * 2;
  const width = labelWidth + messageWidth;
  const title = escapeHtml(`${label}: ${message}`);
  const text = (content, x) => `<text x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${(textWidth(content) * 10).toFixed(0)}">${escapeHtml(content)}</text><text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${(textWidth(content) * 10).toFixed(0)}">${escapeHtml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="${LABEL_COLOR}"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">`,
    text(label, labelWidth / 2),
    text(message, labelWidth + messageWidth / 2),
    `</g>`,
    `</svg>`,
    ""
  ].join("\n");
}
function formatShields(result, { label = "portfolio" } = {}) {
  const body = { schemaVersion: 1, label, message: badgeMessage(result), color: BADGE_COLORS[result.band].slice(1) };
  return `${JSON.stringify(body, null, 2)}
`;
}
var NARROW = /* @__PURE__ */ new Set([..."fijlrtI!|.,:;'()[] "]);
var WIDE = /* @__PURE__ */ new Set([..."mwMW@%"]);
var UPPER = /[A-Z]/;
function textWidth(text) {
  let width = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) width += 4.2;
    else if (WIDE.has(ch)) width += 10.6;
    else if (UPPER.test(ch)) width += 7.6;
    else if (/[0-9a-z_\-#$&*+=?^~<>"/\\]/.test(ch)) width += 7;
    else width += 11;
  }
  return width;
}

// src/report/github.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
var BAND_ICON = { green: "\u{1F7E2}", amber: "\u{1F7E0}", red: "\u{1F534}" };
function escapeText(text) {
  return escapeMarkdown(text).replace(/@(?=[\w-])/g, "@\u200B");
}
function inlineCode(text) {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ")}\``;
}
function formatResultMarkdown(result) {
  return `${sections({ head: result }, "summary").join("\n\n")}
`;
}
function gauge(score) {
  const filled = Math.round(score / 10);
  return `${"\u2588".repeat(filled)}${"\u2591".repeat(10 - filled)}`;
}
function signed(n, digits = 0) {
  const text = n.toFixed(digits);
  return n > 0 ? `+${text}` : n === 0 ? `\xB1${text}` : text;
}
function sections(report, target) {
  const { head, comparison } = report;
  const blocks = [];
  const delta = comparison ? ` (${signed(comparison.delta)} from ${comparison.base} on the base)` : "";
  const defaults = defaultScoreDiffers(head) ? `

Under the default rules: **${head.config.defaultScore}/100 ${BAND_LABELS[head.config.defaultBand]}**; the configuration changed the score (see below).` : "";
  const sums = head.points ? `

${escapeText(arithmetic(head))}` : "";
  blocks.push(`## ${BAND_ICON[head.band]} Portfolio score: ${head.score}/100 ${BAND_LABELS[head.band]}${delta}

\`${gauge(head.score)}\` ${BAND_LABELS[head.band]} (${head.band})${head.stageReached > 0 ? ` \xB7 roadmap stage ${head.stageReached} reached` : ""}${sums}${defaults}`);
  if (report.gate) {
    blocks.push(report.gate.passed ? "\u2705 The quality gate passed." : `\u274C The quality gate failed: ${report.gate.reasons.map(escapeText).join("; ")}.`);
  }
  if (report.baseUnavailable) blocks.push(`> [!NOTE]
> No comparison with the base: ${escapeText(report.baseUnavailable)}.`);
  const rows = ["| Category | Base | Head | Change |", "| --- | ---: | ---: | ---: |"];
  const baseBy = new Map(comparison?.categories.map((c) => [c.id, c]) ?? []);
  for (const cat of head.categories) {
    const d = baseBy.get(cat.id);
    const cell = (n) => n === null || n === void 0 ? "\u2013" : String(n);
    rows.push(`| ${cat.band ? BAND_ICON[cat.band] : "\u2796"} ${escapeText(cat.title)} | ${cell(d?.base)} | ${cell(cat.score)} | ${d?.delta === null || d?.delta === void 0 ? "\u2013" : signed(d.delta)} |`);
  }
  if (!comparison) {
    rows[0] = "| Category | Score | Points earned | Deducted |";
    rows[1] = "| --- | ---: | ---: | ---: |";
    for (const [i, cat] of head.categories.entries()) {
      const earned = cat.pointsApplicable === void 0 || cat.score === null ? "\u2013" : `${trimPoints(cat.pointsEarned)} of ${trimPoints(cat.pointsApplicable)}`;
      rows[i + 2] = `| ${cat.band ? BAND_ICON[cat.band] : "\u2796"} ${escapeText(cat.title)} | ${cat.score ?? "\u2013"} | ${earned} | ${cat.deductions ? `\u2212${trimPoints(cat.deductions)}` : "\u2013"} |`;
    }
  }
  blocks.push(rows.join("\n"));
  if (comparison && (comparison.fixed.length > 0 || comparison.regressed.length > 0)) {
    const lines = [];
    if (comparison.regressed.length > 0) {
      lines.push("### \u2B07\uFE0F Regressed in this pull request", "");
      for (const r of comparison.regressed) lines.push(`- [\`${r.id}\`](${r.docs}) ${escapeText(r.title)}: ${formatPoints(Math.max(0, r.headPointsLost - r.basePointsLost))} points (${OUTCOME_LABEL[r.baseOutcome]} \u2192 ${OUTCOME_LABEL[r.headOutcome]}). _Fix:_ ${escapeText(r.fix)}`);
      lines.push("");
    }
    if (comparison.fixed.length > 0) {
      lines.push("### \u2B06\uFE0F Fixed in this pull request", "");
      for (const r of comparison.fixed) lines.push(`- [\`${r.id}\`](${r.docs}) ${escapeText(r.title)}: +${Math.max(0, r.basePointsLost - r.headPointsLost).toFixed(1)} points (${OUTCOME_LABEL[r.baseOutcome]} \u2192 ${OUTCOME_LABEL[r.headOutcome]})`);
    }
    blocks.push(lines.join("\n").trimEnd());
  }
  if (comparison && comparison.newFindings.length > 0) {
    const shown = comparison.newFindings.slice(0, target === "comment" ? 20 : 200);
    const lines = ["### New findings", ""];
    for (const f of shown) {
      const where = location(f.finding);
      const url = findingUrl(head, f.finding);
      lines.push(`- \`${f.rule}\` ${where ? `${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} ` : ""}${escapeText(f.finding.message)}`);
    }
    if (comparison.newFindings.length > shown.length) lines.push(`- \u2026and ${comparison.newFindings.length - shown.length} more`);
    blocks.push(lines.join("\n"));
  }
  if (report.commits) blocks.push(commitsSection(report.commits));
  if (report.shallowHistory) {
    blocks.push("> [!TIP]\n> The history rules (commit messages, commit granularity) were not available: the checkout is shallow. Add `fetch-depth: 0` to `actions/checkout` to grade the whole history.");
  }
  const deducted = deductions(head);
  if (deducted.length > 0) {
    const lines = ["### Deductions", ""];
    for (const rule of deducted) lines.push(...failingRule(rule, target === "comment" ? 3 : 10, head));
    blocks.push(lines.join("\n"));
  }
  const changes = configChangeLines(head);
  if (changes.length > 0) {
    blocks.push(["### What the configuration changed", "", ...changes.map((line) => `- ${escapeText(line)}`)].join("\n"));
  }
  const costly = missingEvidence(head);
  if (costly.length > 0) {
    const perRule = target === "comment" ? 3 : 10;
    const lines = ["### What to fix", ""];
    for (const rule of costly) lines.push(...failingRule(rule, perRule, head));
    blocks.push(target === "comment" ? `<details><summary>What to fix (${costly.length} rule(s) lose points)</summary>

${lines.slice(2).join("\n")}

</details>` : lines.join("\n"));
  }
  const stages = head.stages.map((s) => `${{ reached: "\u2705", partly: "\u{1F7E1}", "not-yet": "\u2B1C", "not-assessed": "\u2796" }[s.status]} ${s.stage}`).join(" \xB7 ");
  const next = head.nextStep ? `

**Next step:** ${escapeText(head.nextStep.fix)} ([\`${head.nextStep.rule}\`](${head.nextStep.docs}), worth ${head.nextStep.pointsLost.toFixed(1)} points)` : "";
  blocks.push(`### Roadmap

${stages}

${head.stageReached > 0 ? `Stage reached: **${head.stageReached}** \u2014 ${escapeText(head.stages[head.stageReached - 1].title)}.` : "No stage is fully evidenced yet."}${next}`);
  if (head.depth && head.depth.length > 0) {
    const items = head.depth.map((d) => `- ${d.met ? "\u2705" : "\u2B1C"} ${escapeText(d.title)}${d.met && d.rules.length > 0 ? ` (${d.rules.map((r) => `\`${r}\``).join(", ")})` : ""}`);
    blocks.push(["### Project depth", "", ...items].join("\n"));
  }
  if (head.endpoints) blocks.push(endpointsSection(head, head.endpoints, target));
  const exempt = head.rules.filter((r) => r.exemption);
  if (exempt.length > 0) {
    blocks.push(["### Exempted", "", ...exempt.map((r) => `- \`${r.id}\`: ${escapeText(r.exemption)}`)].join("\n"));
  }
  const unscored = unscoredRules(head);
  if (unscored.length > 0) {
    blocks.push(["### Not judged", "", ...unscored.map((r) => `- \`${r.id}\` (${OUTCOME_LABEL[r.outcome]}): ${escapeText(r.summary)}`)].join("\n"));
  }
  if (target === "summary") blocks.push(pointsTable(head));
  blocks.push(`<sub>portfolio-check ${escapeText(head.tool.version)}${head.target.commit ? ` \xB7 ${head.target.commit.slice(0, 7)}` : ""}</sub>`);
  return blocks;
}
function endpointsSection(result, endpoints, target) {
  const lines = ["### Endpoints", "", escapeText(endpointSummary(endpoints))];
  const shown = endpoints.routes.slice(0, target === "comment" ? 30 : 500);
  if (shown.length > 0) {
    const yes = (known, ref) => !known ? "\u2013" : ref ? `\u2705 ${inlineCode(`${ref.file}:${ref.line}`)}` : "\u274C";
    const rows = ["| Method | Path | Guarded | Documented | Tested | Where |", "| --- | --- | --- | --- | --- | --- |"];
    for (const e of shown) {
      const where = `${e.file}:${e.line}`;
      const url = findingUrl(result, { message: "", file: e.file, line: e.line });
      const guard = e.guarded ? `\u2705 ${escapeText(e.guards.map((g) => g.name).join(", ").slice(0, 80))} (${guardLabel(e)})` : "\u274C";
      rows.push(`| ${e.method} | ${inlineCode(e.path)}${e.unresolvedPrefix ? " (prefix unresolved)" : ""} | ${guard} | ${yes(endpoints.documentationFound, e.documented)} | ${yes(endpoints.testCallsFound, e.tested)} | ${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} |`);
    }
    const rest = endpoints.routes.length + endpoints.omitted - shown.length;
    if (rest > 0) rows.push(`| \u2026 | ${rest} more in the JSON report | | | | |`);
    lines.push("", target === "comment" ? `<details><summary>Endpoints (${shown.length + rest})</summary>

${rows.join("\n")}

</details>` : rows.join("\n"));
  }
  if (endpoints.documentedNotServed.length > 0) {
    const listed = endpoints.documentedNotServed.slice(0, 20).map((d) => `${inlineCode(`${d.method} ${d.path}`)} (${inlineCode(`${d.file}:${d.line}`)})`);
    lines.push("", `Documented but not served: ${listed.join(", ")}${endpoints.documentedNotServed.length > listed.length ? ", \u2026" : ""}.`);
  }
  return lines.join("\n");
}
function pointsTable(result) {
  const rows = ["| Rule | Kind | Outcome | Points |", "| --- | --- | --- | ---: |"];
  for (const rule of result.rules) {
    const points = rule.score === null ? "\u2013" : rule.kind === "defect" ? rule.pointsLost > 0 ? formatDeduction(rule) : "0 (clean)" : `${formatPlus(rule.pointsEarned)} of ${trimPoints(rule.pointsEarned + rule.pointsLost)}`;
    rows.push(`| [\`${rule.id}\`](${rule.docs}) | ${rule.kind ?? "evidence"} | ${rule.exemption ? "exempted" : OUTCOME_LABEL[rule.outcome]} | ${escapeText(points)} |`);
  }
  return `<details><summary>Points per rule</summary>

${rows.join("\n")}

</details>`;
}
function failingRule(rule, perRule, result) {
  const head = rule.kind === "defect" ? formatDeduction(rule) : formatPoints(rule.pointsLost);
  const lines = [`- **${escapeText(head)}** [\`${rule.id}\`](${rule.docs}) ${escapeText(rule.title)} \u2014 ${escapeText(rule.summary)}`];
  for (const f of rule.findings.slice(0, perRule)) {
    const where = location(f);
    const url = findingUrl(result, f);
    lines.push(`  - ${where ? `${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} ` : ""}${escapeText(f.message)}`);
  }
  if (rule.findings.length > perRule) lines.push(`  - \u2026and ${rule.findings.length - perRule} more`);
  lines.push(`  - _Fix:_ ${escapeText(rule.findings.find((f) => f.fix)?.fix ?? rule.fix)}`);
  if (rule.fixable) lines.push(`  - _Fixable:_ ${inlineCode(rule.fixable.command)} writes ${rule.fixable.files.map(inlineCode).join(", ")}`);
  return lines;
}
function commitsSection(commits) {
  if (!commits.available) return `### This pull request's commits

Not graded: ${escapeText(commits.reason)}.`;
  const lines = [
    "### This pull request's commits",
    "",
    `${commits.descriptive} of ${commits.graded} commit message(s) are descriptive${commits.large ? `; ${commits.large} commit(s) are very large` : ""}${commits.source === "api" ? " (sizes unknown: read through the API)" : ""}.`,
    "",
    "| Commit | Subject | Verdict | Lines |",
    "| --- | --- | --- | ---: |"
  ];
  const shown = commits.commits.slice(0, 50);
  for (const c of shown) {
    const verdict = c.verdict === "descriptive" ? "\u2705 descriptive" : c.verdict === "ignored" ? "\u2796 not graded" : `\u26A0\uFE0F ${c.verdict}`;
    lines.push(`| \`${c.hash.slice(0, 7)}\` | ${escapeText(c.subject.length > 72 ? `${c.subject.slice(0, 69)}...` : c.subject)} | ${verdict} | ${c.lines ?? "\u2013"}${c.large ? " \u26A0\uFE0F" : ""} |`);
  }
  if (commits.commits.length > shown.length) lines.push(`| \u2026 | ${commits.commits.length - shown.length} more | | |`);
  return lines.join("\n");
}

// src/report/markdown.ts
function formatMarkdown(result) {
  return formatResultMarkdown(result);
}

// src/report/stylish.ts
function formatStylish(result, { color, verbose = false, quiet = false }) {
  const c = {
    bold: paint("bold", color),
    dim: paint("dim", color),
    red: paint("red", color),
    yellow: paint("yellow", color),
    green: paint("green", color),
    cyan: paint("cyan", color)
  };
  const paintBand = (band, s) => band === "green" ? c.green(s) : band === "amber" ? c.yellow(s) : band === "red" ? c.red(s) : c.dim(s);
  const lines = [];
  const detected = [...result.ecosystems, ...result.frameworks].join(", ") || "no supported ecosystem detected";
  lines.push("");
  lines.push(`${c.bold("portfolio-check")} ${result.target.name} ${c.dim(`(${detected})`)}`);
  lines.push("");
  lines.push(`  ${c.bold("Score")}  ${paintBand(result.band, c.bold(`${result.score}/100`))}  ${paintBand(result.band, BAND_LABELS[result.band])}${result.passScore !== void 0 ? c.dim(`  (pass mark ${result.passScore})`) : ""}`);
  if (defaultScoreDiffers(result)) {
    const d = result.config.defaultScore;
    lines.push(`         ${c.dim(`${d}/100 ${BAND_LABELS[result.config.defaultBand]} under the default rules; the configuration changed it (see below)`)}`);
  }
  if (quiet) {
    if (result.nextStep) lines.push(`  ${c.bold("Next step")}  ${result.nextStep.fix} ${c.dim(`[${result.nextStep.rule}]`)}`);
    lines.push("");
    return lines.join("\n");
  }
  if (result.points) lines.push(`         ${c.dim(arithmetic(result))}`);
  lines.push("");
  const width = Math.max(...result.categories.map((cat) => cat.title.length));
  for (const cat of result.categories) {
    const label = cat.title.padEnd(width);
    if (cat.score === null) {
      lines.push(`  ${label}  ${c.dim("\u2591".repeat(20))}  ${c.dim("  \u2013  not assessed")}`);
      continue;
    }
    const filled = Math.round(cat.score / 5);
    const bar = paintBand(cat.band, "\u2588".repeat(filled)) + c.dim("\u2591".repeat(20 - filled));
    const pts = cat.pointsApplicable !== void 0 ? c.dim(`  ${trimPoints(cat.pointsEarned)} of ${trimPoints(cat.pointsApplicable)} points${cat.deductions > 0 ? `, ${formatMinus(cat.deductions)} deducted` : ""}`) : "";
    lines.push(`  ${label}  ${bar}  ${paintBand(cat.band, String(cat.score).padStart(3))}${pts}`);
  }
  const link = (text, url) => color && url ? `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\` : text;
  const deducted = deductions(result);
  if (deducted.length > 0) {
    lines.push("");
    lines.push(c.bold("  Deductions"));
    const idWidth = Math.min(28, Math.max(...deducted.map((r) => r.id.length)));
    for (const rule of deducted) lines.push(...ruleBlock(rule, idWidth, c, result, link));
  }
  const costly = missingEvidence(result);
  if (costly.length > 0) {
    lines.push("");
    lines.push(c.bold("  Points not earned"));
    const idWidth = Math.min(28, Math.max(...costly.map((r) => r.id.length)));
    for (const rule of costly) lines.push(...ruleBlock(rule, idWidth, c, result, link));
  }
  const unscored = unscoredRules(result);
  if (unscored.length > 0) {
    lines.push("");
    lines.push(c.bold("  Not judged"));
    const unscoredWidth = Math.max(...unscored.map((r) => r.id.length));
    for (const rule of unscored) lines.push(`    ${c.dim(OUTCOME_LABEL[rule.outcome].padEnd(13))} ${rule.id.padEnd(unscoredWidth)}  ${c.dim(rule.summary)}`);
  }
  const exempt = result.rules.filter((r) => r.exemption);
  if (exempt.length > 0) {
    lines.push("");
    lines.push(c.bold("  Exempted"));
    const width2 = Math.max(...exempt.map((r) => r.id.length));
    for (const rule of exempt) lines.push(`    ${rule.id.padEnd(width2)}  ${c.dim(rule.exemption)}`);
  }
  const changes = configChangeLines(result);
  if (changes.length > 0) {
    lines.push("");
    lines.push(c.bold("  Configuration changed the score"));
    for (const change of changes) lines.push(`    ${change}`);
  }
  if (result.endpoints) lines.push("", ...endpointLines(result.endpoints, verbose, c, result, link));
  if (verbose) {
    const rest = result.rules.filter((r) => r.pointsLost === 0 && !unscored.includes(r) && !r.exemption);
    if (rest.length > 0) {
      lines.push("");
      lines.push(c.bold("  Passing and not applicable"));
      const restWidth = Math.max(...rest.map((r) => r.id.length));
      for (const rule of rest) {
        const pts = rule.kind === "defect" ? rule.score === null ? "" : "clean" : rule.pointsEarned > 0 ? formatPlus(rule.pointsEarned) : "";
        lines.push(`    ${rule.outcome === "pass" ? c.green("\u2713 pass") : c.dim("\u2013 n/a ")}  ${rule.id.padEnd(restWidth)}  ${c.green(pts.padStart(5))}  ${c.dim(rule.summary)}`);
      }
    }
  }
  lines.push("");
  const stageMarks = result.stages.map((s) => s.status === "reached" ? c.green(`${s.stage}\u2713`) : s.status === "partly" ? c.yellow(`${s.stage}~`) : s.status === "not-yet" ? c.red(`${s.stage}\u2717`) : c.dim(`${s.stage}\xB7`)).join(" ");
  const reached = result.stageReached > 0 ? `stage ${result.stageReached} of 7 \u2014 ${result.stages[result.stageReached - 1].title}` : "no stage fully evidenced yet";
  lines.push(`  ${c.bold("Roadmap")}  ${stageMarks}  ${c.dim(reached)}`);
  if (result.nextStep) {
    lines.push(`  ${c.bold("Next step")}  ${result.nextStep.fix}`);
    lines.push(`             ${c.dim(`${result.nextStep.rule} \xB7 stage ${result.nextStep.stage} \xB7 worth ${result.nextStep.pointsLost.toFixed(1)} points \xB7 ${result.nextStep.docs}`)}`);
  }
  if (result.depth && result.depth.length > 0) {
    const items = result.depth.map((d) => d.met ? c.green(`\u2713 ${d.title}`) : c.dim(`\xB7 ${d.title}`));
    lines.push(`  ${c.bold("Depth")}    ${items.slice(0, 4).join("  ")}`);
    lines.push(`           ${items.slice(4).join("  ")}`);
  }
  if (!result.history.available && result.history.reason && result.rules.some((r) => r.category === "history")) {
    lines.push(`  ${c.dim(`History: ${result.history.reason}`)}`);
  }
  lines.push("");
  return lines.join("\n");
}
function ruleBlock(rule, idWidth, c, result, link) {
  const mark = rule.outcome === "fail" ? c.red("\u2717") : c.yellow("~");
  const points = rule.kind === "defect" ? formatMinus(rule.pointsLost) : formatMinus(rule.pointsLost);
  const earned = rule.kind !== "defect" && rule.pointsEarned > 0 ? c.dim(` (${formatPlus(rule.pointsEarned)} earned)`) : "";
  const label = rule.kind === "defect" ? `${rule.deductionLabel ?? rule.title}: ` : "";
  const out = [`    ${c.red(points.padStart(5))}  ${mark} ${c.bold(rule.id.padEnd(idWidth))}  ${label}${rule.summary}${earned}`];
  const pad = " ".repeat(13);
  const shown = rule.findings.slice(0, 5);
  for (const f of shown) {
    const where = location(f);
    out.push(`${pad}${where ? `${c.cyan(link(where, findingUrl(result, f)))}  ` : ""}${f.message}`);
    if (f.fix && f.fix !== rule.fix) out.push(`${pad}  ${c.dim(`\u2192 ${f.fix}`)}`);
  }
  if (rule.findings.length > shown.length) out.push(`${pad}${c.dim(`\u2026and ${rule.findings.length - shown.length} more (see --format json)`)}`);
  out.push(`${pad}${c.dim("Why:")} ${rule.rationale}`);
  if (!shown.some((f) => f.fix && f.fix !== rule.fix)) out.push(`${pad}${c.dim("Fix:")} ${rule.fix}`);
  if (rule.fixable) out.push(`${pad}${c.cyan("fixable:")} ${rule.fixable.command} ${c.dim(`(writes ${rule.fixable.files.join(", ")})`)}`);
  out.push(`${pad}${c.dim(rule.docs)}`);
  return out;
}
var ENDPOINT_ROWS = 20;
function endpointLines(endpoints, verbose, c, result, link) {
  const out = [`${c.bold("  Endpoints")}  ${c.dim(endpointSummary(endpoints))}`];
  const shown = endpoints.routes.slice(0, verbose ? 500 : ENDPOINT_ROWS);
  if (shown.length === 0) return out;
  const pathWidth = Math.min(48, Math.max(4, ...shown.map((e) => e.path.length)));
  const mark = (known, yes) => !known ? c.dim("\xB7") : yes ? c.green("\u2713") : c.red("\u2717");
  out.push(c.dim(`    ${"METHOD".padEnd(7)} ${"PATH".padEnd(pathWidth)}  ${"GUARD".padEnd(10)}DOC  TEST  WHERE`));
  for (const e of shown) {
    const path4 = e.path.length > pathWidth ? `${e.path.slice(0, pathWidth - 1)}\u2026` : e.path.padEnd(pathWidth);
    const where = `${e.file}:${e.line}`;
    const guard = guardLabel(e);
    out.push(
      `    ${e.method.padEnd(7)} ${path4}  ${guard === "\u2013" ? c.dim(guard.padEnd(10)) : guard.padEnd(10)} ${mark(endpoints.documentationFound, e.documented !== null)}    ${mark(endpoints.testCallsFound, e.tested !== null)}    ${c.cyan(link(where, findingUrl(result, { message: "", file: e.file, line: e.line })))}`
    );
  }
  const rest = endpoints.routes.length + endpoints.omitted - shown.length;
  if (rest > 0) out.push(c.dim(`    \u2026and ${rest} more (--verbose or --format json)`));
  return out;
}

// src/cli/config-commands.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var SCHEMA_URL = "https://raw.githubusercontent.com/portfolio-check/portfolio-check/main/schema/portfolio-check.schema.json";
var INIT_FILE = CONFIG_FILE_NAMES[0];
function starterConfig(preset) {
  const config = {
    $schema: SCHEMA_URL,
    extends: `${PRESET_PREFIX}${preset}`,
    rules: {},
    exemptions: []
  };
  return `${JSON.stringify(config, null, 2)}
`;
}
async function initConfig(dir, preset) {
  const existing = discoverConfigFile(dir);
  if (existing) return { ok: false, message: `${path.basename(existing)} already exists in ${dir}; not overwriting it` };
  const file = path.join(dir, INIT_FILE);
  try {
    await writeFile(file, starterConfig(preset), { flag: "wx" });
  } catch (error) {
    return { ok: false, message: `cannot write ${file}: ${error.code ?? error.message}` };
  }
  return { ok: true, file };
}
var sortRules = (rules) => [...rules].sort((a, b) => CATEGORY_IDS.indexOf(a.meta.category) - CATEGORY_IDS.indexOf(b.meta.category) || compareStrings(a.meta.id, b.meta.id));
function listRules(config) {
  const rows = sortRules(config.rules);
  const exempt = new Map((config.engineConfig.exemptions ?? []).map((e) => [e.rule, e.reason]));
  const idWidth = Math.max(...rows.map((r) => r.meta.id.length));
  const lines = rows.map(({ meta }) => {
    const setting = config.engineConfig.rules[meta.id];
    const level = setting?.level ?? meta.level;
    const weight = setting?.weight ?? meta.weight;
    const note = exempt.has(meta.id) ? `  (exempted: ${exempt.get(meta.id)})` : "";
    const points = meta.kind === "defect" ? `\u2212${weight} defect  ` : `${String(weight).padStart(2)} points  `;
    return `${meta.id.padEnd(idWidth)}  ${meta.category.padEnd(13)}  ${level.padEnd(5)}  ${points.padStart(12)}  stage ${meta.stage}  ${meta.title}${note}`;
  });
  const from = config.file ? `Configuration: ${config.chain.join(" \u2192 ")}` : `Configuration: none found, ${PRESET_PREFIX}recommended`;
  return `${lines.join("\n")}

${from}
Docs: ${docsUrl(BUILTIN_RULES[0].meta).replace(/[^/]+\.md$/, "")}
`;
}
function resolvedConfig(config) {
  const { engineConfig } = config;
  const categories = Object.fromEntries(
    CATEGORY_IDS.filter((id) => engineConfig.categories?.[id] !== void 0).map((id) => [id, engineConfig.categories[id] === 0 ? "off" : engineConfig.categories[id]])
  );
  return {
    file: config.file ?? null,
    // Every configuration starts from the recommended preset; a chain that begins by extending it
    // names it once ("recommended → file", not "recommended → recommended → file").
    chain: config.chain[0] === `${PRESET_PREFIX}recommended` ? config.chain : [`${PRESET_PREFIX}recommended`, ...config.chain],
    plugins: config.plugins,
    config: {
      ...engineConfig.passScore !== void 0 ? { passScore: engineConfig.passScore } : {},
      categories,
      rules: Object.fromEntries(sortRules(config.rules).map((r) => [r.meta.id, engineConfig.rules[r.meta.id]])),
      exemptions: engineConfig.exemptions ?? [],
      ignore: config.ignore
    },
    sources: config.sources,
    changes: engineConfig.changes ?? []
  };
}
function printConfig(config, json) {
  const resolved = resolvedConfig(config);
  if (json) return `${JSON.stringify(resolved, null, 2)}
`;
  const rows = [];
  const source = (key) => config.sources[key] ?? DEFAULT_SOURCE;
  const kinds = new Map(config.rules.map((r) => [r.meta.id, r.meta.kind ?? "evidence"]));
  if (resolved.config.passScore !== void 0) rows.push(["passScore", resolved.config.passScore, source("passScore")]);
  for (const [id, weight] of Object.entries(resolved.config.categories)) rows.push([`categories.${id}`, weight, source(`categories.${id}`)]);
  for (const [id, setting] of Object.entries(resolved.config.rules)) {
    if (!setting) continue;
    rows.push([`rules.${id}.level`, setting.level, source(`rules.${id}.level`)]);
    rows.push([`rules.${id}.weight`, setting.weight, `${source(`rules.${id}.weight`)}${kinds.get(id) === "defect" ? " (defect: points deducted)" : ""}`]);
    for (const [key, value] of Object.entries(setting.options ?? {})) rows.push([`rules.${id}.options.${key}`, value, source(`rules.${id}.options.${key}`)]);
  }
  for (const e of resolved.config.exemptions) rows.push([`exemptions.${e.rule}`, e.reason, source(`exemptions.${e.rule}`)]);
  resolved.config.ignore.forEach((glob, i) => rows.push([`ignore[${i}]`, glob, source(`ignore[${i}]`)]));
  for (const plugin of resolved.plugins) rows.push([`plugins.${plugin.name}`, plugin.file, source(`plugins.${plugin.name}`)]);
  const cells = rows.map(([key, value, from]) => [`${key} = ${JSON.stringify(value)}`, from]);
  const width = Math.min(64, Math.max(...cells.map(([left]) => left.length)));
  const header = [
    `# file: ${config.file ? config.chain.at(-1) : "none (the recommended preset)"}`,
    `# chain (later wins): ${resolved.chain.join(" \u2192 ")}`,
    "# score = round(100 \xD7 earned / applicable \u2212 deductions), clamped to 0\u2013100: an evidence rule earns its weight",
    "# in points when shown; a defect rule deducts its weight when it finds something; categories multiply their rules.",
    ...(config.engineConfig.changes ?? []).map((c) => `# changes the score: ${c.path} = ${JSON.stringify(c.value)} \u2014 ${c.reason} [${c.source}]`)
  ];
  return `${[...header, ...cells.map(([left, from]) => `${left.padEnd(width)}  # ${from}`)].join("\n")}
`;
}
async function explainRule(id, rules) {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) return { ok: false, message: `unknown rule "${id}"${didYouMean(id, rules.map((r) => r.meta.id))} (portfolio-check --list-rules lists every rule)` };
  const builtin = BUILTIN_RULES.includes(rule);
  const doc = builtin ? await readRuleDoc(id) : void 0;
  if (doc) return { ok: true, text: doc.endsWith("\n") ? doc : `${doc}
` };
  const { meta } = rule;
  const options = Object.entries(meta.options ?? {}).map(([key, spec]) => `- \`${key}\` (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
  return {
    ok: true,
    text: [
      `# ${meta.id}`,
      "",
      meta.title,
      "",
      `- **Category:** ${meta.category}`,
      `- **Default level:** ${meta.level}`,
      `- **Weight:** ${meta.weight}`,
      `- **Roadmap stage:** ${meta.stage}`,
      "",
      `Why: ${meta.rationale}`,
      "",
      `Fix: ${meta.fix}`,
      ...options.length ? ["", "Options:", ...options] : [],
      "",
      `Docs: ${docsUrl(meta)}`,
      ""
    ].join("\n")
  };
}

// src/cli/progress.ts
var FRAMES = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
var CLEAR_LINE = "\r\x1B[2K";
function startProgress(label, { write, enabled, delayMs = 1e3, intervalMs = 100, now = Date.now }) {
  if (!enabled) return { update: () => {
  }, stop: () => {
  } };
  const started = now();
  let frame = 0;
  let drawn = false;
  let detail = "";
  let interval;
  const draw = () => {
    const seconds = ((now() - started) / 1e3).toFixed(1);
    write(`${CLEAR_LINE}${FRAMES[frame++ % FRAMES.length]} ${label}${detail ? ` ${detail}` : ""} ${seconds}s`);
    drawn = true;
  };
  const delay = setTimeout(() => {
    draw();
    interval = setInterval(draw, intervalMs);
    interval.unref();
  }, delayMs);
  delay.unref();
  let stopped = false;
  return {
    update(text) {
      detail = text;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(delay);
      if (interval) clearInterval(interval);
      if (drawn) write(CLEAR_LINE);
    }
  };
}

// src/source/project.ts
import { realpath } from "node:fs/promises";
import path2 from "node:path";
function githubWeb(url, serverUrl = "https://github.com") {
  let server;
  try {
    server = new URL(serverUrl);
  } catch {
    return void 0;
  }
  const host = server.host.toLowerCase();
  const m = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim()) ?? /^(?:[^@/]+@)?([^/:]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (!m || m[1].toLowerCase() !== server.hostname.toLowerCase()) return void 0;
  const [owner, repo] = [m[2], m[3]];
  if (!/^[A-Za-z0-9-]+$/.test(owner) || !/^[A-Za-z0-9._-]+$/.test(repo)) return void 0;
  return { web: `${server.protocol}//${host}/${owner}/${repo}`, owner, repo };
}
async function localProject(root, env) {
  const real = await realpath(root).catch(() => root);
  const top = await runGit(root, ["rev-parse", "--show-toplevel"], env);
  const toplevel = top.code === 0 ? top.stdout.trim() : "";
  const prefix = toplevel ? path2.relative(await realpath(toplevel).catch(() => toplevel), real).split(path2.sep).join("/") : "";
  const origin = toplevel ? await runGit(root, ["config", "--get", "remote.origin.url"], env) : void 0;
  const github = origin?.code === 0 ? githubWeb(origin.stdout, env.GITHUB_SERVER_URL || void 0) : void 0;
  const safePrefix = prefix.startsWith("..") ? "" : prefix;
  if (github) return { name: `${github.owner}/${github.repo}${safePrefix ? `/${safePrefix}` : ""}`, web: github.web, prefix: safePrefix };
  return { name: path2.basename(real) || real, prefix: safePrefix };
}
function blobUrl(project, commit) {
  if (!project.web || !commit || !/^[0-9a-f]{7,64}$/.test(commit)) return void 0;
  return `${project.web}/blob/${commit}/${project.prefix ? `${project.prefix.split("/").map(encodeURIComponent).join("/")}/` : ""}`;
}

// src/cli/main.ts
var EXIT = { ok: 0, gateFailed: 1, usage: 2, unreachable: 3 };
async function main(argv, io) {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`portfolio-check: ${error.message}
Run portfolio-check --help for usage.
`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (options.command === "init") {
    const written = await initConfig(path3.resolve(io.cwd, options.target), options.preset);
    if (!written.ok) {
      io.stderr(`portfolio-check: ${written.message}
`);
      return 2;
    }
    io.stdout(`Wrote ${path3.relative(io.cwd, written.file) || written.file} (extends portfolio-check:${options.preset}).
Edit it with your editor's completion ($schema), then run portfolio-check --print-config.
`);
    return 0;
  }
  if (options.command === "explain") {
    const loaded = await readConfig(io.cwd, options, io);
    if (typeof loaded === "number") return loaded;
    const explained = await explainRule(options.target, loaded.rules);
    if (!explained.ok) {
      io.stderr(`portfolio-check: ${explained.message}
`);
      return 2;
    }
    if (options.format === "markdown") {
      io.stdout(explained.text);
      return 0;
    }
    const { renderMarkdownForTerminal } = await import("./terminal-markdown-F72IVEOT.js");
    io.stdout(renderMarkdownForTerminal(explained.text, { color: useColor(options, io) }));
    return 0;
  }
  let remote;
  try {
    remote = parseRemoteTarget(options.target);
  } catch (error) {
    if (!(error instanceof RemoteTargetError)) throw error;
    io.stderr(`portfolio-check: ${error.message}
`);
    return 2;
  }
  if (remote) {
    const interactive = Boolean(io.stderrIsTTY) && io.env.TERM !== "dumb";
    const cloning = startProgress(`Cloning ${remote.display}\u2026`, { write: io.stderr, enabled: interactive });
    let clone;
    try {
      clone = await cloneRemote(remote, { env: io.env, ...io.signal ? { signal: io.signal } : {}, ...interactive ? { onProgress: (phase) => cloning.update(phase) } : {} });
    } catch (error) {
      if (!(error instanceof RemoteTargetError)) throw error;
      io.stderr(`portfolio-check: ${error.message}
`);
      return EXIT.unreachable;
    } finally {
      cloning.stop();
    }
    try {
      const server = (io.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
      return await checkDirectory(clone.dir, { name: remote.display, web: `${server}/${remote.owner}/${remote.repo}`, prefix: "" }, options, io, remote.display);
    } finally {
      await clone.cleanup();
    }
  }
  const root = path3.resolve(io.cwd, options.target);
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw new Error("not a directory");
  } catch {
    io.stderr(`portfolio-check: ${options.target}: not a directory
`);
    return 2;
  }
  return checkDirectory(root, await localProject(root, io.env), options, io);
}
async function checkDirectory(root, project, options, io, remote) {
  const { name } = project;
  const loaded = await readConfig(root, options, io, remote);
  if (typeof loaded === "number") return loaded;
  if (options.listRules) {
    io.stdout(listRules(loaded));
    return 0;
  }
  if (options.printConfig) {
    io.stdout(printConfig(loaded, options.format === "json"));
    return 0;
  }
  const progress = startProgress(`Checking ${name}\u2026`, { write: io.stderr, enabled: Boolean(io.stderrIsTTY) && io.env.TERM !== "dumb" });
  const source = new WorkingTreeSource(root, name);
  let result;
  try {
    result = await checkSource(source, {
      config: loaded.engineConfig,
      rules: loaded.rules,
      ignore: loaded.ignore,
      timings: options.timings,
      fixRoot: root
    });
  } finally {
    progress.stop();
  }
  const blob = blobUrl(project, result.target.commit);
  if (blob) result.target.blobUrl = blob;
  const passScore = options.minScore ?? result.passScore;
  const gate = evaluateGate(result, { minScore: passScore, failOn: options.failOn, maxWarnings: options.maxWarnings });
  if (passScore !== void 0) result.passScore = passScore;
  if (gate) result.passed = gate.passed;
  const report = options.format === "json" ? formatJson(result) : options.format === "markdown" ? formatMarkdown(result) : options.format === "html" ? formatHtml(result) : options.format === "sarif" ? formatSarif(result, { uriPrefix: await pathInRepository(source, root) }) : options.format === "shields" ? formatShields(result) : formatStylish(result, { color: useColor(options, io), verbose: options.verbose, quiet: options.quiet });
  if (options.badge) {
    try {
      await writeFile2(path3.resolve(io.cwd, options.badge), formatBadge(result));
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${options.badge}: ${error.code ?? error.message}
`);
      return 2;
    }
  }
  if (options.output) {
    try {
      await writeFile2(path3.resolve(io.cwd, options.output), report);
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${options.output}: ${error.code ?? error.message}
`);
      return 2;
    }
    io.stderr(`portfolio-check: score ${result.score}/100 (${result.band}); report written to ${options.output}
`);
  } else {
    io.stdout(report);
  }
  if (gate && !gate.passed) {
    for (const reason of gate.reasons) io.stderr(`portfolio-check: ${reason}
`);
    return EXIT.gateFailed;
  }
  return EXIT.ok;
}
function useColor(options, io) {
  if (options.color !== void 0) return options.color;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return !options.output && io.isTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}
async function readConfig(root, options, io, remote) {
  try {
    if (options.config !== void 0) return await loadConfig(root, { configPath: path3.resolve(io.cwd, options.config) });
    const ignoreRepo = remote !== void 0 && !options.repoConfig;
    if (ignoreRepo && !options.noConfig && discoverConfigFile(root)) {
      io.stderr(`portfolio-check: ignoring ${remote}'s own configuration (${path3.basename(discoverConfigFile(root))}); pass --repo-config to use it
`);
    }
    return await loadConfig(root, options.noConfig || ignoreRepo ? { noConfig: true } : { untrusted: remote !== void 0 });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      const inRemote = remote !== void 0 && options.config === void 0;
      const file = problem.file.startsWith("portfolio-check:") ? problem.file : inRemote ? `${remote}:${problem.file}` : path3.relative(io.cwd, path3.resolve(root, problem.file)) || problem.file;
      io.stderr(`portfolio-check: ${formatProblem({ ...problem, file })}
`);
    }
    return 2;
  }
}
async function pathInRepository(source, root) {
  const info = await source.git();
  if (!info) return "";
  const relative = path3.relative(await realpath2(info.toplevel), await realpath2(root));
  return relative.startsWith("..") ? "" : relative.split(path3.sep).join("/");
}
export {
  EXIT,
  main
};
