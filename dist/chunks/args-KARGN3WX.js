#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  FORMATS,
  HELP,
  UsageError,
  parseCliArgs
} from "./chunk-EOIVJUG5.js";
import "./chunk-GE6FNV7H.js";
import "./chunk-FDRXJHTK.js";
export {
  FORMATS,
  HELP,
  UsageError,
  parseCliArgs
};
