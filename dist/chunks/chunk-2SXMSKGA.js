#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/report/style.ts
import { styleText } from "node:util";
function paint(style, enabled) {
  return enabled ? (text) => styleText(style, text, { validateStream: false }) : (text) => text;
}

export {
  paint
};
