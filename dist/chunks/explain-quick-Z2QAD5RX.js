#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  readRuleDoc
} from "./chunk-FPNS2K7C.js";
import {
  discoverConfigFile
} from "./chunk-TSZHKBUC.js";
import "./chunk-GE6FNV7H.js";
import "./chunk-FDRXJHTK.js";

// src/cli/explain-quick.ts
var BUILTIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
async function explainQuickly(id, io) {
  if (!BUILTIN_ID.test(id)) return void 0;
  try {
    if (discoverConfigFile(io.cwd)) return void 0;
  } catch {
    return void 0;
  }
  const doc = await readRuleDoc(id);
  if (doc === void 0) return void 0;
  const color = io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0" ? true : io.isTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const { renderMarkdownForTerminal } = await import("./terminal-markdown-F72IVEOT.js");
  io.stdout(renderMarkdownForTerminal(doc.endsWith("\n") ? doc : `${doc}
`, { color }));
  return 0;
}
export {
  explainQuickly
};
