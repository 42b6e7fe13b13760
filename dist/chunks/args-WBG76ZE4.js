#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  FORMATS,
  HELP,
  UsageError,
  parseCliArgs
} from "./chunk-6RHPJF45.js";
import "./chunk-N2RJHX5N.js";
import "./chunk-FDRXJHTK.js";
export {
  FORMATS,
  HELP,
  UsageError,
  parseCliArgs
};
