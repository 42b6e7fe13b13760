#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/cli/rule-doc.ts
import { readFile } from "node:fs/promises";
async function readRuleDoc(id) {
  for (const relative of [`../rules/${id}.md`, `../../rules/${id}.md`]) {
    try {
      return await readFile(new URL(relative, import.meta.url), "utf8");
    } catch {
    }
  }
  return void 0;
}

export {
  readRuleDoc
};
